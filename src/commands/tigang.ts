// The 提纲: Copy Outline / 复制提纲 (plain text to the clipboard) and Open Outline as Markdown /
// 以 Markdown 打开提纲, both from the core's tigangText / tigangMarkdown on the draft's model.

import * as vscode from 'vscode';
import { tigangMarkdown, tigangText, type TigangOptions } from '../core';
import type { SpeechModelCache } from '../vscode/modelCache';
import { commandDocument, isSpeechDocument, refuse, registerReportedValueCommand } from './shared';

export const COPY_OUTLINE_COMMAND = 'speechOutline.copyOutline';
export const OPEN_OUTLINE_MARKDOWN_COMMAND = 'speechOutline.openOutlineAsMarkdown';

/** The choices Copy Outline offers when it is run without options. */
function choices(): (vscode.QuickPickItem & { options: TigangOptions })[] {
  return [
    { label: vscode.l10n.t('All levels and points'), description: '一、 （一） 1. （1） 一要 一是…', options: {} },
    { label: vscode.l10n.t('All headings, no points'), description: '一、 （一） 1. （1）', options: { points: false } },
    { label: vscode.l10n.t('Two levels'), description: '一、 （一）', options: { depth: 2, points: false } },
    { label: vscode.l10n.t('Top level only'), description: '一、', options: { depth: 1 } },
  ];
}

/**
 * Options given to the command (a keybinding's args, another extension), if any. A menu passes
 * the document's URI instead: that is the document, not options.
 */
function givenOptions(args: unknown): TigangOptions | undefined {
  if (typeof args !== 'object' || args === null || args instanceof vscode.Uri) return undefined;
  const { depth, points } = args as { depth?: unknown; points?: unknown };
  return {
    depth: typeof depth === 'number' && depth > 0 ? Math.floor(depth) : undefined,
    points: typeof points === 'boolean' ? points : undefined,
  };
}

/** The speech draft the command acts on (the menu's document, else the active editor's), or a refusal. */
async function draft(args: unknown): Promise<vscode.TextDocument | undefined> {
  const document = await commandDocument(args instanceof vscode.Uri ? args : undefined);
  if (document === undefined || !isSpeechDocument(document)) {
    refuse(vscode.l10n.t('Open a speech draft to copy its outline.'));
    return undefined;
  }
  return document;
}

/**
 * Copy Outline / 复制提纲: the title and headings (and points), markers as written, indented by
 * level, to the clipboard. Without options, asks which levels. Returns the text copied.
 */
async function copyOutline(models: SpeechModelCache, args: unknown): Promise<string | undefined> {
  const document = await draft(args);
  if (document === undefined) return undefined;
  let options = givenOptions(args);
  if (options === undefined) {
    const picked = await vscode.window.showQuickPick(choices(), { title: vscode.l10n.t('Copy Outline'), placeHolder: vscode.l10n.t('Which levels to copy') });
    if (picked === undefined) return undefined;
    options = picked.options;
  }
  const text = tigangText(models.get(document), options);
  if (text === '') {
    refuse(vscode.l10n.t('This draft has no headings to copy.'));
    return '';
  }
  await vscode.env.clipboard.writeText(text);
  const lines = text.split('\n').length - 1;
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Outline copied ({0} lines).', lines), 4000);
  return text;
}

/** Open Outline as Markdown: the 提纲 in a new untitled Markdown editor beside the draft. Returns its document. */
async function openOutlineAsMarkdown(models: SpeechModelCache, args: unknown): Promise<vscode.TextDocument | undefined> {
  const source = await draft(args);
  if (source === undefined) return undefined;
  const content = tigangMarkdown(models.get(source), givenOptions(args) ?? {});
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside });
  return document;
}

export function registerTigangCommands(models: SpeechModelCache): vscode.Disposable {
  return vscode.Disposable.from(
    registerReportedValueCommand(COPY_OUTLINE_COMMAND, 'copy outline', (args?: unknown) => copyOutline(models, args)),
    registerReportedValueCommand(OPEN_OUTLINE_MARKDOWN_COMMAND, 'open outline as Markdown', (args?: unknown) => openOutlineAsMarkdown(models, args)),
  );
}
