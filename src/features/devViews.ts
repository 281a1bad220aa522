import * as vscode from 'vscode';
import { logError } from '../vscode/log';

/**
 * The views revealed when the extension runs under development (`npm start`, F5): the Outline view
 * starts collapsed at the bottom of the Explorer, where a newcomer does not see it. A view this
 * extension contributes (e.g. a structure view) adds its id here.
 */
export const DEV_VIEWS: readonly string[] = ['outline', 'speechOutline.structure'];

/**
 * In development mode only (never for installed users, never in the tests), reveals DEV_VIEWS once,
 * when a speech draft is the active editor, then gives the focus back to the editor.
 */
export function registerDevViews(context: vscode.ExtensionContext, isSpeech: (document: vscode.TextDocument) => boolean): vscode.Disposable {
  if (context.extensionMode !== vscode.ExtensionMode.Development) return new vscode.Disposable(() => undefined);
  let done = false;
  const reveal = async (editor: vscode.TextEditor | undefined): Promise<void> => {
    if (done || !editor || !isSpeech(editor.document)) return;
    done = true;
    try {
      for (const view of DEV_VIEWS) await vscode.commands.executeCommand(`${view}.focus`);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    } catch (error) {
      logError('revealing the views', error);
    }
  };
  void reveal(vscode.window.activeTextEditor);
  return vscode.window.onDidChangeActiveTextEditor((editor) => void reveal(editor));
}
