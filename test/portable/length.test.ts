// Length and speaking time in a real VS Code: the status item (through its internal command, which
// returns what the item shows), the Outline view's details, hovers. Portable: Node and web worker hosts.

import * as vscode from 'vscode';
import { parseSpeech, roundMinutes, speechStats } from '../../src/core';
import { EXTENSION_ID, openCopy, sample, SPEECH, symbolsOf, until } from '../shared/workbench';
import * as assert from './assert';

interface LengthStatus {
  visible: boolean;
  text: string;
  tooltip: string;
}

const status = (): Thenable<LengthStatus> => vscode.commands.executeCommand<LengthStatus>('_speechOutline.lengthStatus');

/** The 字数 the status item shows (the whole draft, or "selected of total"). */
function shownChars(text: string): number[] {
  const match = /\$\((?:book|selection)\) ([\d,]+)(?: (?:of|\/) ([\d,]+))? (?:chars|字)/.exec(text);
  assert.ok(match, `no count in ${JSON.stringify(text)}`);
  return match.slice(1).filter((group) => group !== undefined).map((group) => Number(group.replace(/,/g, '')));
}

async function configure(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('speechOutline').update(key, value, vscode.ConfigurationTarget.Global);
}

suite('Length and speaking time', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  teardown(async () => {
    await configure('targetMinutes', undefined);
    await configure('speakingRate', undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the status item shows the sample\'s 字数 and minutes, and follows typing', async () => {
    const editor = await openCopy(sample(SPEECH));
    const expected = speechStats(parseSpeech(editor.document.getText())).total;
    await until(async () => (await status()).visible, 10_000, 'the status item to show');
    const before = await status();
    assert.deepEqual(shownChars(before.text), [expected.chars]);
    assert.match(before.text, new RegExp(`(≈|约 )${roundMinutes(expected.spoken / 200)} (min|分钟)`));
    // The breakdown lists the four top-level sections with their shares.
    for (const heading of ['一、统一思想', '二、突出重点', '三、强化落实', '四、夯实基础']) {
      assert.match(before.tooltip, new RegExp(`${heading}[^|]*\\| [\\d,]+ \\| [\\d.]+ \\| \\d+% \\|`));
    }
    // Typing ten 字数 (nine 汉字 and a full-width full stop) at the end of the opening.
    const line = editor.document.getText().split('\n').findIndex((text) => text.includes('下面，我讲四点意见。'));
    const end = editor.document.lineAt(line).range.end;
    assert.ok(await editor.edit((edit) => edit.insert(end, '新增九个字的句子。')));
    await until(async () => shownChars((await status()).text)[0] !== expected.chars, 5000, 'the count to change');
    assert.deepEqual(shownChars((await status()).text), [expected.chars + 9]);
  });

  test('a selection shows its own count next to the total', async () => {
    const editor = await openCopy(sample(SPEECH));
    const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('一、统一思想'));
    editor.selection = new vscode.Selection(line, 0, line, editor.document.lineAt(line).text.length);
    const total = speechStats(parseSpeech(editor.document.getText())).total.chars;
    // 一、统一思想，切实增强做好安全生产工作的责任感: 23 字数 (the marker's 一、 counts 2).
    await until(async () => (await status()).text.includes('$(selection)'), 5000, 'the selection count');
    assert.deepEqual(shownChars((await status()).text), [23, total]);
  });

  test('a target: over it the item warns; the rate changes the minutes', async () => {
    const editor = await openCopy(sample(SPEECH));
    const spoken = speechStats(parseSpeech(editor.document.getText())).total.spoken;
    await configure('targetMinutes', 1);
    await until(async () => (await status()).text.includes('$(warning)'), 5000, 'the over-target warning');
    assert.match((await status()).tooltip, /min over|超出 /);
    await configure('targetMinutes', 60);
    await until(async () => !(await status()).text.includes('$(warning)'), 5000, 'the warning to go');
    await configure('speakingRate', 100);
    const minutes = roundMinutes(spoken / 100);
    await until(async () => new RegExp(`${minutes} (of|/) 60 (min|分钟)`).test((await status()).text), 5000, `the minutes at 100 字/分钟 (${minutes}): ${(await status()).text}`);
  });

  test('hidden for other languages', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'json', content: '{}' }));
    await until(async () => !(await status()).visible, 5000, 'the item to hide');
  });

  test('the Outline view shows each section\'s length as its detail', async () => {
    const uri = sample(SPEECH);
    const document = await vscode.workspace.openTextDocument(uri);
    const model = parseSpeech(document.getText());
    const stats = speechStats(model);
    const symbols = await symbolsOf(uri);
    const second = symbols.find((symbol) => symbol.name.startsWith('二、'))!;
    const node = model.nodes.find((n) => n.name.startsWith('二、'))!;
    const count = stats.of(node);
    assert.match(second.detail, new RegExp(`^${count.chars} (chars|字) · (≈|约 )${roundMinutes(count.spoken / 200)} (min|分钟)$`));
    assert.ok(second.children.every((point) => point.detail !== ''), 'points have a length too');
    assert.equal(symbols[0].detail, '', 'the title has none');
  });

  test('a section too short to time reads "<0.1 min", never "≈0 min"', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'speech', content: '同志们：\n一、总体要求\n二、工作措施\n　　要抓好落实，确保各项工作按时完成，不打折扣，不搞变通，切实见到成效。\n' });
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const first = symbols.find((symbol) => symbol.name === '一、总体要求')!;
    assert.match(first.detail, /^\d+ (chars|字) · (<0\.1 min|不到 0\.1 分钟)$/);
    const second = symbols.find((symbol) => symbol.name === '二、工作措施')!;
    assert.match(second.detail, /^\d+ (chars|字) · (≈|约 )0\.\d (min|分钟)$/);
    // The status item's breakdown follows the same rule (core minutesFigure).
    await vscode.window.showTextDocument(document);
    await until(async () => (await status()).visible, 10_000, 'the status item to show');
    assert.match((await status()).tooltip, /一、总体要求 \| \d+ \| <0\.1 \| \d+% \|/);
  });

  test('hover on a heading shows its section\'s length and share', async () => {
    const uri = sample(SPEECH);
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.getText().split('\n').findIndex((text) => text.startsWith('三、'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 3));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /三、强化落实/);
    assert.match(text, /\d+ (chars|字) · (≈|约 )[\d.]+ (min|分钟) · (\d+% of the whole|占全文 \d+%)/);
    const body = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line + 1, 10));
    assert.ok(!body.some((hover) => hover.contents.some((content) => /of the whole|占全文/.test(typeof content === 'string' ? content : content.value))), 'no hover in body text');
  });
});
