// Marker completion in the web worker host, through the public completion command.
import * as vscode from 'vscode';
import * as assert from './assert';

suite('Completion (web)', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('after 二、 comes 三、, then the first child （一）', async () => {
    const content = '一、统一思想\n　　正文。\n二、突出重点\n　　正文。\n';
    const document = await vscode.workspace.openTextDocument({ language: 'speech', content });
    await vscode.window.showTextDocument(document);
    const position = document.positionAt(content.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    // This extension's markers carry a three-digit sortText; snippets and words are left out.
    const markers = list.items
      .filter((item) => item.kind !== vscode.CompletionItemKind.Snippet && typeof item.sortText === 'string' && /^\d{3}$/.test(item.sortText))
      .sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    const labels = markers.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.deepEqual(labels.slice(0, 2), ['三、', '（一）']);
    assert.equal(markers[0].insertText, '三、');
    assert.ok(markers[0].preselect, 'the continuation is preselected');
  });
});
