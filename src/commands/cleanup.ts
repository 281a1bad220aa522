// Clean Up Text / 清理文本: the core's cleanText on the selection (whole lines) or the whole draft,
// as one undoable edit that refuses a document changed underneath it, then a short report.

import * as vscode from 'vscode';
import { cleanText, cleanupSummary, emptyCleanupReport, trimEdits, type CleanupReport, type TextEdit } from '../core';
import { readCleanupOptions } from '../vscode/settings';
import { localize } from '../vscode/l10n';
import type { SpeechModelCache } from '../vscode/modelCache';
import { applyVersionedEdits } from './edits';
import { nothingToDo, refuse, registerReportedCommand } from './shared';

export const CLEAN_UP_COMMAND = 'speechOutline.cleanUpText';

/** The selections as whole lines (a selection ending at a line's start leaves that line out); the whole text when nothing is selected. */
function targetRanges(editor: vscode.TextEditor): vscode.Range[] {
  const document = editor.document;
  const selected = editor.selections.filter((selection) => !selection.isEmpty);
  if (selected.length === 0) {
    return [new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end)];
  }
  const ranges = selected.map((selection) => {
    const lastLine = selection.end.character === 0 && selection.end.line > selection.start.line ? selection.end.line - 1 : selection.end.line;
    return new vscode.Range(selection.start.line, 0, lastLine, document.lineAt(lastLine).range.end.character);
  }).sort((a, b) => a.start.compareTo(b.start));
  // Overlapping line ranges (two selections on one line) become one.
  const merged: vscode.Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start.line <= last.end.line) {
      merged[merged.length - 1] = last.union(range);
    } else {
      merged.push(range);
    }
  }
  return merged;
}

function addReport(total: CleanupReport, report: CleanupReport): void {
  for (const key of Object.keys(total) as (keyof CleanupReport)[]) {
    total[key] += report[key];
  }
}

/**
 * Cleans the selection (whole lines) or the whole document as one undoable edit, then reports
 * what it did. Returns whether the document changed.
 */
export async function cleanUpText(models: SpeechModelCache): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) {
    return refuse(vscode.l10n.t('Open a draft to clean it up.'));
  }
  const document = editor.document;
  const version = document.version;
  const text = document.getText();
  const options = readCleanupOptions(document);
  const edits: TextEdit[] = [];
  const total = emptyCleanupReport();
  for (const range of targetRanges(editor)) {
    let start = document.offsetAt(range.start);
    let end = document.offsetAt(range.end);
    const result = cleanText(text.slice(start, end), options);
    if (result.changed) {
      // Lines cleaned away entirely go with their line break.
      if (result.text === '' && range.end.line + 1 < document.lineCount) {
        end = document.offsetAt(new vscode.Position(range.end.line + 1, 0));
      } else if (result.text === '' && range.start.line > 0) {
        start = document.offsetAt(document.lineAt(range.start.line - 1).range.end);
      }
      edits.push({ start, end, newText: result.text });
    }
    addReport(total, result.report);
  }
  const minimal = trimEdits(text, edits);
  if (minimal.length === 0) {
    return nothingToDo(vscode.l10n.t('Nothing to clean.'));
  }
  if (!(await applyVersionedEdits(document, version, minimal, models))) {
    return false;
  }
  void vscode.window.showInformationMessage(cleanupSummary(total, true, localize));
  return true;
}

export function registerCleanupCommands(models: SpeechModelCache): vscode.Disposable {
  return registerReportedCommand(CLEAN_UP_COMMAND, 'clean up', () => cleanUpText(models));
}
