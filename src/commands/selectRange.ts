import * as vscode from 'vscode';

/** Internal: selects a range of a document in its editor (the quick fix for template text, so typing replaces it). */
export const SELECT_RANGE_COMMAND = '_speechOutline.selectRange';

async function selectRange(uri: string, range: vscode.Range): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range);
}

export function registerSelectRange(): vscode.Disposable {
  return vscode.commands.registerCommand(SELECT_RANGE_COMMAND, selectRange);
}
