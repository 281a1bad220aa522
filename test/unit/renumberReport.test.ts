// What Renumber Sections / Fix all numbering says: what changed, and what is left and why.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import chinese from '../../l10n/bundle.l10n.zh-cn.json';
import { formatMessage, parseSpeech, renumberReport } from '../../src/core';

describe('renumberReport', () => {
  test('counts the markers and the sequences that change', () => {
    const report = renumberReport(parseSpeech('一、甲\n二、乙\n四、丙\n（一）子\n（三）丑\n'));
    assert.deepEqual([report.markers, report.sequences, report.left], [2, 2, []]);
    assert.equal(formatMessage(report.message), 'Renumbered 2 markers in 2 sequences.');
    assert.equal(formatMessage(report.message, chinese), '已重新编号：2 组中的 2 个序号。');
  });

  test('mixed point forms are left, and the message says so and why, also when nothing else changes', () => {
    const report = renumberReport(parseSpeech('一、甲\n　　一要坚定。\n　　二是务实。\n'));
    assert.equal(report.markers, 0);
    assert.deepEqual(report.left, ['numbering.family']);
    assert.match(formatMessage(report.message), /^Nothing to renumber\. Left for you: 1 mixed point forms .*quick fix.*0 markers written unlike/);
    assert.match(formatMessage(report.message, chinese), /^无需重新编号。还需您处理：1 处要点形式混用/);
  });

  test('a correct draft: "already correct"', () => {
    assert.equal(formatMessage(renumberReport(parseSpeech('一、甲\n二、乙\n')).message), 'Numbering is already correct.');
  });
});
