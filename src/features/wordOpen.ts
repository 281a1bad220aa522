import * as vscode from 'vscode';
import { message } from '../core';
import { readWordDocument, WordReadError } from '../core/wordImport';
import { localize } from '../vscode/l10n';
import { logError } from '../vscode/log';

export const OPEN_WORD_COMMAND = 'speechOutline.openWord';

/** Files larger than this are refused before they are read (the text part alone may inflate to 100 MB). */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * Opens a Word document as a new untitled speech draft: paragraphs as lines, soft breaks kept,
 * table rows as lines, Word's automatic numbers written out. Returns the new document's URI.
 */
export async function openWordAsSpeech(uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (!(uri instanceof vscode.Uri)) {
    const picked = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Open Word Document as Speech'),
      canSelectMany: false,
      filters: { [vscode.l10n.t('Word document')]: ['docx', 'docm', 'dotx'] },
      openLabel: vscode.l10n.t('Open as Speech'),
    });
    uri = picked?.[0];
    if (uri === undefined) {
      return undefined;
    }
  }
  const source = uri;
  try {
    const text = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading {0}…', fileName(source)) }, async () => {
      const { size } = await vscode.workspace.fs.stat(source);
      if (size > MAX_FILE_BYTES) {
        throw new WordReadError('too-large', message('the file is {0} MB; files over {1} MB are not opened', Math.round(size / 1048576), MAX_FILE_BYTES / 1048576));
      }
      return readWordDocument(await vscode.workspace.fs.readFile(source));
    });
    const document = await vscode.workspace.openTextDocument({ language: 'speech', content: text.text });
    await vscode.window.showTextDocument(document);
    if (text.skippedObjects > 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0}: {1} pictures, text boxes or embedded objects were not read.', fileName(source), text.skippedObjects));
    }
    return document.uri;
  } catch (error) {
    if (error instanceof WordReadError) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot open {0} as a speech: {1}', fileName(source), localize(error.text)));
    } else {
      logError(`opening ${source.toString()} as a speech failed:`, error);
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot open {0} as a speech: {1}', fileName(source), error instanceof Error ? error.message : String(error)));
    }
    return undefined;
  }
}

export function registerWordOpen(): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_WORD_COMMAND, (uri?: vscode.Uri) => openWordAsSpeech(uri));
}
