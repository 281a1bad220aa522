import * as vscode from 'vscode';
import { renumberEdits, type TextEdit } from '../core';
import { applyVersionedEdits } from '../vscode/edits';
import { logError } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { readSettings } from '../vscode/settings';

export const RENUMBER_COMMAND = 'speechOutline.renumber';
/** Internal: applies edits computed for a given document version (used by quick fixes). */
export const APPLY_EDITS_COMMAND = '_speechOutline.applyEdits';

async function documentFor(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) {
    return vscode.workspace.openTextDocument(uri);
  }
  return vscode.window.activeTextEditor?.document;
}

/**
 * Renumbers every sequence of a document as one undoable edit. Returns whether the document
 * changed, so callers (and tests) can tell.
 */
export async function renumberDocument(models: SpeechModelCache, uri?: vscode.Uri): Promise<boolean> {
  const document = await documentFor(uri);
  if (document === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech draft to renumber it.'));
    return false;
  }
  const version = document.version;
  const edits = renumberEdits(models.get(document), { unifyStyle: readSettings(document).unifyStyle });
  if (edits.length === 0) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Numbering is already correct.'), 3000);
    return false;
  }
  return applyVersionedEdits(document, version, edits, models);
}

/** Runs an editing command; a failure is logged and shown in one clear message, and nothing is changed. */
async function reported(what: string, body: () => Promise<boolean>): Promise<boolean> {
  try {
    return await body();
  } catch (error) {
    logError(`${what} failed:`, error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Speech Outline could not change the document: {0}', error instanceof Error ? error.message : String(error)));
    return false;
  }
}

export function registerRenumberCommands(models: SpeechModelCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(RENUMBER_COMMAND, (uri?: vscode.Uri) => reported('renumber', () => renumberDocument(models, uri))),
    vscode.commands.registerCommand(APPLY_EDITS_COMMAND, (uri: string, version: number, edits: TextEdit[]) => reported('quick fix', async () => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      return applyVersionedEdits(document, version, edits, models);
    })),
  );
}
