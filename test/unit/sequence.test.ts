import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSpeech } from '../../src/core';
import { markerPrefixAt, nextMarkers, type MarkerContext } from '../../src/core';
import { joinLines, withCursor } from './helpers';
import { INSIDE_A_PARAGRAPH, NEXT_AT_PARAGRAPH_START, SIBLING_STYLE, type CompletionCase } from './tables';

/** What the core offers at the `$$CURSOR$$` of a draft. */
function offered(source: string): MarkerContext | undefined {
  const { text, offset } = withCursor(source);
  return nextMarkers(parseSpeech(text), text, offset);
}

/** The offered markers, most likely first. */
function markers(source: string): string[] {
  return offered(source)?.candidates.map((candidate) => candidate.marker) ?? [];
}

function runTable(cases: readonly CompletionCase[]): void {
  for (const [what, draft, expected] of cases) {
    test(what, () => assert.deepEqual(markers(draft), expected));
  }
}

describe('what comes next at a paragraph start', () => {
  runTable(NEXT_AT_PARAGRAPH_START);
});

describe('the style of the siblings', () => {
  runTable(SIBLING_STYLE);
});

describe('inside a paragraph', () => {
  runTable(INSIDE_A_PARAGRAPH);
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
