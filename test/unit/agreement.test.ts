// Completion and the numbering checks agree: for every numbered sibling sequence, the marker that
// completion offers next (on a new line after the sequence's last member) is exactly what the
// checks accept there, in the style they ask for; and any other way of writing that number there
// is a problem. Stated on the drafts of the unit tables and on generated drafts.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  applyEdits,
  checkNumbering,
  formatMarker,
  grammarRow,
  MARKER_GRAMMAR,
  nextMarkers,
  parseSpeech,
  renumberEdits,
  sequenceOf,
  siblingSequences,
  STRUCTURAL_CODES,
  type MarkerRow,
  type SpeechModel,
  type SpeechNode,
} from '../../src/core';
import { generateDraft } from '../../bench/generate';
import { draft } from './arbitraries';
import { joinLines } from './helpers';
import { INSIDE_A_PARAGRAPH, NEXT_AT_PARAGRAPH_START, NUMBERING_TABLE, SIBLING_STYLE } from './tables';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
const BODY = '落实。';

/** The node of `model` that starts at `offset`, if any (nodes are in document order). */
function nodeAt(model: SpeechModel, offset: number): SpeechNode | undefined {
  return model.nodes.find((node) => node.start === offset);
}

/**
 * Checks one sequence, given by its last member `last`: returns a description of what went wrong,
 * or undefined when completion and the checks agree; 'skip' when the section's line goes on.
 */
function agreement(text: string, last: SpeechNode): string | undefined | 'skip' {
  // An empty line right after the member's section, and the cursor on it. (When other text
  // follows the section on its line, a new line there would change what comes before the cursor.)
  const at = last.end;
  const lineEnd = text.slice(at).search(/[\r\n]|$/) + at;
  if (text.slice(at, lineEnd).trim() !== '') {
    return 'skip';
  }
  const withLine = text.slice(0, at) + '\n\n' + text.slice(at);
  const cursor = at + 1;
  const context = nextMarkers(parseSpeech(withLine), withLine, cursor);
  const offered = (context?.candidates ?? []).filter((candidate) => candidate.relation === 'next' && candidate.previous?.start === last.start);
  if (offered.length === 0) {
    // Only past the largest number the parser reads in the style (三十一要) may nothing be offered.
    const style = last.style!;
    const row = grammarRow(style);
    return row !== undefined && last.ordinal + 1 > row.maxOrdinal ? undefined : `nothing offered after ${last.name}`;
  }
  if (offered.length > 1) {
    return `${offered.length} continuations offered after ${last.name}: ${offered.map((candidate) => candidate.marker).join(' ')}`;
  }
  const [candidate] = offered;
  const before = verdicts(parseSpeech(withLine), cursor);
  const verdict = (marker: string): { joins: boolean; verdicts: string; own: string[] } => {
    const model = parseSpeech(withLine.slice(0, cursor) + marker + BODY + withLine.slice(cursor));
    const node = nodeAt(model, cursor);
    const previous = nodeAt(model, last.start);
    const joins = node !== undefined && node.marker === marker && previous !== undefined && sequenceOf(model, node) === sequenceOf(model, previous);
    const own = checkNumbering(model).filter((problem) => problem.start === cursor).map((problem) => `${problem.code} ${problem.expected}`);
    return { joins, verdicts: verdicts(model, cursor), own };
  };
  const accepted = verdict(candidate.marker);
  if (!accepted.joins) {
    return `${candidate.marker} after ${last.name} does not continue its sequence`;
  }
  if (accepted.own.length > 0 || accepted.verdicts !== before) {
    return `${candidate.marker} after ${last.name}: ${accepted.own.join(', ')} ${accepted.verdicts} (before: ${before})`;
  }
  // Exactly: the same number written in any other style of the grammar that continues the
  // sequence is a problem, or changes the checks' verdict on its earlier members.
  for (const row of MARKER_GRAMMAR) {
    if (row.style === candidate.style || !isFirstRowOf(row) || row.kind !== candidate.kind || row.family !== candidate.family ||
      (row.kind === 'heading' && row.level !== candidate.level) || candidate.ordinal > row.maxOrdinal) {
      continue;
    }
    const other = formatMarker(row.style, candidate.ordinal);
    const result = verdict(other);
    if (result.joins && result.own.length === 0 && result.verdicts === before) {
      return `${other} after ${last.name} is accepted, though completion offers ${candidate.marker}`;
    }
  }
  return undefined;
}

/** True for the first row of the grammar with its style (series share some styles). */
function isFirstRowOf(row: MarkerRow): boolean {
  return MARKER_GRAMMAR.find((other) => other.style === row.style) === row;
}

