import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSpeech } from '../../src/core';
import { markerPrefixAt, nextMarkers, type MarkerContext } from '../../src/core/sequence';
import { joinLines, withCursor } from './helpers';

/** What the core offers at the `$$CURSOR$$` of a draft. */
function offered(source: string): MarkerContext | undefined {
  const { text, offset } = withCursor(source);
  return nextMarkers(parseSpeech(text), text, offset);
}

/** The offered markers, most likely first. */
function markers(source: string): string[] {
  return offered(source)?.candidates.map((candidate) => candidate.marker) ?? [];
}

/** [what, draft with $$CURSOR$$, the markers offered, most likely first] */
type Case = [string, string, string[]];

function runTable(cases: Case[]): void {
  for (const [what, draft, expected] of cases) {
    test(what, () => assert.deepEqual(markers(draft), expected));
  }
}

describe('what comes next at a paragraph start', () => {
  runTable([
    ['after 二、 with body comes 三、, then a first child under 二、',
      joinLines('一、统一思想', '　　正文。', '二、突出重点', '　　正文。', '$$CURSOR$$'),
      ['三、', '（一）', '一要', '一是', '第一，', '首先，']],
    ['right under a bare heading its first child comes first',
      joinLines('一、统一思想', '$$CURSOR$$'),
      ['（一）', '一要', '一是', '第一，', '首先，', '二、']],
    ['inside （一） after 1. and 2. comes 3., then （二） and 二、',
      joinLines('一、经济运行', '（一）主要指标', '1.工业生产平稳。', '2.消费市场回暖。', '$$CURSOR$$'),
      ['3.', '（二）', '二、', '（1）', '一要', '一是', '第一，', '首先，']],
    ['after 一要… 二要… comes 三要',
      joinLines('二、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '　　$$CURSOR$$'),
      ['三要', '三、', '一是', '第一，', '首先，']],
    ['a closing-like paragraph at the end of an unfinished draft does not close the numbering',
      joinLines('三、强化落实', '一是压实属地责任。', '二是压实部门责任。', '希望各单位认真落实。', '$$CURSOR$$'),
      ['三是', '四、', '一要', '第一，', '首先，']],
    ['首先 is followed by 其次; 其次 by 再次 or 最后; 最后 ends the sequence',
      joinLines('第三，强化保障。', '首先，保障资金。', '其次，保障人员。', '$$CURSOR$$'),
      ['再次，', '最后，', '第四，', '一要', '一是']],
    ['after 最后 only the outer sequence continues',
      joinLines('第一，提高认识。', '首先，学。', '最后，用。', '$$CURSOR$$'),
      ['第二，', '一要', '一是']],
    ['numbering continues past 十', joinLines('九、甲', '十、乙', '　　正文。', '$$CURSOR$$'),
      ['十一、', '（一）', '一要', '一是', '第一，', '首先，']],
    ['level 4 under level 3', joinLines('1.工业生产', '（1）规上工业。', '$$CURSOR$$'),
      ['（2）', '2.', '一要', '一是', '第一，', '首先，']],
    ['no heading below level 4', joinLines('（1）规上工业', '$$CURSOR$$'),
      ['一要', '一是', '第一，', '首先，', '（2）']],
    ['an empty draft offers the ways a speech begins', '$$CURSOR$$',
      ['一、', '（一）', '第一，', '一是', '一要', '首先，']],
    ['after the salutation and opening, before any section', joinLines('在全县工作会议上的讲话', '同志们：', '　　今天召开会议。下面，我讲几点意见。', '$$CURSOR$$'),
      ['一、', '（一）', '第一，', '一是', '一要', '首先，']],
    ['a new speech in a collection starts again', joinLines('在甲会议上的讲话', '同志们：', '一、认清形势', '二、明确任务', '在乙会议上的讲话', '各位代表：', '$$CURSOR$$'),
      ['一、', '（一）', '第一，', '一是', '一要', '首先，']],
    ['a 第X point nests 一是 but not another 第X', joinLines('第一，总体要求。', '第二，主要任务。', '一是抓项目。', '$$CURSOR$$'),
      ['二是', '第三，', '一要', '首先，']],
  ]);
});

describe('the style of the siblings', () => {
  runTable([
    ['half-width brackets continue half-width', joinLines('一、总体', '(一)甲。', '(二)乙。', '$$CURSOR$$'), ['(三)', '二、', '1.', '一要', '一是', '第一，', '首先，']],
    ['1、 continues 1、', joinLines('（一）甲', '1、子。', '2、丑。', '$$CURSOR$$'), ['3、', '（二）', '（1）', '一要', '一是', '第一，', '首先，']],
    ['the style most siblings use wins over a stray one', joinLines('（一）甲。', '（二）乙。', '(三)丙。', '$$CURSOR$$'), ['（四）', '1.', '一要', '一是', '第一，', '首先，']],
    ['full-width digits continue full-width', joinLines('１．甲。', '２．乙。', '$$CURSOR$$'), ['３．', '（1）', '一要', '一是', '第一，', '首先，']],
    ['第一、 continues 第二、', joinLines('第一、统一思想。', '$$CURSOR$$'), ['第二、', '一要', '一是', '首先，']],
    ['a first child follows what earlier sections used: 1. directly under 一、', joinLines('一、思想认识', '1.提高站位。', '二、工作措施', '$$CURSOR$$'),
      ['1.', '一要', '一是', '第一，', '首先，', '三、']],
    ['a first child follows the bracket width earlier sections used', joinLines('一、甲', '(一)子。', '二、乙', '正文。', '$$CURSOR$$'),
      ['三、', '(一)', '一要', '一是', '第一，', '首先，']],
    ['without earlier sections, a first child follows the draft’s style for its level', joinLines('一、甲', '（一）子', '1、丑。', '（二）寅', '二、乙', '（一）卯', '$$CURSOR$$'),
      ['1、', '一要', '一是', '第一，', '首先，', '（二）', '三、']],
    ['a first point follows the family earlier sections began with', joinLines('一、甲', '一是子。', '二是丑。', '二、乙', '$$CURSOR$$'),
      ['（一）', '一是', '一要', '第一，', '首先，', '三、']],
  ]);
});

describe('inside a paragraph', () => {
  runTable([
    ['after a sentence end, the next point of the paragraph', joinLines('三、强化落实', '　　一是压实属地责任。二是压实部门责任。$$CURSOR$$'),
      ['三是', '一要', '第一，', '首先，']],
    ['an opening quote after a sentence end begins text, not a marker', '要做到“三个到位”。一是思想到位。“$$CURSOR$$', []],
    ['after 。” the next point', '一是思想到位，做到“心中有数。”$$CURSOR$$', ['二是', '一要', '第一，', '首先，']],
    ['after a heading’s colon, its first points', '（二）主要任务：$$CURSOR$$', ['一要', '一是', '第一，', '首先，']],
    ['never in the middle of a sentence', joinLines('二、突出重点', '一要聚焦重点，$$CURSOR$$'), []],
    ['never in the middle of a word', joinLines('二、突出重点', '一要聚焦重点$$CURSOR$$'), []],
    ['not after long text on the line', joinLines('二、突出重点', '这是一段很长的正文内容$$CURSOR$$'), []],
  ]);
});

describe('typing a marker filters the candidates', () => {
  const draft = (typed: string): string => joinLines('一、经济运行', '（一）主要指标', '1.工业生产。', '2.消费市场。', typed + '$$CURSOR$$');
  runTable([
    ['typing 3 offers 3.', draft('3'), ['3.']],
    ['typing 3. offers 3.', draft('3.'), ['3.']],
    ['typing a full-width ３ offers 3.', draft('３'), ['3.']],
    ['typing （ offers （二） and （1）', draft('（'), ['（二）', '（1）']],
    ['typing ( offers them too', draft('('), ['（二）', '（1）']],
    ['typing （二 offers （二）', draft('（二'), ['（二）']],
    ['typing (2 offers （二） by its number', draft('(2'), ['（二）']],
    ['typing 二 offers 二、', draft('二'), ['二、']],
    ['typing 2 offers 二、 by its number', draft('2'), ['二、']],
    ['typing 一 offers the point families', draft('一'), ['一要', '一是']],
    ['typing 第 offers 第一，', draft('第'), ['第一，']],
    ['typing something else offers nothing', draft('四'), []],
    ['typing text after a marker offers nothing', draft('3.工'), []],
    ['typing 十 after 十、 offers 十一、', joinLines('九、甲', '十、乙', '十$$CURSOR$$'), ['十一、']],
  ]);

  test('the replaced range covers the typed prefix and an auto-closed bracket after the cursor', () => {
    const source = joinLines('（一）甲。', '　　（$$CURSOR$$）');
    const { text } = withCursor(source);
    const context = offered(source)!;
    assert.equal(text.slice(context.start, context.end), '（）');
    assert.equal(context.typed, '（');
    assert.equal(context.inline, false);
    assert.deepEqual(context.candidates.map((candidate) => candidate.marker).slice(0, 1), ['（二）']);
  });

  test('the range is empty at a bare line start, after the indentation', () => {
    const source = joinLines('一、甲', '　　$$CURSOR$$');
    const { text, offset } = withCursor(source);
    const context = offered(source)!;
    assert.deepEqual([context.start, context.end], [offset, offset]);
    assert.equal(text.slice(0, context.start), '一、甲\n　　');
  });
});

describe('candidate details', () => {
  test('a continuation knows its kind, level, family, ordinal, predecessor and sequence', () => {
    const context = offered(joinLines('二、突出重点', '一要甲。', '二要乙。', '$$CURSOR$$'))!;
    const [next] = context.candidates;
    assert.equal(next.marker, '三要');
    assert.equal(next.kind, 'point');
    assert.equal(next.family, 'yao');
    assert.equal(next.level, 2);
    assert.equal(next.ordinal, 3);
    assert.equal(next.relation, 'next');
    assert.equal(next.previous?.name, '二要乙');
    assert.equal(next.parent?.name, '二、突出重点');
    assert.deepEqual(next.sequence, ['一要', '二要']);
  });

  test('a first child knows its parent', () => {
    const context = offered(joinLines('二、突出重点', '$$CURSOR$$'))!;
    const [first] = context.candidates;
    assert.equal(first.marker, '（一）');
    assert.equal(first.kind, 'heading');
    assert.equal(first.level, 2);
    assert.equal(first.relation, 'first');
    assert.equal(first.parent?.name, '二、突出重点');
    assert.equal(first.previous, undefined);
  });

  test('the sequence shown is the last three siblings', () => {
    const context = offered(joinLines('一、甲', '二、乙', '三、丙', '四、丁', '　　正文。', '$$CURSOR$$'))!;
    assert.deepEqual(context.candidates[0].sequence, ['二、', '三、', '四、']);
  });

  test('a line with CRLF breaks', () => {
    assert.deepEqual(markers('一、甲\r\n正文。\r\n$$CURSOR$$').slice(0, 1), ['二、']);
  });
});

// A cheap gate before the draft is parsed; nextMarkers rules out the rest (一要聚焦重点，).
describe('where a marker can begin, from the line alone', () => {
  /** [what, line with $$CURSOR$$, expected [start, typed, inline] or undefined] */
  const cases: [string, string, [number, string, boolean] | undefined][] = [
    ['an empty line', '$$CURSOR$$', [0, '', false]],
    ['after full-width indentation', '　　$$CURSOR$$', [2, '', false]],
    ['a numeral typed after the indentation', '　　三$$CURSOR$$', [2, '三', false]],
    ['a bracket with its auto-closed partner after the cursor', '（$$CURSOR$$）', [0, '（', false]],
    ['after a sentence end', '一是甲。$$CURSOR$$', [4, '', true]],
    ['after a sentence end and a closing quote', '做到“心中有数。”二$$CURSOR$$', [9, '二', true]],
    ['after a colon and a blank', '主要任务： 一$$CURSOR$$', [6, '一', true]],
    ['mid-sentence after a comma', '统一思想，一$$CURSOR$$', undefined],
    ['mid-word', '统一思想$$CURSOR$$', undefined],
    ['text that cannot begin a marker', '今天$$CURSOR$$', undefined],
    ['an opening quote', '一是甲。“$$CURSOR$$', undefined],
    ['more than a marker’s length', '一二三四五六七八九$$CURSOR$$', undefined],
  ];
  for (const [what, source, expected] of cases) {
    test(what, () => {
      const { text, offset } = withCursor(source);
      const prefix = markerPrefixAt(text, offset);
      assert.deepEqual(prefix && [prefix.start, prefix.typed, prefix.inline], expected);
    });
  }
});
