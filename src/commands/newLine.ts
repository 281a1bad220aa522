import * as vscode from 'vscode';
import { logError } from '../vscode/log';

/** Bound to Enter in speech drafts (package.json keybindings); not in the Command Palette. */
export const NEW_LINE_COMMAND = 'speechOutline.newLine';

/** Indentation only: full-width or ASCII blanks, at least one. */
const INDENT_ONLY = /^[\u3000 \t]+$/;

/**
 * Enter in a speech draft. A paragraph's Enter keeps its full-width indentation (the language's
 * onEnterRules); Enter again on that still empty, indented line leaves it truly empty and moves the
 * indentation to the new line, so blank lines never keep a trailing "　　". Everything else is the
 * editor's own Enter.
 */
async function newLine(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const selection = editor?.selection;
  const line = editor && selection && editor.selections.length === 1 && selection.isEmpty ? editor.document.lineAt(selection.active.line) : undefined;
  if (editor === undefined || line === undefined || selection!.active.character !== line.text.length || !INDENT_ONLY.test(line.text)) {
    await vscode.commands.executeCommand('type', { text: '\n' });
    return;
  }
  const indentation = line.text;
  if (await editor.edit((edit) => edit.replace(line.range, `\n${indentation}`))) {
    const position = new vscode.Position(line.lineNumber + 1, indentation.length);
    editor.selection = new vscode.Selection(position, position);
  }
}

export function registerNewLine(): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_LINE_COMMAND, () =>
    newLine().catch((error: unknown) => {
      logError('Enter', error);
      return vscode.commands.executeCommand('type', { text: '\n' });
    }),
  );
}
