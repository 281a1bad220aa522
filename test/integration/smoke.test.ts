// Proves the harness end to end: the extension under development is loaded in the real VS Code
// extension host and activates on a plaintext document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, until } from '../shared/workbench';

suite('smoke', () => {
  test('runs inside VS Code 1.100 or newer', () => {
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || minor >= 100, `VS Code ${vscode.version}`);
  });

  test(`extension ${EXTENSION_ID} is installed`, () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} not found`);
  });

  test('activates when a plaintext document is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '一、开场白\n各位来宾，大家好。\n' });
    await vscode.window.showTextDocument(document);
    await until(() => extension.isActive, 10_000, 'activation after opening a plaintext document');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
