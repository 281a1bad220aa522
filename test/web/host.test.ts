// Proves where the suite runs: VS Code's web worker extension host, with the extension loaded from
// its `browser` bundle (dist/web/extension.js), not the Node extension host.
import * as vscode from 'vscode';
import * as assert from '../portable/assert';
import { EXTENSION_ID, until } from '../shared/workbench';

suite('Web worker extension host', () => {
  test('runs in a web worker without Node globals', () => {
    const scope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
    assert.ok(typeof scope === 'function' && globalThis instanceof scope, 'globalThis is not a WorkerGlobalScope');
    assert.equal(typeof process, 'undefined', 'typeof process');
  });

  test('the extension is a UI-side (web worker) extension with a browser entry', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} not found`);
    // The web worker host is not the remote host: there every extension has kind Workspace.
    assert.equal(vscode.ExtensionKind[extension.extensionKind], 'UI');
    assert.equal((extension.packageJSON as { browser?: string }).browser, './dist/web/extension.js');
  });

  test('activates on a speech document and registers its command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const document = await vscode.workspace.openTextDocument({ language: 'speech', content: '一、开场白\n　　各位来宾，大家好。\n' });
    await vscode.window.showTextDocument(document);
    await until(() => extension.isActive, 10_000, 'activation');
    assert.ok((await vscode.commands.getCommands(true)).includes('speechOutline.renumber'), 'speechOutline.renumber is not registered');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

suiteTeardown(async () => {
  // Nothing the suite did may have failed quietly inside the extension.
  assert.equal(await vscode.commands.executeCommand<number>('_speechOutline.loggedErrorCount'), 0, 'errors logged by the extension');
});
