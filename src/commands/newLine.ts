import * as vscode from 'vscode';
import { logError } from '../vscode/log';

/** Bound to Enter in speech drafts (package.json keybindings); not in the Command Palette. */
export const NEW_LINE_COMMAND = 'speechOutline.newLine';

/**
 * Context key, true while the cursor ends a line of indentation only: Enter is bound to the
 * command only then, so every other Enter stays the editor's own, with no round trip to the
 * extension host that keys typed right after it could overtake while the host is busy.
 */
export const AT_BLANK_INDENT_CONTEXT = 'speechOutline.atBlankIndent';

/** Indentation only: full-width or ASCII blanks, at least one. */
const INDENT_ONLY = /^[\u3000 \t]+$/;

/** True when the editor has one empty selection at the end of a line of indentation only. */
function atBlankIndent(editor: vscode.TextEditor | undefined): boolean {
  if (editor === undefined || editor.selections.length !== 1 || !editor.selection.isEmpty) return false;
  const line = editor.document.lineAt(editor.selection.active.line);
  return editor.selection.active.character === line.text.length && INDENT_ONLY.test(line.text);
}

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
  let shown = false;
  const update = (editor: vscode.TextEditor | undefined): void => {
    const value = atBlankIndent(editor);
    if (value !== shown) {
      shown = value;
      void vscode.commands.executeCommand('setContext', AT_BLANK_INDENT_CONTEXT, value);
    }
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(NEW_LINE_COMMAND, () =>
      newLine().catch((error: unknown) => {
        logError('Enter', error);
        return vscode.commands.executeCommand('type', { text: '\n' });
      }),
    ),
    // Typing moves the cursor too, so the key follows every edit of the line as well.
    vscode.window.onDidChangeTextEditorSelection((event) => update(event.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
}
