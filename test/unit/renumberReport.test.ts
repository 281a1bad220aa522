// What Renumber Sections / Fix all numbering says: what changed, and what is left and why.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import chinese from '../../l10n/bundle.l10n.zh-cn.json';
import { applyEdits, checkNumbering, formatMessage, joinSentences, parseSpeech, renumberReport, type RenumberReport } from '../../src/core';
import { draft, structuredDraft } from './arbitraries';

const said = (report: RenumberReport, translations?: Record<string, string>): string => joinSentences(report.messages.map((m) => formatMessage(m, translations)));
const codes = (report: RenumberReport): string[] => report.left.map((problem) => `${problem.line}:${problem.code}`);

describe('renumberReport', () => {
  test('counts the markers and the sequences that change', () => {
    const report = renumberReport(parseSpeech('一、甲\n二、乙\n四、丙\n（一）子\n（三）丑\n'));
    assert.deepEqual([report.markers, report.sequences, report.left], [2, 2, []]);
    assert.equal(said(report), 'Renumbered 2 markers in 2 sequences.');
    assert.equal(said(report, chinese), '已重新编号：2 组中的 2 个序号。');
  });

  test('one marker, or several in one sequence, are said as such', () => {
    assert.equal(said(renumberReport(parseSpeech('一、甲\n三、乙\n'))), 'Renumbered 1 marker.');
    assert.equal(said(renumberReport(parseSpeech('一、甲\n三、乙\n四、丙\n'))), 'Renumbered 2 markers in 1 sequence.');
    assert.equal(said(renumberReport(parseSpeech('一、甲\n三、乙\n四、丙\n')), chinese), '已重新编号：1 组中的 2 个序号。');
  });

  test('mixed point forms are left, and the message says so and why, also when nothing else changes', () => {
    const report = renumberReport(parseSpeech('一、甲\n　　一要坚定。\n　　二是务实。\n'));
    assert.equal(report.markers, 0);
    assert.deepEqual(codes(report), ['2:numbering.family']);
    assert.equal(said(report), 'Nothing to renumber. Left for you: 1 point written in another form than its list (一要… 二是…): choose one form with its quick fix.');
    assert.equal(said(report, chinese), '无需重新编号。还需您处理：1 个要点的形式与所在列表不一致（一要……二是……），请用它的快速修复选定一种形式。');
  });

  test('a marker both misnumbered and written unlike its siblings: renumbered, and its style is then said to be left', () => {
    // (四) is a gap and written with half-width brackets: after renumbering, (三) is still unlike its siblings.
    const report = renumberReport(parseSpeech('一、甲\n（一）子\n（二）丑\n(四)寅\n'));
    assert.deepEqual(codes(report), ['3:numbering.style']);
    assert.equal(said(report), 'Renumbered 1 marker. Left for you: 1 marker written unlike its siblings (brackets, separator or digit width): use its quick fix, or the setting speechOutline.renumber.unifyStyle.');
    assert.deepEqual(renumberReport(parseSpeech('一、甲\n（一）子\n（二）丑\n(四)寅\n'), { unifyStyle: true }).left, []);
  });

  test('several of each kind are counted; checks that are off are not mentioned', () => {
    const text = '一、甲\n　　一要坚定。\n　　二是务实。\n二、乙\n1.子\n2、丑\n3.寅\n　　一是创新。\n　　二要协调。\n四、丙\n';
    const report = renumberReport(parseSpeech(text));
    assert.deepEqual(codes(report), ['2:numbering.family', '5:numbering.style', '8:numbering.family']);
    assert.match(said(report), /^Renumbered 1 marker\. Left for you: 2 points written in another form than their lists .* Left for you: 1 marker written unlike its siblings/);
    assert.match(said(report, chinese), /^已重新编号 1 个序号。还需您处理：2 个要点.*。还需您处理：1 个序号的写法/);
    const quiet = renumberReport(parseSpeech(text), { shown: (code) => code !== 'numbering.style' });
    assert.deepEqual(codes(quiet), ['2:numbering.family', '8:numbering.family']);
    assert.doesNotMatch(said(quiet), /siblings/);
  });

  test('a correct draft: "already correct"', () => {
    assert.equal(said(renumberReport(parseSpeech('一、甲\n二、乙\n'))), 'Numbering is already correct.');
    assert.equal(said(renumberReport(parseSpeech('一、甲\n二、乙\n')), chinese), '编号无需修正。');
  });

  test('on generated drafts: what is left is exactly what the renumbered draft still has, and a second run says the same', () => {
    fc.assert(fc.property(fc.oneof(draft, structuredDraft), (text) => {
      const report = renumberReport(parseSpeech(text));
      const after = parseSpeech(applyEdits(text, report.edits));
      const problems = checkNumbering(after).map((problem) => `${after.lines.positionAt(problem.start).line}:${problem.code}`);
      assert.deepEqual(codes(report), problems);
      const again = renumberReport(after);
      assert.deepEqual([again.markers, codes(again)], [0, problems]);
      // "Already correct" only when nothing is left; every problem left is in a "Left for you" sentence's count.
      assert.equal(said(again) === 'Numbering is already correct.', problems.length === 0);
      const counted = again.messages.slice(1).reduce((sum, m) => sum + (typeof m.args[0] === 'number' ? m.args[0] : 1), 0);
      assert.equal(counted, problems.length);
    }), { numRuns: 300 });
  });
});
