// Hostile documents in a real VS Code: every provider answers (capped where it must), nothing
// throws, and the "Speech Outline" output channel records no error.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const MB = 1024 * 1024;

function numeral(value: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  let out = hundreds ? digits[hundreds] + '百' : '';
  if (hundreds && !tens && ones) {
    return out + '零' + digits[ones];
  }
  if (tens) {
    out += (tens === 1 && !hundreds ? '' : digits[tens]) + '十';
  }
  return out + digits[ones];
}

const HOSTILE: [string, () => string][] = [
  ['a 1 MB line of 一是一是…', () => '一是'.repeat(MB / 4)],
  ['a 1 MB line of points 一是甲。…', () => '一是甲。'.repeat(MB / 8)],
  ['a 1 MB line of （（（（…', () => '（'.repeat(MB / 2)],
  ['100,000 sibling sections', () => Array.from({ length: 100_000 }, (_, i) => `${numeral((i % 999) + 1)}、节`).join('\n')],
  ['deeply nested levels, many times', () => Array.from({ length: 5_000 }, () => '一、甲\n（一）乙\n1.丙\n（1）丁\n第一，戊。\n一要己。\n一是庚。\n首先，辛。').join('\n')],
  ['binary-looking text with lone surrogates', () => Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(1 + ((i * 7919) % 0xfffe))).join('')],
];

suite('Hostile documents', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const [what, make] of HOSTILE) {
    test(`${what}: every provider answers and nothing is logged as an error`, async () => {
      const errorsBefore = await vscode.commands.executeCommand<number>('_speechOutline.loggedErrorCount');
      const document = await vscode.workspace.openTextDocument({ language: 'speech', content: make() });
      const uri = document.uri;
      const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
      let count = 0;
      const queue = [...symbols];
      while (queue.length > 0) {
        const symbol = queue.pop()!;
        count++;
        assert.ok(symbol.range.contains(symbol.selectionRange));
        queue.push(...symbol.children);
      }
      assert.ok(count <= 5000, `the outline is capped (${count} symbols)`);
      await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', uri);
      const middle = new vscode.Position(Math.floor(document.lineCount / 2), 0);
      await vscode.commands.executeCommand('vscode.executeSelectionRangeProvider', uri, [middle]);
      await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, middle);
      await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(middle, middle));
      assert.equal(await vscode.commands.executeCommand<number>('_speechOutline.loggedErrorCount'), errorsBefore);
    });
  }

  test('100,000 sections: the outline keeps the shallowest nodes, in order', async () => {
    const content = Array.from({ length: 100_000 }, (_, i) => `${numeral((i % 999) + 1)}、节\n（一）子`).join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'speech', content });
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
    assert.equal(symbols.length, 5000);
    assert.equal(symbols[0].name, '一、节');
    assert.ok(symbols.every((symbol) => symbol.children.length === 0), 'the cap keeps level 1 whole before level 2');
  });
});
