// Marker completion in the web worker host, through the public completion command.
import * as vscode from 'vscode';
import { labelOf, markersAt } from '../shared/workbench';
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
    const markers = await markersAt(document.uri, position);
    assert.deepEqual(markers.slice(0, 2).map(labelOf), ['三、', '（一）']);
    assert.equal(markers[0].insertText, '三、');
    assert.ok(markers[0].preselect, 'the continuation is preselected');
  });
});