/** The checks' verdicts on the text before `offset`, one line. */
function verdicts(model: SpeechModel, offset: number): string {
  return checkNumbering(model).filter((problem) => problem.start < offset).map((problem) => `${problem.start}:${problem.code}:${problem.expected}`).join(' ');
}

/**
 * Every disagreement in a draft, over its numbered sequences without structural problems (at most
 * `limit` of them, spread over the draft: each costs a few parses of the whole draft).
 */
function disagreements(text: string, limit = Infinity): string[] {
  const model = parseSpeech(text);
  const structural = new Set(checkNumbering(model).filter((problem) => STRUCTURAL_CODES.includes(problem.code)).map((problem) => problem.node));
  const out: string[] = [];
  // A series restarted inside a point (nested) goes on only inside its paragraph: a new line after
  // it continues the outer series, which the test of that series covers.
  const checked = siblingSequences(model).filter((sequence) => sequence.numbered && !sequence.members.some((member) => structural.has(member) || member.nested));
  const step = Math.max(1, Math.ceil(checked.length / limit));
  for (let i = 0; i < checked.length; i += step) {
    const sequence = checked[i];
    const problem = agreement(text, sequence.members[sequence.members.length - 1]);
    if (problem !== undefined && problem !== 'skip') {
      out.push(problem);
    }
  }
  return out;
}

/** The draft, and the draft with its numbering fixed (so that every sequence is checked). */
function versions(text: string): string[] {
  return [text, applyEdits(text, renumberEdits(parseSpeech(text)))];
}

describe('completion offers exactly what the checks accept', () => {
  const tables = [...NEXT_AT_PARAGRAPH_START, ...SIBLING_STYLE, ...INSIDE_A_PARAGRAPH].map(([what, source]) => [what, source.replace('$$CURSOR$$', '')]);
  for (const [what, source] of [...tables, ...NUMBERING_TABLE]) {
    test(`unit table: ${what}`, () => {
      for (const text of versions(source)) {
        assert.deepEqual(disagreements(text), []);
      }
    });
  }

  test('a tie between two styles: the check asks for the earliest, and completion offers it', () => {
    const text = joinLines('（一）甲。', '(二)乙。');
    const problems = checkNumbering(parseSpeech(text));
    assert.deepEqual(problems.map((problem) => `${problem.code} ${problem.expected}`), ['numbering.style （二）']);
    const withCursor = text + '\n';
    const context = nextMarkers(parseSpeech(withCursor), withCursor, withCursor.length);
    assert.equal(context?.candidates[0].marker, '（三）');
    assert.deepEqual(disagreements(text), []);
  });

  test('a series restarted inside a point: continued inside its paragraph, the outer series on a new line', () => {
    const text = '一是甲。二是乙：一是丙；二是丁。';
    const inline = nextMarkers(parseSpeech(text), text, text.length);
    assert.equal(inline?.candidates[0].marker, '三是');
    assert.equal(inline?.candidates[0].previous?.name, '二是丁');
    const withLine = text + '\n';
    const next = nextMarkers(parseSpeech(withLine), withLine, withLine.length);
    assert.equal(next?.candidates[0].marker, '三是');
    assert.equal(next?.candidates[0].previous?.name, '二是乙');
  });

  test('a point continuing a list in another family: completion continues the list', () => {
    const text = '一要甲。二是乙。';
    const context = nextMarkers(parseSpeech(text + '\n'), text + '\n', text.length + 1);
    assert.equal(context?.candidates[0].marker, '三要');
    assert.deepEqual(disagreements(text), []);
  });

  test('after a closing mark the completion offers a point only where the parser reads one', () => {
    for (const closing of ['”', '）', '】', '》', '〉']) {
      const text = `一是甲。${closing}`;
      const offered = nextMarkers(parseSpeech(text), text, text.length)?.candidates.map((candidate) => candidate.marker) ?? [];
      assert.ok(offered.includes('二是'), `二是 after ${closing}`);
      assert.equal(parseSpeech(text + '二是乙。').nodes.length, 2, `the parser reads 二是 after ${closing}`);
    }
  });

  test('on a long generated draft', () => {
    for (const text of versions(generateDraft({ bytes: 20_000, seed: 11 }))) {
      assert.deepEqual(disagreements(text, 60), []);
    }
  });

  test('on generated drafts', () => {
    fc.assert(fc.property(draft, (text) => {
      for (const version of versions(text)) {
        assert.deepEqual(disagreements(version, 6), []);
      }
    }), { numRuns: Math.max(50, RUNS / 10) });
  });
});
