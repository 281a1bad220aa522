// Clean Up Text in a real VS Code: the command on a copy of the web-page sample (one undoable edit,
// one undo restores it), on a selection only, and on a clean draft (nothing to clean).

import * as vscode from 'vscode';
import { cleanText } from '../../src/core';
import { SPEECH, openCopy, sample } from '../shared/workbench';
import * as assert from './assert';

export const WEB_PAGE = '从网页复制的讲话（待清理）.txt';

suite('Clean Up Text', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('cleans the whole web-page draft in one edit; one undo restores it', async () => {
    const editor = await openCopy(sample(WEB_PAGE));
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('speechOutline.cleanUpText'), true);
    const lines = editor.document.getText().split('\n');
    assert.equal(lines[0], '在全县春季农业生产工作会议上的讲话');
    assert.equal(lines[1], '同志们：', 'the salutation is flush left');
    assert.equal(lines[2], '　　今天，我们召开全县春季农业生产工作会议，主要任务是总结去年农业农村工作，部署今年春耕备耕。下面，我讲三点意见。');
    assert.equal(lines[3], '一、提高认识，切实增强抓好春耕生产的责任感。春耕是全年农业生产的基础，误了农时就误了一年。');
    assert.equal(lines[5], '（一）抓好粮食播种面积落实。今年全县粮食播种面积要稳定在45万亩以上。');
    assert.equal(lines[lines.length - 2], '　　同志们，春耕时节不等人，让我们抓紧行动起来！');
    assert.ok(!editor.document.getText().includes('当前位置') && !editor.document.getText().includes('ICP'), 'residue lines are gone');
    assert.equal(editor.document.getText(), cleanText(original).text, 'the command applies the core cleanup');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(symbols.some((symbol) => symbol.name === '三、强化保障，确保各项措施落到实处'), 'the cleaned draft has its outline');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  test('cleans only the selected lines', async () => {
    const editor = await openCopy(sample(WEB_PAGE));
    const original = editor.document.getText();
    // Select the residue lines 1–3 (the selection ends inside line 2).
    editor.selection = new vscode.Selection(0, 2, 2, 1);
    assert.equal(await vscode.commands.executeCommand('speechOutline.cleanUpText'), true);
    const lines = original.split('\n');
    assert.equal(editor.document.getText(), lines.slice(3).join('\n'), 'the three residue lines go, the rest is untouched');
  });

  test('a clean draft: nothing to clean, nothing changes', async () => {
    const editor = await openCopy(sample(SPEECH));
    const original = editor.document.getText();
    const version = editor.document.version;
    assert.equal(await vscode.commands.executeCommand('speechOutline.cleanUpText'), false);
    assert.equal(editor.document.getText(), original);
    assert.equal(editor.document.version, version);
  });
});
