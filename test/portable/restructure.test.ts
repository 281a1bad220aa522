// Restructuring in a real VS Code: the four commands through vscode.commands.executeCommand on a copy
// of the sample (one undo restores it), the structure view's rows through its provider, and a drop
// through its drag and drop controller.

import * as vscode from 'vscode';
import { SPEECH, SPEECH_OUTLINE, openCopy, sample, until } from '../shared/workbench';
import * as assert from './assert';

/** Opens a copy of the sample with the cursor on `line`. */
async function draftAt(line: number): Promise<vscode.TextEditor> {
  const editor = await openCopy(sample(SPEECH));
  const position = new vscode.Position(line, 3);
  editor.selection = new vscode.Selection(position, position);
  return editor;
}

const lineOf = (editor: vscode.TextEditor, line: number): string => editor.document.lineAt(line).text;

interface Row {
  label: string;
  description: string;
  depth: number;
  line: number;
  icon: string;
  contextValue: string;
}

suite('Restructuring by section', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Move Section Up swaps 二、 with 一、 (whole sections, renumbered); one undo restores', async () => {
    const editor = await draftAt(10);
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('speechOutline.moveSectionUp'), true);
    assert.equal(lineOf(editor, 7), '一、突出重点，扎实推进隐患排查整治');
    assert.equal(lineOf(editor, 9), '　　一要聚焦重点行业领域。道路交通、建筑施工、危险化学品、消防等领域是事故易发多发的领域，要逐一建立台账，实行清单化管理。');
    assert.equal(lineOf(editor, 13), '二、统一思想，切实增强做好安全生产工作的责任感');
    assert.equal(editor.selection.active.line, 7, 'the cursor follows the section');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  test('Move Section Down swaps 二、 with 三、; the closing stays last; one undo restores', async () => {
    const editor = await draftAt(10);
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('speechOutline.moveSectionDown'), true);
    assert.equal(lineOf(editor, 10), '二、强化落实，压紧压实安全生产责任');
    assert.equal(lineOf(editor, 14), '三、突出重点，扎实推进隐患排查整治');
    assert.equal(lineOf(editor, 20), '四、夯实基础，全面提升安全保障能力');
    assert.equal(editor.document.getText().length, original.length);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  test('Demote Section puts 二、 under 一、 as （一）, renumbers the rest; Promote Section restores it', async () => {
    const editor = await draftAt(10);
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('speechOutline.demoteSection'), true);
    assert.equal(lineOf(editor, 10), '（一）突出重点，扎实推进隐患排查整治');
    assert.equal(lineOf(editor, 16), '二、强化落实，压紧压实安全生产责任');
    assert.equal(lineOf(editor, 20), '三、夯实基础，全面提升安全保障能力');
    const demoted = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('speechOutline.promoteSection'), true);
    assert.equal(editor.document.getText(), original);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), demoted);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  test('refused commands change nothing: promote at level 1, move the first section up, the salutation', async () => {
    const editor = await draftAt(10);
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('speechOutline.promoteSection'), false);
    editor.selection = new vscode.Selection(7, 2, 7, 2);
    assert.equal(await vscode.commands.executeCommand('speechOutline.moveSectionUp'), false);
    editor.selection = new vscode.Selection(3, 1, 3, 1);
    assert.equal(await vscode.commands.executeCommand('speechOutline.moveSectionDown'), false);
    assert.equal(editor.document.getText(), original);
    assert.equal(await vscode.commands.executeCommand('_speechOutline.loggedErrorCount'), 0);
  });

  test('the structure view\'s rows: the outline, with lengths, Outline icons and menus by kind', async () => {
    await draftAt(10);
    const rows = (await vscode.commands.executeCommand<Row[]>('_speechOutline.structure.items'))!;
    assert.deepEqual(rows.map((row) => `${row.depth}|${row.label}`), SPEECH_OUTLINE);
    const first = rows.find((row) => row.label.startsWith('一、'))!;
    assert.equal(first.icon, 'symbol-module');
    assert.equal(first.contextValue, 'heading');
    assert.equal(first.line, 7);
    assert.match(first.description, /\d/);
    assert.equal(rows.find((row) => row.label.startsWith('一要'))!.icon, 'symbol-event');
    assert.equal(rows.find((row) => row.label === '同志们：')!.contextValue, 'fixed');
  });

  test('the rows keep their ids when the draft is renumbered by a move', async () => {
    await draftAt(10);
    const before = (await vscode.commands.executeCommand<(Row & { id: string })[]>('_speechOutline.structure.items'))!;
    assert.equal(await vscode.commands.executeCommand('speechOutline.moveSectionUp'), true);
    const after = (await vscode.commands.executeCommand<(Row & { id: string })[]>('_speechOutline.structure.items'))!;
    const idOf = (rows: (Row & { id: string })[], text: string): string => rows.find((row) => row.label.includes(text))!.id;
    for (const text of ['统一思想', '突出重点', '聚焦薄弱环节', '夯实基础']) {
      assert.equal(idOf(after, text), idOf(before, text), text);
    }
  });

  test('the view follows the cursor once shown, without taking the focus', async () => {
    const editor = await draftAt(22);
    await vscode.commands.executeCommand('speechOutline.structure.focus');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    editor.selection = new vscode.Selection(13, 4, 13, 4);
    let selected: string[] = [];
    await until(async () => {
      selected = (await vscode.commands.executeCommand<(Row & { selected: boolean })[]>('_speechOutline.structure.items'))!.filter((row) => row.selected).map((row) => row.label);
      return selected.length === 1 && selected[0] === '二要聚焦关键时间节点';
    }, 5000, 'the row of the cursor\'s section to be selected').catch((error: unknown) => {
      throw new Error(`${String(error)}; selected: ${selected.join(' | ')}`);
    });
    assert.equal(vscode.window.activeTextEditor?.document, editor.document);
  });

  test('a drop through the view\'s controller: 四、 onto 一、 goes before it and becomes 一、; one undo restores', async () => {
    const editor = await draftAt(20);
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('_speechOutline.structure.drop', 20, 7), true);
    assert.equal(lineOf(editor, 7), '一、夯实基础，全面提升安全保障能力');
    assert.equal(lineOf(editor, 12), '二、统一思想，切实增强做好安全生产工作的责任感');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });
});
