import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canStartHeading,
  canStartPoint,
  enclosedNumberValue,
  formatMarker,
  isChineseNumeralChar,
  isDigit,
  grammarRow,
  MARKER_GRAMMAR,
  markerStyle,
  matchHeadingMarker,
  matchPointMarker,
  parseSpeech,
  standardHeadingStyle,
  standardPointStyle,
  styleAtLevel,
  type MarkerStyle,
} from '../../src/core';

function match(marker: string): { kind: string; level: number; family?: string } | undefined {
  const text = marker + '统一思想';
  const heading = matchHeadingMarker(text, 0, text.length);
  if (heading !== undefined) {
    return { kind: 'heading', level: heading.level };
  }
  const point = matchPointMarker(text, 0, text.length);
  return point && { kind: 'point', level: point.level, family: point.family };
}

describe('the marker grammar', () => {
  test('the parser reads every style of the table, as the level or family its row says, up to its largest number', () => {
    for (const row of MARKER_GRAMMAR) {
      for (const ordinal of [1, 2, Math.min(row.maxOrdinal, 11), row.maxOrdinal]) {
        const marker = formatMarker(row.style, ordinal);
        assert.deepEqual(match(marker), row.kind === 'heading' ? { kind: 'heading', level: row.level } : { kind: 'point', level: 0, family: row.family }, marker);
      }
      if (row.maxOrdinal < 999 && row.style.numeral !== 'sequence' && row.style.numeral !== 'circled' && row.style.numeral !== 'parenthesized') {
        assert.equal(match(formatMarker(row.style, row.maxOrdinal + 1)), undefined, `past ${row.maxOrdinal}`);
      }
    }
  });

  test('the characters that can begin a marker: numerals, digits, enclosed numbers, the grammar\'s openings and the sequence words', () => {
    const openings = new Set(['（', '(', '第', '首', '其', '再', '最']);
    for (let code = 0; code < 0x10000; code++) {
      const numeral = isChineseNumeralChar(code);
      const heading = numeral || isDigit(code) || enclosedNumberValue(code) > 0 || code === 0xff08 || code === 0x28;
      const point = numeral || (openings.has(String.fromCharCode(code)) && code !== 0xff08 && code !== 0x28);
      assert.equal(canStartHeading(code), heading, `heading ${code.toString(16)}`);
      assert.equal(canStartPoint(code), point, `point ${code.toString(16)}`);
    }
  });

  test('mixed forms within a level are read too, and belong to the series of their numeral', () => {
    assert.deepEqual(match('（一)'), { kind: 'heading', level: 2 });
    assert.deepEqual(match('１、'), { kind: 'heading', level: 3 });
    assert.equal(grammarRow(markerStyle('fullwidth', '', '、'))?.series, 'fullWidth');
    assert.equal(grammarRow(markerStyle('chinese', '（', ')'))?.series, 'standard');
  });

  test('forms outside the grammar are not markers', () => {
    for (const text of ['（一、', '一）', '1）', '（1.', '①、', '第一要', '一，']) {
      assert.equal(match(text), undefined, text);
    }
  });

  test('standard styles: GB/T 9704 headings and the usual point forms', () => {
    assert.deepEqual([1, 2, 3, 4].map((level) => formatMarker(standardHeadingStyle(level)!, 2)), ['二、', '（二）', '2.', '（2）']);
    assert.equal(standardHeadingStyle(5), undefined);
    assert.deepEqual((['yao', 'shi', 'di', 'sequence'] as const).map((family) => formatMarker(standardPointStyle(family), 2)), ['二要', '二是', '第二，', '其次，']);
  });

  test('each heading series has one style per level', () => {
    const series = new Set(MARKER_GRAMMAR.map((row) => row.series).filter((name) => name !== undefined));
    for (const name of series) {
      assert.deepEqual(MARKER_GRAMMAR.filter((row) => row.series === name).map((row) => row.level), [1, 2, 3, 4], name);
    }
  });

  test('converting a marker to another level keeps its series', () => {
    const at = (marker: string, level: number): string | undefined => {
      const text = marker + '甲';
      const style: MarkerStyle = matchHeadingMarker(text, 0, text.length)!.style;
      const converted = styleAtLevel(style, level);
      return converted && formatMarker(converted, 3);
    };
    assert.equal(at('（一）', 1), '三、');
    assert.equal(at('（一）', 3), '3.');
    assert.equal(at('一、', 2), '（三）');
    assert.equal(at('(一)', 4), '(3)');
    assert.equal(at('１．', 4), '（３）');
    assert.equal(at('1、', 4), '（3）');
    assert.equal(at('1、', 2), '（三）');
    assert.equal(at('①', 3), '3.');
    assert.equal(at('3.', 4), '（3）');
    assert.equal(at('（一)', 1), '三、');
    assert.equal(at('一、', 5), undefined);
    assert.equal(styleAtLevel(standardPointStyle('shi'), 1), undefined);
  });
});

describe('the node', () => {
  test('a node holds the largest marker of every style of the grammar', () => {
    // (首先… are words: 最后 alone is numbered after what precedes it.)
    for (const row of MARKER_GRAMMAR.filter((candidate) => candidate.style.numeral !== 'sequence')) {
      for (const ordinal of [row.maxOrdinal, 777 % row.maxOrdinal || 1]) {
        const marker = formatMarker(row.style, ordinal);
        const [node] = parseSpeech(`${marker}统一思想。`).nodes;
        assert.deepEqual([node.marker, node.ordinal, node.level], [marker, ordinal, row.kind === 'heading' ? row.level : 1], marker);
      }
    }
  });
});
