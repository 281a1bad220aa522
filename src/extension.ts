import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Placeholder until the features land.
}

export function deactivate(): void {}
