import * as vscode from 'vscode';
import { renumberReport, type TextEdit } from '../core';
import { localize } from '../vscode/l10n';
import type { SpeechModelCache } from '../vscode/modelCache';
import { readSettings } from '../vscode/settings';
import { applyVersionedEdits } from './edits';
import { commandDocument, nothingToDo, refuse, registerReportedCommand } from './shared';

export const RENUMBER_COMMAND = 'speechOutline.renumber';
/** Internal: applies edits computed for a given document version (used by quick fixes). */
export const APPLY_EDITS_COMMAND = '_speechOutline.applyEdits';

/**
 * Renumbers every sequence of a document as one undoable edit. Returns whether the document
 * changed, so callers (and tests) can tell.
 */
export async function renumberDocument(models: SpeechModelCache, uri?: unknown): Promise<boolean> {
  const document = await commandDocument(uri);
  if (document === undefined) {
    return refuse(vscode.l10n.t('Open a speech draft to renumber it.'));
  }
  const version = document.version;
  const report = renumberReport(models.get(document), { unifyStyle: readSettings(document).unifyStyle });
  // Say what changed, and what is left and why (problems renumbering cannot decide).
  const said = localize(report.message);
  if (report.edits.length === 0) {
    if (report.left.length > 0) {
      void vscode.window.showInformationMessage(said);
      return false;
    }
    return nothingToDo(said);
  }
  const applied = await applyVersionedEdits(document, version, report.edits, models);
  if (applied) {
    if (report.left.length > 0) void vscode.window.showInformationMessage(said);
    else void vscode.window.setStatusBarMessage(said, 5000);
  }
  return applied;
}

export function registerRenumberCommands(models: SpeechModelCache): vscode.Disposable {
  return vscode.Disposable.from(
    registerReportedCommand(RENUMBER_COMMAND, 'renumber', (uri) => renumberDocument(models, uri)),
    registerReportedCommand(APPLY_EDITS_COMMAND, 'quick fix', async (uri, version, edits) => {
      const document = await commandDocument(uri);
      return document !== undefined && applyVersionedEdits(document, version as number, edits as TextEdit[], models);
    }),
  );
}
