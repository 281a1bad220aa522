// Samples in the web suite come from the opened workspace folder (a copy of samples/ that the
// harness makes): a web worker has no Node fs, so they are read through vscode.workspace.fs.
import * as vscode from 'vscode';

/** URI of a sample in the workspace folder (vscode-remote://… on code-server). */
export function sample(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open (the harness opens a copy of samples/)');
  return vscode.Uri.joinPath(folder.uri, name);
}
