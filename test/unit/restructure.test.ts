// Restructuring by section: before/after tables for every command, refusals, line endings and BOM.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  applyEdits,
  checkNumbering,
  demoteSection,
  dropSection,
  moveSection,
  parseSpeech,
  promoteSection,
  sectionAt,
  sectionText,
  type RestructureResult,
  type SpeechModel,
  type SpeechNode,
} from '../../src/core';
import { joinLines } from './helpers';

type Command = 'up' | 'down' | 'promote' | 'demote';

function run(model: SpeechModel, node: SpeechNode, command: Command): RestructureResult {
  switch (command) {
    case 'up':
    case 'down':
      return moveSection(model, node, command);
    case 'promote':
      return promoteSection(model, node);
    case 'demote':
      return demoteSection(model, node);
  }
}

/** The section whose line starts with `lineStart` (after indentation). */
function nodeOn(model: SpeechModel, lineStart: string): SpeechNode {
  const node = model.nodes.find((candidate) => model.text.slice(candidate.start).startsWith(lineStart));
  assert.ok(node, `no node starts with ${lineStart}`);
  return node;
}

/** Runs a command on the section starting with `at` and returns the new text, or the refusal as `refused: reason`. */
function apply(text: string, at: string, command: Command): string {
  const model = parseSpeech(text);
  const result = run(model, nodeOn(model, at), command);
  if (!result.ok) {
    return `refused: ${result.reason}`;
  }
  assert.equal(applyEdits(text, result.edits), result.text, 'the edits give the text the result reports');
  return result.text;
}

const SPEECH = joinLines(
  '在全县工作会议上的讲话',
  '（2026年3月6日）',
  '同志们：',
  '　　今天召开会议，我讲三点意见。',
  '一、统一思想',
  '　　正文一。',
  '（一）提高认识',
  '（二）明确目标',
  '',
  '二、突出重点',
  '　　一要聚焦重点行业。',
  '　　二要聚焦关键节点。',
  '',
  '三、强化落实',
  '（一）压实责任',
  '1.属地责任',
  '2.部门责任',
  '　　希望大家扎实工作。',
);

