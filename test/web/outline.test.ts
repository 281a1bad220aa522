// The outline in the web worker host: symbols and folding of the reference sample, read from the
// workspace folder (vscode-remote://) through the public commands.
import * as vscode from 'vscode';
import * as assert from './assert';
import { flatten, SPEECH } from '../shared/workbench';
import { sample } from './helpers';

suite('Outline (web)', () => {
  test('the reference speech has its title, salutation, four sections, points and closing, nested', async () => {
    const uri = sample(SPEECH);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, 'speech');
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    assert.deepEqual(flatten(symbols), [
      '0|在全县安全生产工作会议上的讲话',
      '0|（2026年3月6日）',
      '0|同志们：',
      '0|一、统一思想，切实增强做好安全生产工作的责任感',
      '0|二、突出重点，扎实推进隐患排查整治',
      '1|一要聚焦重点行业领域',
      '1|二要聚焦关键时间节点',
      '1|三要聚焦薄弱环节',
      '0|三、强化落实，压紧压实安全生产责任',
      '1|一是压实属地管理责任',
      '1|二是压实部门监管责任',
      '1|三是压实企业主体责任',
      '0|四、夯实基础，全面提升安全保障能力',
      '1|一要加强应急救援队伍建设',
      '1|二要加强安全宣传教育',
      '1|三要加强科技支撑',
      '0|同志们，安全生产责任重于泰山',
    ]);
    // Points inside one paragraph get character-precise selection ranges.
    const section = symbols.find((symbol) => symbol.name.startsWith('三、'))!;
    for (const point of section.children) assert.equal(document.getText(point.selectionRange), point.name);
  });

  test('every section of the reference speech folds', async () => {
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
});
