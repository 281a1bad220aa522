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
  outlineToJson,
  parseSpeech,
  renumberEdits,
  type SpeechModel,
} from '../../src/core';
import { draft, draftLines } from './arbitraries';

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

  test('the same lines with LF, CRLF or CR give the same outline', () => {
    fc.assert(fc.property(draftLines, (lines) => {
      const lf = outlineToJson(parseSpeech(lines.join('\n')));
      assert.deepEqual(outlineToJson(parseSpeech(lines.join('\r\n'))), lf);
      assert.deepEqual(outlineToJson(parseSpeech(lines.join('\r'))), lf);
    }), { numRuns: RUNS / 2 });
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
