// What every command shares: finding the speech document it acts on, refusing clearly, and
// running its body so that a failure is logged and shown once and nothing is changed.

import * as vscode from 'vscode';
import { logError } from '../vscode/log';
import { speechSelector } from '../vscode/settings';

/** True when the document gets the speech features (its language is one of `speechOutline.languages`). */
export function isSpeechDocument(document: vscode.TextDocument): boolean {
  return vscode.languages.match(speechSelector(), document) > 0;
}

/** The active editor, when it shows a speech document. */
export function activeSpeechEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor !== undefined && isSpeechDocument(editor.document) ? editor : undefined;
}

/**
 * The document a command acts on: the one at `uri` when a menu or another command passes it,
 * else the active editor's.
 */
export async function commandDocument(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) {
    return vscode.workspace.openTextDocument(uri);
  }
  if (typeof uri === 'string' && uri.length > 0) {
    return vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  }
  return vscode.window.activeTextEditor?.document;
}

/**
 * Tells the user why a command did nothing (a localized sentence, e.g. from `vscode.l10n.t` or
 * `localize(message)`), and returns false so a command can `return refuse(…)`.
 */
export function refuse(reason: string): false {
  void vscode.window.showWarningMessage(reason);
  return false;
}

/** Tells the user, briefly in the status bar, that there was nothing to do; returns false. */
export function nothingToDo(reason: string): false {
  void vscode.window.setStatusBarMessage(reason, 3000);
  return false;
}

/**
 * Runs a command's body. Its result (true when the document changed) is returned; an exception is
 * logged with `what` and shown in one clear message, and the command reports false.
 */
export async function reported(what: string, body: () => Promise<boolean>): Promise<boolean> {
  return (await runReported(what, body, (reason) => vscode.l10n.t('Speech Outline could not change the document: {0}', reason))) ?? false;
}

/** Registers a command whose body is `reported` (see above). */
export function registerReportedCommand(id: string, what: string, body: (...args: unknown[]) => Promise<boolean>): vscode.Disposable {
  return vscode.commands.registerCommand(id, (...args: unknown[]) => reported(what, () => body(...args)));
}

/**
 * Registers a command that returns a value (the text copied, the document opened) instead of
 * changing the document: an exception is logged and shown once, and the command returns undefined.
 */
export function registerReportedValueCommand<T>(id: string, what: string, body: (...args: unknown[]) => Promise<T | undefined>): vscode.Disposable {
  return vscode.commands.registerCommand(id, (...args: unknown[]) => runReported(what, () => body(...args), (reason) => vscode.l10n.t('Speech Outline could not run the command: {0}', reason)));
}

async function runReported<T>(what: string, body: () => Promise<T>, failureMessage: (reason: string) => string): Promise<T | undefined> {
  try {
    return await body();
  } catch (error) {
    logError(`${what} failed:`, error);
    void vscode.window.showErrorMessage(failureMessage(error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}
