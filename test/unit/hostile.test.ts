// Hostile input: huge lines of markers, huge numbers of siblings, deep nesting, huge files,
// binary content. Each must finish without a stack overflow and give a sane result. How the time
// grows with size is shown by the benchmark (npm run bench), not asserted here.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkNumbering, formatChineseNumeral, outlineToJson, outlineToText, parseSpeech, renumberEdits } from '../../src/core';

const MB = 1024 * 1024;

describe('hostile input', () => {
  test('a 1 MB single line of 一是一是… (an idiom-like run, not points)', () => {
    const model = parseSpeech('一是'.repeat(MB / 4));
    assert.equal(model.nodes.length, 0);
    assert.equal(model.lines.lineCount, 1);
  });

  test('a 1 MB single line of real points 一是甲。一是甲。…', () => {
    const text = '一是甲。'.repeat(MB / 8);
    const model = parseSpeech(text);
    assert.equal(model.nodes.length, MB / 8);
    // All duplicates of 一是 start new lists: no numbering problem, nothing to renumber.
    assert.equal(checkNumbering(model).length, 0);
    assert.equal(renumberEdits(model).length, 0);
  });

  test('a 1 MB single line of （（（（…', () => {
    assert.equal(parseSpeech('（'.repeat(MB / 2)).nodes.length, 0);
    assert.equal(parseSpeech('(('.repeat(MB / 4) + '一)甲').nodes.length, 0);
  });

  test('a 1 MB line of markers with no text: 一、一、一、… (a chain of numerals, not a heading)', () => {
    assert.equal(parseSpeech('一、'.repeat(MB / 4)).nodes.length, 0);
  });

  test('a 1 MB line of markers after sentence ends (a collapsed page at its worst)', () => {
    const unit = '甲。一、乙。（一）丙。1.丁。一是戊。主要有两点，一是己；二是庚：一是辛。';
    const model = parseSpeech(unit.repeat(Math.ceil(MB / unit.length)));
    assert.equal(model.nodes.length, 7 * Math.ceil(MB / unit.length));
    assert.equal(model.nodes[model.nodes.length - 1].name, '一是辛');
    checkNumbering(model);
    renumberEdits(model);
  });

  test('a 1 MB line of tags, entities and wide blanks between markers', () => {
    const unit = '<BR>一是甲。</SPAN></td><P>&nbsp;&nbsp;（二）乙　　';
    const model = parseSpeech(unit.repeat(Math.ceil(MB / unit.length)));
    assert.equal(model.nodes.length, 2 * Math.ceil(MB / unit.length));
    assert.equal(model.nodes[1].name, '（二）乙');
  });

  test('100,000 sibling sections, numbered and then broken', () => {
    const count = 100_000;
    const lines = Array.from({ length: count }, (_, i) => `${formatChineseNumeral((i % 999) + 1)}、节`);
    const model = parseSpeech(lines.join('\n'));
    assert.equal(model.roots.length, count);
    // 1…999 repeats: each restart at 一、 is out of order, and renumbering fixes them all.
    assert.ok(checkNumbering(model).length > 0);
    assert.ok(renumberEdits(model).length > 0);
    assert.equal(outlineToJson(model).length, count);
    assert.equal(outlineToText(model).split('\n').length, count + 1);
  });

  test('100,000 points alternating families in one list (strays) stay linear', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `${formatChineseNumeral((i % 30) + 1)}要甲。`).join('');
    const model = parseSpeech(text);
    assert.ok(model.nodes.length > 0);
    checkNumbering(model);
    renumberEdits(model);
  });

  test('deeply nested levels, repeated many times', () => {
    const block = ['一、甲', '（一）乙', '1.丙', '（1）丁', '第一，戊。', '一要己。', '一是庚。', '首先，辛。'].join('\n');
    const model = parseSpeech(Array.from({ length: 20_000 }, () => block).join('\n'));
    const depths = model.nodes.map((node) => {
      let depth = 0;
      for (let parent = node.parent; parent; parent = parent.parent) {
        depth++;
      }
      return depth;
    });
    assert.equal(depths.reduce((a, b) => Math.max(a, b), 0), 7);
    assert.equal(model.roots.length, 20_000);
  });

  test('a 20 MB draft', () => {
    const paragraph = '一、统一思想\n（一）提高认识。一是学习。二是落实。\n　　各级各部门要高度重视，切实抓好落实。\n';
    const text = paragraph.repeat(Math.ceil((20 * MB) / (paragraph.length * 3)));
    const model = parseSpeech(text);
    assert.ok(model.nodes.length > 100_000);
    assert.equal(model.nodes[model.nodes.length - 1].name, '二是落实');
  });

  test('binary content and lone surrogates parse without throwing', () => {
    const binary = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 0x10000)).join('');
    parseSpeech(binary);
    parseSpeech('\ud800一、甲\udc00\n\udfff（一）乙');
  });
});
