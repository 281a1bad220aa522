// Properties over random genre-biased drafts (fast-check). Case counts are sized for a 2-core CI.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  STRUCTURAL_CODES,
  applyEdits,
  checkNumbering,
  isChineseNumeralChar,
  isDigit,
  enclosedNumberValue,
  mapOutline,
  outlineToJson,
  parseSpeech,
  renumberEdits,
  updateSpeech,
  type SpeechModel,
  type SpeechNode,
} from '../../src/core';
import { generateDraft } from '../../bench/generate';
import { draft, draftLines, pointParagraphs, rangeDraft } from './arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

function isNumeralText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isChineseNumeralChar(code) && !isDigit(code) && enclosedNumberValue(code) === 0) {
      return false;
    }
  }
  return true;
}

/** VS Code's rule for document symbols, and the tree's own invariants. */
function assertWellFormed(model: SpeechModel, text: string): void {
  let previousStart = -1;
  for (const node of model.nodes) {
    assert.ok(0 <= node.start && node.start <= node.markerEnd && node.markerEnd <= node.headingEnd && node.headingEnd <= node.end && node.end <= text.length, `ranges of ${node.name}`);
    assert.ok(node.start >= previousStart, 'document order');
    previousStart = node.start;
    assert.ok(node.line <= node.endLine && node.endLine < model.lines.lineCount);
    let siblingEnd = node.start;
    for (const child of node.children) {
      assert.equal(child.parent, node);
      assert.ok(child.start >= siblingEnd, 'children ordered and not overlapping');
      assert.ok(child.end <= node.end, 'child inside parent');
      siblingEnd = child.end;
    }
  }
}

describe('properties of the model', () => {
  test('parsing never throws, is deterministic, and gives well-formed ranges', () => {
    fc.assert(fc.property(draft, (text) => {
      const model = parseSpeech(text);
      assertWellFormed(model, text);
      assert.deepEqual(outlineToJson(parseSpeech(text)), outlineToJson(model));
    }), { numRuns: RUNS });
  });

  test('paragraphs on lines or collapsed into one line at their lost indent give the same outline', () => {
    const shape = (text: string): string[] => parseSpeech(text).nodes.map((node) => `${node.parent ? node.parent.name : '-'} > ${node.name}`);
    fc.assert(fc.property(pointParagraphs, fc.constantFrom('　　', '<P>', '&nbsp;&nbsp;'), (paragraphs, indent) => {
      assert.deepEqual(shape('同志们：' + indent + paragraphs.join(indent)), shape(['同志们：', ...paragraphs].join('\n')));
    }), { numRuns: RUNS / 2 });
  });

  test('the same lines with LF, CRLF or CR give the same outline', () => {
    fc.assert(fc.property(draftLines, (lines) => {
      const lf = outlineToJson(parseSpeech(lines.join('\n')));
      assert.deepEqual(outlineToJson(parseSpeech(lines.join('\r\n'))), lf);
      assert.deepEqual(outlineToJson(parseSpeech(lines.join('\r'))), lf);
    }), { numRuns: RUNS / 2 });
  });
});

interface Capped {
  readonly name: string;
  readonly children: Capped[];
}

/** The cap as first written: a breadth-first build that stops after `limit` nodes. */
function cappedBreadthFirst(model: SpeechModel, limit: number): Capped[] {
  const roots: Capped[] = [];
  const queue: { node: SpeechNode; into: Capped[] }[] = model.roots.map((node) => ({ node, into: roots }));
  for (let head = 0; head < queue.length && head < limit; head++) {
    const item: Capped = { name: queue[head].node.name, children: [] };
    queue[head].into.push(item);
    for (const child of queue[head].node.children) queue.push({ node: child, into: item.children });
  }
  return roots;
}

describe('properties of the capped outline', () => {
  test('mapOutline keeps exactly the nodes a breadth-first walk meets first, in document order', () => {
    fc.assert(fc.property(draft, fc.nat(40), (text, limit) => {
      const model = parseSpeech(text);
      const make = (node: SpeechNode): Capped => ({ name: node.name, children: [] });
      assert.deepEqual(mapOutline(model, make, limit), cappedBreadthFirst(model, limit));
      assert.deepEqual(mapOutline(model, make), cappedBreadthFirst(model, Infinity));
    }), { numRuns: RUNS / 2 });
  });

  test('mapOutline stops when cancelled', () => {
    const model = parseSpeech(generateDraft({ bytes: 40_000, seed: 7 }));
    let asked = 0;
    assert.equal(mapOutline(model, (node) => ({ name: node.name, children: [] as Capped[] }), Infinity, () => ++asked > 0), undefined);
    assert.equal(asked, 1);
  });
});

