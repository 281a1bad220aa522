// The 提纲 commands and New Speech from Template in a real VS Code, through the commands as the
// palette runs them (with arguments instead of the quick pick). Portable: Node and web worker hosts.

import * as vscode from 'vscode';
import { expandSnippet, parseSpeech, SPEECH_TEMPLATES, tigangMarkdown, tigangText } from '../../src/core';
import { EXTENSION_ID, openCopy, sample, SPEECH } from '../shared/workbench';
import * as assert from './assert';

suite('提纲 and templates', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Copy Outline: headings without points, indented, onto the clipboard', async () => {
    const editor = await openCopy(sample(SPEECH));
    const copied = await vscode.commands.executeCommand<string>('speechOutline.copyOutline', { points: false });
    assert.equal(copied, tigangText(parseSpeech(editor.document.getText()), { points: false }));
    assert.deepEqual(copied.split('\n').slice(0, 3), ['在全县安全生产工作会议上的讲话', '一、统一思想，切实增强做好安全生产工作的责任感', '二、突出重点，扎实推进隐患排查整治']);
    assert.equal(await vscode.env.clipboard.readText(), copied);
    const withPoints = await vscode.commands.executeCommand<string>('speechOutline.copyOutline', { depth: 2 });
    assert.ok(withPoints.includes('\n　　一要聚焦重点行业领域\n'), withPoints);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Open Outline as Markdown: a Markdown document beside the draft', async () => {
    const editor = await openCopy(sample(SPEECH));
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('speechOutline.openOutlineAsMarkdown');
    assert.equal(document.languageId, 'markdown');
    assert.equal(document.getText(), tigangMarkdown(parseSpeech(editor.document.getText())));
    assert.ok(document.getText().startsWith('# 在全县安全生产工作会议上的讲话\n\n## 一、统一思想'));
    assert.equal(vscode.window.activeTextEditor?.viewColumn, vscode.ViewColumn.Two, 'beside the draft');
  });

  test('Open Outline as Markdown from a menu: the document the menu passes, not the active one', async () => {
    const editor = await openCopy(sample(SPEECH));
    const other = await vscode.workspace.openTextDocument({ language: 'speech', content: '一、另一篇稿子\n二、也不是这篇\n' });
    await vscode.window.showTextDocument(other);
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('speechOutline.openOutlineAsMarkdown', editor.document.uri);
    assert.equal(document.getText(), tigangMarkdown(parseSpeech(editor.document.getText())));
  });

  for (const template of SPEECH_TEMPLATES) {
    test(`New Speech from Template (${template.id}): an untitled speech draft, cursor on the first placeholder`, async () => {
      const document = await vscode.commands.executeCommand<vscode.TextDocument>('speechOutline.newFromTemplate', template.id);
      assert.equal(document.languageId, 'speech');
      assert.ok(document.isUntitled);
      assert.equal(document.getText(), expandSnippet(template.body));
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document, document);
      const first = /\$\{1:([^}]*)\}/.exec(template.body)![1];
      assert.equal(document.getText(editor.selection), first);
      // The draft already has its outline.
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      assert.ok((symbols ?? []).length >= 4, `${symbols?.length} symbols`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});
