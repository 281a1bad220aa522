import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkNumbering, foldingRegions, innermostNodeAt, innermostNodeOnLine, parseSpeech, problemWithRange, selectionChain } from '../../src/core';
import { draft } from './arbitraries';
import { joinLines, withCursor } from './helpers';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

const DRAFT = joinLines(
  '在全县工作会议上的讲话', // 0
  '同志们：', // 1
  '一、统一思想', // 2
  '　　一是提高认识。二是压实责任。', // 3
  '　　正文。', // 4
  '二、强化落实', // 5
  '（一）明确任务', // 6
  '　　正文。', // 7
  '希望大家认真落实。', // 8
);

/** DRAFT with `search` written as `marked` (which holds $$CURSOR$$). */
function mark(search: string, marked: string): string {
  return DRAFT.split(search).join(marked);
}

function at(source: string): { text: string; offset: number } {
  return withCursor(source);
}

describe('where the cursor is in the outline', () => {
  const model = parseSpeech(DRAFT);

  test('the innermost node at an offset', () => {
    const name = (source: string): string | undefined => {
      const { text, offset } = at(source);
      return innermostNodeAt(parseSpeech(text), offset)?.name;
    };
    assert.equal(name(mark('压实责任', '压实$$CURSOR$$责任')), '二是压实责任');
    assert.equal(name(mark('提高认识', '提高$$CURSOR$$认识')), '一是提高认识');
    assert.equal(name(mark('　　正文。\n二、', '　　正$$CURSOR$$文。\n二、')), '二是压实责任');
    assert.equal(name(mark('明确任务', '明确$$CURSOR$$任务')), '（一）明确任务');
    assert.equal(name('$$CURSOR$$' + DRAFT), '在全县工作会议上的讲话');
    assert.equal(name('正文$$CURSOR$$。\n一、甲'), undefined);
  });

  test('the innermost node on a line', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 6, 7, 8].map((line) => innermostNodeOnLine(model, line)?.name), [
      '在全县工作会议上的讲话', '同志们：', '一、统一思想', '二是压实责任', '二是压实责任', '（一）明确任务', '（一）明确任务', '希望大家认真落实',
    ]);
  });

  test('Expand Selection: heading, its section, the enclosing sections; no range twice', () => {
    const chain = (source: string): string[] => {
      const { text, offset } = at(source);
      return selectionChain(parseSpeech(text), offset).map((range) => text.slice(range.start, range.end));
    };
    assert.deepEqual(chain(mark('明确任务', '明确$$CURSOR$$任务')), ['（一）明确任务', '（一）明确任务\n　　正文。', '二、强化落实\n（一）明确任务\n　　正文。']);
    // The point's heading is its lead sentence; its section runs to the next point.
    assert.deepEqual(chain(mark('提高认识', '提$$CURSOR$$高认识')).slice(0, 2), ['一是提高认识', '一是提高认识。']);
    // Past the heading, the chain starts at the section.
    assert.deepEqual(chain(mark('二、强化落实\n（一）明确任务\n　　正文。', '二、强化落实\n（一）明确任务\n　　正$$CURSOR$$文。')), ['（一）明确任务\n　　正文。', '二、强化落实\n（一）明确任务\n　　正文。']);
    assert.deepEqual(chain('正文$$CURSOR$$。'), []);
  });

  test('folding: one region per line, from the first node on it', () => {
    assert.deepEqual(foldingRegions(model), [
      { startLine: 2, endLine: 4 }, // 一、 (the points on line 3 share their line; 二是 runs on to line 4 but 一是 owns line 3)
      { startLine: 5, endLine: 7 },
      { startLine: 6, endLine: 7 },
    ]);
    assert.equal(foldingRegions(model, () => true), undefined);
  });

  test('folding regions on generated drafts: ascending distinct first lines, each spanning lines of its first node', () => {
    fc.assert(fc.property(draft, (text) => {
      const parsed = parseSpeech(text);
      const regions = foldingRegions(parsed)!;
      for (let i = 0; i < regions.length; i++) {
        const region = regions[i];
        assert.ok(region.endLine > region.startLine);
        assert.ok(i === 0 || regions[i - 1].startLine < region.startLine);
        const first = parsed.nodes.find((node) => node.line === region.startLine)!;
        assert.equal(first.endLine, region.endLine);
      }
    }), { numRuns: RUNS / 4 });
  });

  test('the problem a diagnostic shows: same code and exactly the same range', () => {
    const text = joinLines('一、甲', '三、乙', '（一）子', '（一）丑');
    const problems = checkNumbering(parseSpeech(text));
    const gap = problems.find((problem) => problem.code === 'numbering.gap')!;
    assert.equal(problemWithRange(problems, 'numbering.gap', { start: gap.start, end: gap.end }), gap);
    assert.equal(problemWithRange(problems, 'numbering.duplicate', { start: gap.start, end: gap.end }), undefined);
    assert.equal(problemWithRange(problems, 'numbering.gap', { start: gap.start, end: gap.end + 1 }), undefined);
  });
});
