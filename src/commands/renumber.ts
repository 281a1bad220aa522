import * as vscode from 'vscode';
import { renumberEdits, type TextEdit } from '../core';
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
  const edits = renumberEdits(models.get(document), { unifyStyle: readSettings(document).unifyStyle });
  if (edits.length === 0) {
    return nothingToDo(vscode.l10n.t('Numbering is already correct.'));
  }
  return applyVersionedEdits(document, version, edits, models);
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
