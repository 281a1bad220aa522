import * as vscode from 'vscode';
import type { TextEdit } from '../core';
import { toTextEdit } from '../vscode/convert';
import type { SpeechModelCache } from '../vscode/modelCache';
import { refuse } from './shared';

/**
 * Applies edits computed for one version of a document as a single undoable edit; refuses when
 * the document changed since. Returns whether the edit was applied.
 */
export async function applyVersionedEdits(document: vscode.TextDocument, version: number, edits: readonly TextEdit[], models: SpeechModelCache): Promise<boolean> {
  if (document.version !== version) {
    return refuse(vscode.l10n.t('The document changed since this edit was computed; nothing was changed. Please try again.'));
  }
  if (edits.length === 0) {
    return true;
  }
  const model = models.get(document);
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(document.uri, edits.map((edit) => toTextEdit(model, edit)));
  return vscode.workspace.applyEdit(workspaceEdit);
}