/** [what, text, section (its line's start), command, expected text or `refused: reason`] */
const table: [string, string, string, Command, string][] = [
  ['move the middle section up: whole subtree, blank line with it, run renumbered', SPEECH, '二、', 'up', joinLines(
    '在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '　　今天召开会议，我讲三点意见。',
    '一、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '',
    '二、统一思想', '　　正文一。', '（一）提高认识', '（二）明确目标', '',
    '三、强化落实', '（一）压实责任', '1.属地责任', '2.部门责任', '　　希望大家扎实工作。')],
  ['move the middle section down: the closing stays last', SPEECH, '二、', 'down', joinLines(
    '在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '　　今天召开会议，我讲三点意见。',
    '一、统一思想', '　　正文一。', '（一）提高认识', '（二）明确目标', '',
    '二、强化落实', '（一）压实责任', '1.属地责任', '2.部门责任',
    '三、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '', '　　希望大家扎实工作。')],
  ['the first section cannot move up (the salutation never moves)', SPEECH, '一、', 'up', 'refused: first'],
  ['the last section cannot move down (the closing never moves)', SPEECH, '三、', 'down', 'refused: last'],
  ['a level-2 heading moves among its siblings only', SPEECH, '（二）明确', 'up', joinLines(
    '在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '　　今天召开会议，我讲三点意见。',
    '一、统一思想', '　　正文一。', '（一）明确目标', '', '（二）提高认识',
    '二、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '',
    '三、强化落实', '（一）压实责任', '1.属地责任', '2.部门责任', '　　希望大家扎实工作。')],
  ['an only child cannot move', SPEECH, '（一）压实', 'down', 'refused: last'],
  ['a level-3 heading moves with renumbering', SPEECH, '2.部门', 'up', joinLines(
    '在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '　　今天召开会议，我讲三点意见。',
    '一、统一思想', '　　正文一。', '（一）提高认识', '（二）明确目标', '',
    '二、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '',
    '三、强化落实', '（一）压实责任', '1.部门责任', '2.属地责任', '　　希望大家扎实工作。')],
  ['a point that begins its paragraph moves among its family', SPEECH, '二要', 'up', joinLines(
    '在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '　　今天召开会议，我讲三点意见。',
    '一、统一思想', '　　正文一。', '（一）提高认识', '（二）明确目标', '',
    '二、突出重点', '　　一要聚焦关键节点。', '', '　　二要聚焦重点行业。',
    '三、强化落实', '（一）压实责任', '1.属地责任', '2.部门责任', '　　希望大家扎实工作。')],
  ['demote: the last child of the previous section, at its children\'s level', SPEECH, '二、', 'demote', joinLines(
    '在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '　　今天召开会议，我讲三点意见。',
    '一、统一思想', '　　正文一。', '（一）提高认识', '（二）明确目标', '',
    '（三）突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '',
    '二、强化落实', '（一）压实责任', '1.属地责任', '2.部门责任', '　　希望大家扎实工作。')],
  ['demote moves every heading under it one level down', SPEECH, '三、', 'demote', joinLines(
    '在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '　　今天召开会议，我讲三点意见。',
    '一、统一思想', '　　正文一。', '（一）提高认识', '（二）明确目标', '',
    '二、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '',
    '（一）强化落实', '1.压实责任', '（1）属地责任', '（2）部门责任', '　　希望大家扎实工作。')],
  ['demote of the first section: no previous sibling', SPEECH, '一、', 'demote', 'refused: noPrevious'],
  ['demote of a point is refused', SPEECH, '二要', 'demote', 'refused: point'],
  ['promote at level 1 is refused', SPEECH, '二、', 'promote', 'refused: top'],
  ['promote: the parent is split, the siblings after it are adopted', SPEECH, '（一）提高', 'promote', joinLines(
    '在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '　　今天召开会议，我讲三点意见。',
    '一、统一思想', '　　正文一。', '二、提高认识', '（一）明确目标', '',
    '三、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '',
    '四、强化落实', '（一）压实责任', '1.属地责任', '2.部门责任', '　　希望大家扎实工作。')],
  ['promote carries the headings under it one level up', SPEECH, '（一）压实', 'promote', joinLines(
    '在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '　　今天召开会议，我讲三点意见。',
    '一、统一思想', '　　正文一。', '（一）提高认识', '（二）明确目标', '',
    '二、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '',
    '三、强化落实', '四、压实责任', '（一）属地责任', '（二）部门责任', '　　希望大家扎实工作。')],
  ['promote of a level-4 heading', joinLines('一、甲', '（一）乙', '1.丙', '（1）丁', '（2）戊'), '（1）丁', 'promote',
    joinLines('一、甲', '（一）乙', '1.丙', '2.丁', '（1）戊')],
  ['a level-4 heading moves among its siblings', joinLines('一、甲', '（一）乙', '1.丙', '（1）丁', '正文。', '（2）戊'), '（2）戊', 'up',
    joinLines('一、甲', '（一）乙', '1.丙', '（1）戊', '（2）丁', '正文。')],
  ['the salutation and opening stay before the first section', joinLines('同志们：', '开场。', '一、甲', '二、乙'), '二、乙', 'up',
    joinLines('同志们：', '开场。', '一、乙', '二、甲')],
  ['demote below （1） is refused', joinLines('一、甲', '（一）乙', '1.丙', '（1）丁', '（2）戊'), '（2）戊', 'demote', 'refused: deepest'],
  ['demote of a section whose subsection is at （1）', joinLines('（一）甲', '（二）乙', '1.丙', '（1）丁'), '（二）乙', 'demote', 'refused: deepest'],
  ['demote keeps half-width brackets', joinLines('(一)甲', '(二)乙', '1.丙'), '(二)乙', 'demote',
    joinLines('(一)甲', '1.乙', '(1)丙')],
  ['the other sequences\' numbering problems are left alone', joinLines('一、甲', '（一）子', '（三）子', '二、乙', '三、丙', '1.孙', '3.孙'), '三、丙', 'up',
    joinLines('一、甲', '（一）子', '（三）子', '二、丙', '1.孙', '3.孙', '三、乙')],
  ['a gap in the moved run is closed (that run is renumbered)', joinLines('一、甲', '三、乙', '四、丙'), '四、丙', 'up',
    joinLines('一、甲', '二、丙', '三、乙')],
  ['points inside a paragraph move with their section', joinLines('一、甲', '　　一是子。二是子。', '二、乙'), '二、乙', 'up',
    joinLines('一、乙', '二、甲', '　　一是子。二是子。')],
  ['a point inside a paragraph cannot move alone', joinLines('一、甲', '　　一是子。二是子。'), '二是', 'up', 'refused: sharedLine'],
  ['首先/其次 are words: they do not move', joinLines('首先，甲。', '其次，乙。'), '其次', 'up', 'refused: sequenceWords'],
  ['the title does not move', SPEECH, '在全县', 'down', 'refused: noSection'],
  ['the closing does not move', SPEECH, '希望', 'up', 'refused: noSection'],
  ['a last section without a final line break moves up: the text still ends without one', joinLines('一、甲', '', '二、乙'), '二、乙', 'up',
    joinLines('一、乙', '', '二、甲')],
  ['...and back down, to the text as it was', joinLines('一、乙', '', '二、甲'), '一、乙', 'down', joinLines('一、甲', '', '二、乙')],
  ['a text ending with a line break keeps it', joinLines('一、甲', '二、乙', ''), '二、乙', 'up', joinLines('一、乙', '二、甲', '')],
  ['CRLF line endings are kept', '一、甲\r\n正文。\r\n二、乙\r\n', '二、乙', 'up', '一、乙\r\n二、甲\r\n正文。\r\n'],
  ['CRLF without a final line break', '一、甲\r\n二、乙', '二、乙', 'up', '一、乙\r\n二、甲'],
  ['a BOM stays first', '\ufeff一、甲\n二、乙\n', '二、乙', 'up', '\ufeff一、乙\n二、甲\n'],
  ['a section ending with a 希望 paragraph does not become the closing', joinLines('一、甲', '希望大家努力。', '二、乙'), '一、甲', 'down', 'refused: ambiguous'],
];

describe('restructuring commands', () => {
  for (const [what, text, at, command, expected] of table) {
    test(`${command}: ${what}`, () => assert.equal(apply(text, at, command), expected));
  }

  test('the shorter section moves; the other keeps its lines, only its numeral changes', () => {
    const text = joinLines('一、甲', '　　长的正文。长的正文。长的正文。', '　　更多正文。', '二、乙', '三、丙');
    const model = parseSpeech(text);
    const result = moveSection(model, nodeOn(model, '二、'), 'up');
    assert.ok(result.ok);
    // Only the first heading's numeral and the moved line are touched.
    const after = applyEdits(text, result.edits);
    assert.equal(after, joinLines('一、乙', '二、甲', '　　长的正文。长的正文。长的正文。', '　　更多正文。', '三、丙'));
    for (const edit of result.edits) {
      assert.ok(edit.end - edit.start <= '二、乙\n'.length, `edit ${JSON.stringify(edit)} replaces only a marker or the moved line`);
    }
    assert.equal(result.line, 0);
  });

  test('the result has no new numbering problems in the sequences it renumbered', () => {
    for (const at of ['二、', '三、']) {
      const model = parseSpeech(SPEECH);
      const result = moveSection(model, nodeOn(model, at), 'up');
      assert.ok(result.ok);
      assert.deepEqual(checkNumbering(parseSpeech(result.text)), []);
    }
  });
});

describe('drag and drop', () => {
  function drop(text: string, at: string, onto: string | undefined): string {
    const model = parseSpeech(text);
    const result = dropSection(model, nodeOn(model, at), onto === undefined ? undefined : nodeOn(model, onto));
    return result.ok ? result.text : `refused: ${result.reason}`;
  }

  test('a drop on the previous sibling is the move up', () => {
    assert.equal(drop(SPEECH, '二、', '一、'), apply(SPEECH, '二、', 'up'));
  });

  test('a drop on the next sibling changes nothing (it is already before it)', () => {
    assert.equal(drop(SPEECH, '一、', '二、'), SPEECH);
  });

  test('a drop on a heading of another level takes its level, with everything under it', () => {
    assert.equal(drop(SPEECH, '三、', '（二）明确'), joinLines(
      '在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '　　今天召开会议，我讲三点意见。',
      '一、统一思想', '　　正文一。', '（一）提高认识', '（二）强化落实', '1.压实责任', '（1）属地责任', '（2）部门责任', '（三）明确目标', '',
      '二、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '', '　　希望大家扎实工作。'));
  });

  test('a drop on empty space appends as the last top-level section, before the closing', () => {
    assert.equal(drop(SPEECH, '（一）提高', undefined), joinLines(
      '在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '　　今天召开会议，我讲三点意见。',
      '一、统一思想', '　　正文一。', '（一）明确目标', '',
      '二、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '',
      '三、强化落实', '（一）压实责任', '1.属地责任', '2.部门责任', '四、提高认识', '　　希望大家扎实工作。'));
  });

  test('a drop into itself or onto a point is refused', () => {
    assert.equal(drop(SPEECH, '三、', '1.属地'), 'refused: intoItself');
    assert.equal(drop(SPEECH, '一、', '二要'), 'refused: mismatch');
    assert.equal(drop(SPEECH, '一、', '同志们'), 'refused: mismatch');
  });
});

describe('the section at the cursor', () => {
  test('the innermost heading around the cursor, else a point that begins its line', () => {
    const model = parseSpeech(SPEECH);
    const name = (needle: string): string | undefined => sectionAt(model, SPEECH.indexOf(needle))?.name;
    assert.equal(name('正文一'), '一、统一思想');
    assert.equal(name('明确目标'), '（二）明确目标');
    assert.equal(name('聚焦关键'), '二、突出重点');
    assert.equal(name('同志们'), undefined);
    // A blank line after a section belongs to it.
    assert.equal(sectionAt(model, SPEECH.indexOf('\n\n二、') + 1)?.name, '（二）明确目标');
    const points = parseSpeech(joinLines('第一，甲。', '　　正文。', '第二，乙。'));
    assert.equal(sectionAt(points, points.text.indexOf('正文'))?.name, '第一，甲');
  });

  test('a section\'s text is its lines without the blank lines after it', () => {
    const model = parseSpeech(SPEECH);
    assert.equal(sectionText(model, nodeOn(model, '二、')), joinLines('二、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。'));
  });
});
