// Paste as Speech Text: a paste edit offered next to the plain paste, holding the pasted text as
// the core's cleanText makes it (the Clean Up Text command is in src/commands/cleanup.ts).

import * as vscode from 'vscode';
import { cleanText } from '../core';
import { readCleanupOptions } from '../vscode/settings';

/** The paste edit's kind: `editor.pasteAs.preferences` and `editor.action.pasteAs` name it. */
export const PASTE_KIND = vscode.DocumentDropOrPasteEditKind.Text.append('speech');
/** The plain paste it yields to, so that a normal paste never changes. */
const PLAIN_PASTE = vscode.DocumentDropOrPasteEditKind.Text.append('plain');

/** Offers the pasted text cleaned, after the plain paste (it yields to it), when cleaning changes it. */
class SpeechPasteProvider implements vscode.DocumentPasteEditProvider {
  async provideDocumentPasteEdits(document: vscode.TextDocument, _ranges: readonly vscode.Range[], dataTransfer: vscode.DataTransfer,
    context: vscode.DocumentPasteEditContext, token: vscode.CancellationToken): Promise<vscode.DocumentPasteEdit[] | undefined> {
    if (context.only !== undefined && !context.only.contains(PASTE_KIND) && !PASTE_KIND.contains(context.only)) {
      return undefined;
    }
    // text/html keeps paragraph boundaries that text/plain loses; fall back to the plain text.
    const html = await dataTransfer.get('text/html')?.asString();
    const plain = await dataTransfer.get('text/plain')?.asString();
    if (token.isCancellationRequested) {
      return undefined;
    }
    const options = readCleanupOptions(document);
    let result = html !== undefined && html.trim() !== '' ? cleanText(html, { ...options, html: true }) : undefined;
    if (result === undefined || result.text.trim() === '') {
      result = plain === undefined ? undefined : cleanText(plain, options);
    }
    // A normal paste of text that needs no cleaning gets no alternative (and so no paste widget).
    if (result === undefined || (context.triggerKind === vscode.DocumentPasteTriggerKind.Automatic && result.text === plain)) {
      return undefined;
    }
    const edit = new vscode.DocumentPasteEdit(result.text, vscode.l10n.t('Paste as Speech Text'), PASTE_KIND);
    edit.yieldTo = [PLAIN_PASTE];
    return [edit];
  }
}

export function registerSpeechPaste(selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerDocumentPasteEditProvider(selector, new SpeechPasteProvider(), {
    providedPasteEditKinds: [PASTE_KIND],
    pasteMimeTypes: ['text/plain', 'text/html'],
  });
}