describe('properties of renumbering', () => {
  test('changes only numerals, leaves no structural problem, and is idempotent', () => {
    fc.assert(fc.property(draft, (text) => {
      const edits = renumberEdits(parseSpeech(text));
      for (const edit of edits) {
        assert.ok(isNumeralText(text.slice(edit.start, edit.end)) && isNumeralText(edit.newText), `only numerals: ${JSON.stringify(edit)}`);
      }
      const once = applyEdits(text, edits);
      const model = parseSpeech(once);
      const structural = checkNumbering(model).filter((problem) => STRUCTURAL_CODES.includes(problem.code));
      assert.deepEqual(structural.map((problem) => `${problem.code} ${problem.node.name}`), []);
      assert.deepEqual(renumberEdits(model), []);
    }), { numRuns: RUNS });
  });

  test('with style unification it is still idempotent and only touches markers', () => {
    fc.assert(fc.property(draft, (text) => {
      const model = parseSpeech(text);
      const markers = model.nodes.map((node) => [node.start, node.markerEnd]);
      for (const edit of renumberEdits(model, { unifyStyle: true })) {
        assert.ok(markers.some(([start, end]) => start <= edit.start && edit.end <= end), 'inside a marker');
      }
      const once = applyEdits(text, renumberEdits(model, { unifyStyle: true }));
      assert.deepEqual(renumberEdits(parseSpeech(once), { unifyStyle: true }), []);
    }), { numRuns: RUNS / 2 });
  });
});

describe('properties of number ranges (三、四月份, 一、二季度, 七、八十年代…)', () => {
  test('a sentence opening in a number range is never structure, and no edit touches it', () => {
    fc.assert(fc.property(rangeDraft, ({ text, ranges }) => {
      const model = parseSpeech(text);
      const overlaps = (start: number, end: number): boolean => ranges.some(([from, to]) => start < to && from < end);
      for (const node of model.nodes) {
        assert.ok(!overlaps(node.start, node.markerEnd), `a marker inside a range sentence: ${node.name}`);
      }
      const edits = [
        ...renumberEdits(model),
        ...renumberEdits(model, { unifyStyle: true }),
        ...checkNumbering(model).map((problem) => problem.fix),
      ];
      for (const edit of edits) {
        assert.ok(!overlaps(edit.start, Math.max(edit.end, edit.start + 1)), `an edit inside a range sentence: ${JSON.stringify(edit)}`);
      }
      const renumbered = applyEdits(text, renumberEdits(model));
      const after = parseSpeech(renumbered);
      assert.deepEqual(renumberEdits(after), []);
    }), { numRuns: RUNS });
  });
});

/** Every field of every node, for comparing two models exactly. */
function snapshot(model: SpeechModel): unknown[] {
  return model.nodes.map((node) => [node.kind, node.level, node.family, node.ordinal, node.style, node.name, node.start, node.markerEnd, node.headingEnd, node.end, node.line, node.endLine, node.inline, node.parent?.start, node.children.length]);
}

describe('properties of incremental updates', () => {
  const edit = fc.tuple(draft, fc.nat(), fc.nat(), draftLines.map((lines) => lines.join('\n')));

  test('updating a model after any edit equals parsing the new text', () => {
    fc.assert(fc.property(edit, fc.boolean(), ([text, a, b, inserted], twice) => {
      const start = text.length === 0 ? 0 : a % (text.length + 1);
      const end = Math.min(text.length, start + (b % 50));
      const next = text.slice(0, start) + inserted.slice(0, 1 + (b % 40)) + text.slice(end);
      const previous = parseSpeech(text);
      const before = snapshot(previous);
      let model = updateSpeech(previous, next);
      assert.deepEqual(snapshot(model), snapshot(parseSpeech(next)));
      // The previous model is left as it was: a consumer may still hold it.
      assert.deepEqual(snapshot(previous), before);
      assert.equal(previous.text, text);
      if (twice) {
        // A second edit on the updated model (typing goes on).
        const again = next.slice(0, start) + next.slice(start + 1);
        model = updateSpeech(model, again);
        assert.deepEqual(snapshot(model), snapshot(parseSpeech(again)));
      }
    }), { numRuns: RUNS });
  });
});

describe('incremental updates on a long generated draft', () => {
  const base = generateDraft({ bytes: 20_000, seed: 7 });
  const piece = fc.constantFrom('一、', '（二）', '3.', '一是', '二要', '第三，', '首先，', '。', '：', '\n', '\n\n', '同志们：', '\n在会议上的讲话\n同志们：\n', '希望', '----------\n', '甲', '',
    '三、四月份', '一、2025年', '二是一些', '<BR>', '&nbsp;', '　　', '，一是', '第一点，', '其一，', '\n- 3 -\n', '最后，', '提升\n', '\n附件：1.任务分工\n', '\n2.考核办法', '附件：', '……………12', '\n目录\n');

  test('a run of edits anywhere, each update equals a full parse', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), piece), { minLength: 1, maxLength: 15 }), (edits) => {
      let text = base;
      let model = parseSpeech(text);
      for (const [at, length, inserted] of edits) {
        const start = at % (text.length + 1);
        text = text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + length));
        model = updateSpeech(model, text);
        assert.deepEqual(snapshot(model), snapshot(parseSpeech(text)));
      }
    }), { numRuns: Math.max(20, RUNS / 20) });
  });
});
