// The outline in a real VS Code: symbols, folding and selection ranges through the public
// commands, on the project's sample speeches. Portable: runs in the Node and web worker hosts.

import * as vscode from 'vscode';
import { EXTENSION_ID, flatten, until, REPORT, sample, SPEECH, SPEECH_OUTLINE, symbolsOf } from '../shared/workbench';
import * as assert from './assert';

// A root hook (outside any suite): every suite starts once the extension has activated, so no
// provider call can race its registration.
suiteSetup(async () => {
  await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
});

suite('Outline of the sample speeches', () => {
  test('the reference-structure speech has its title, salutation, four sections, points and closing', async () => {
    const symbols = await symbolsOf(sample(SPEECH));
    assert.deepEqual(flatten(symbols), SPEECH_OUTLINE);
  });

  test('points inside one paragraph get character-precise selection ranges', async () => {
    const uri = sample(SPEECH);
    const document = await vscode.workspace.openTextDocument(uri);
    const section = (await symbolsOf(uri)).find((symbol) => symbol.name.startsWith('三、'))!;
    for (const point of section.children) {
      assert.equal(document.getText(point.selectionRange), point.name);
      assert.ok(point.range.contains(point.selectionRange));
      assert.ok(section.range.contains(point.range));
    }
    assert.equal(section.children[0].selectionRange.start.line, section.children[2].selectionRange.start.line);
  });

  test('the four-level report nests its headings and has more than ten sections', async () => {
    const symbols = await symbolsOf(sample(REPORT));
    const sections = symbols.filter((symbol) => symbol.kind === vscode.SymbolKind.Module);
    assert.equal(sections.length, 12);
    assert.equal(sections[11].name, '十二、下一步工作安排');
    const first = sections[0];
    assert.deepEqual(flatten([first]), [
      '0|一、经济运行',
      '1|（一）主要指标稳中有进',
      '2|1.工业生产平稳回升',
      '2|2.消费市场持续回暖',
      '1|（二）结构调整步伐加快',
      '2|1、现代农业提质增效',
      '3|（1）粮食生产保持稳定',
      '3|（2）特色产业规模扩大',
      '2|2、服务业占比提高',
    ]);
    // Each level has its own symbol kind, so icons differ.
    const kinds = [first.kind, first.children[0].kind, first.children[1].children[0].kind, first.children[1].children[0].children[0].kind];
    assert.equal(new Set(kinds).size, 4);
  });
});

suite('Folding and selection ranges', () => {
  test('every section of the sample speech folds', async () => {
    const uri = sample(SPEECH);
    await vscode.workspace.openTextDocument(uri);
    const ranges = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri)) ?? [];
    assert.deepEqual(ranges.map((range) => [range.start, range.end]).sort((a, b) => a[0] - b[0]), [
      [3, 5], // salutation and opening
      [7, 8],
      [10, 14],
      [16, 18],
      [20, 23],
      [25, 26], // closing
    ]);
  });

  test('the report folds each heading down to its last line', async () => {
    const uri = sample(REPORT);
    await vscode.workspace.openTextDocument(uri);
    const ranges = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri)) ?? [];
    const starts = new Map(ranges.map((range) => [range.start, range.end]));
    assert.equal(starts.get(6), 14, '一、经济运行');
    assert.equal(starts.get(10), 14, '（二）结构调整步伐加快');
    assert.equal(starts.get(11), 13, '1、现代农业提质增效');
  });

  test('expand selection goes heading → section → parent section', async () => {
    const uri = sample(SPEECH);
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.getText().split('\n').findIndex((text) => text.includes('二要聚焦关键时间节点'));
    const [selection] = (await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', uri, [new vscode.Position(line, 4)]))!;
    const texts: string[] = [];
    for (let current: vscode.SelectionRange | undefined = selection; current; current = current.parent) {
      texts.push(document.getText(current.range));
    }
    assert.ok(texts.includes('二要聚焦关键时间节点'), texts.join('\n---\n'));
    // VS Code merges our ranges with its own (words, lines); ours come in this order.
    const point = texts.indexOf('二要聚焦关键时间节点');
    const block = texts.findIndex((text) => text.startsWith('二要聚焦关键时间节点。节假日') && text.endsWith('确保信息畅通。'));
    const section = texts.findIndex((text) => text.startsWith('二、突出重点') && text.endsWith('发现一处、整治一处。'));
    assert.ok(point < block && block < section, texts.join('\n---\n'));
  });
});

suite('Languages', () => {
  const draft = '一、统一思想\n一要坚定。二要务实。\n二、落实责任\n';

  test('plain-text documents get the outline', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: draft });
    const outline = async (): Promise<string[]> => flatten((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [], true);
    // In the web worker host a new untitled document can briefly answer for the one that last had its
    // URI (closed by an earlier suite): wait, bounded, for this one's outline.
    const expected = ['0|一、统一思想|0', '1|一要坚定|1', '1|二要务实|1', '0|二、落实责任|2'];
    await until(async () => JSON.stringify(await outline()) === JSON.stringify(expected), 5000, 'the plain-text outline').catch(() => undefined);
    assert.deepEqual(await outline(), expected);
  });

  test('markdown is opt-in, and the setting applies without a reload', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: draft });
    const names = async (): Promise<string[]> => flatten((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [], true);
    assert.deepEqual(await names(), []);
    const config = vscode.workspace.getConfiguration('speechOutline');
    await config.update('languages', ['speech', 'plaintext', 'markdown'], vscode.ConfigurationTarget.Global);
    try {
      assert.deepEqual(await names(), ['0|一、统一思想|0', '1|一要坚定|1', '1|二要务实|1', '0|二、落实责任|2']);
    } finally {
      await config.update('languages', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.deepEqual(await names(), []);
  });
});
