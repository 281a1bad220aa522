// Properties of restructuring on generated drafts: moves and level changes undo exactly, change
// no character other than marker numerals (or the markers of the headings that change level),
// never throw on any input, and composing edits equals applying them in turn.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  NodeIdentities,
  applyEdits,
  composeEdits,
  demoteSection,
  dropSection,
  moveSection,
  parseSpeech,
  promoteSection,
  type SpeechModel,
  type SpeechNode,
  type TextEdit,
} from '../../src/core';
import { draft, structuredDraft } from './arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000) / 4;

/** The first node that starts on `line`. */
function nodeOnLine(model: SpeechModel, line: number): SpeechNode | undefined {
  return model.nodes.find((node) => node.line === line);
}

/** A draft and one of its headings or points (by index). */
const draftAndSection = fc.tuple(structuredDraft, fc.nat()).map(([text, pick]) => ({ text, pick }));

function pickSection({ text, pick }: { text: string; pick: number }): { text: string; model: SpeechModel; node: SpeechNode | undefined } {
  const model = parseSpeech(text);
  const movable = model.nodes.filter((node) => node.kind === 'heading' || node.kind === 'point');
  return { text, model, node: movable.length > 0 ? movable[pick % movable.length] : undefined };
}

/** The characters of a text as a sorted string, leaving out the markers' numerals (or whole markers of `whole` nodes). */
function charactersBesideMarkers(model: SpeechModel, whole: (node: SpeechNode) => boolean): string {
  const cut: { start: number; end: number }[] = [];
  for (const node of model.nodes) {
    if (node.style === undefined || (node.kind !== 'heading' && node.kind !== 'point')) continue;
    cut.push(whole(node) ? { start: node.start, end: node.markerEnd } : { start: node.start + node.style.prefix.length, end: node.markerEnd - node.style.suffix.length });
  }
  const kept = applyEdits(model.text, cut.map((range) => ({ ...range, newText: '' })));
  return [...kept].sort().join('');
}

describe('properties of restructuring', () => {
  test('a move followed by the opposite move restores the text exactly', () => {
    fc.assert(fc.property(draftAndSection, fc.constantFrom('up', 'down') as fc.Arbitrary<'up' | 'down'>, (drawn, direction) => {
      const { text, model, node } = pickSection(drawn);
      fc.pre(node !== undefined);
      const moved = moveSection(model, node!, direction);
      fc.pre(moved.ok);
      assert.ok(moved.ok);
      assert.equal(applyEdits(text, moved.edits), moved.text);
      const after = parseSpeech(moved.text);
      const back = moveSection(after, nodeOnLine(after, moved.line)!, direction === 'up' ? 'down' : 'up');
      assert.ok(back.ok, `the opposite move is refused: ${back.ok ? '' : back.reason}\n${moved.text}`);
      assert.equal(back.text, text);
    }), { numRuns: RUNS });
  });

  test('demote then promote restores the text where both are allowed', () => {
    fc.assert(fc.property(draftAndSection, (drawn) => {
      const { text, model, node } = pickSection(drawn);
      fc.pre(node !== undefined);
      const demoted = demoteSection(model, node!);
      fc.pre(demoted.ok);
      assert.ok(demoted.ok);
      const after = parseSpeech(demoted.text);
      const back = promoteSection(after, nodeOnLine(after, demoted.line)!);
      fc.pre(back.ok);
      assert.ok(back.ok);
      assert.equal(back.text, text);
    }), { numRuns: RUNS });
  });

  test('a move adds or loses no character other than marker numerals', () => {
    fc.assert(fc.property(draftAndSection, fc.constantFrom('up', 'down') as fc.Arbitrary<'up' | 'down'>, (drawn, direction) => {
      const { model, node } = pickSection(drawn);
      fc.pre(node !== undefined);
      const moved = moveSection(model, node!, direction);
      fc.pre(moved.ok);
      assert.ok(moved.ok);
      assert.equal(charactersBesideMarkers(parseSpeech(moved.text), () => false), charactersBesideMarkers(model, () => false));
    }), { numRuns: RUNS });
  });

  test('promote and demote change no character outside the markers of headings', () => {
    fc.assert(fc.property(draftAndSection, fc.boolean(), (drawn, promote) => {
      const { model, node } = pickSection(drawn);
      fc.pre(node !== undefined);
      const result = promote ? promoteSection(model, node!) : demoteSection(model, node!);
      fc.pre(result.ok);
      assert.ok(result.ok);
      const isHeading = (candidate: SpeechNode): boolean => candidate.kind === 'heading';
      assert.equal(charactersBesideMarkers(parseSpeech(result.text), isHeading), charactersBesideMarkers(model, isHeading));
    }), { numRuns: RUNS });
  });

  test('on any draft, every command either refuses or changes only marker numerals and line order', () => {
    fc.assert(fc.property(draft, fc.nat(), fc.nat(), fc.constantFrom('up', 'down', 'promote', 'demote', 'drop'), (text, pick, pickTarget, command) => {
      const model = parseSpeech(text);
      const nodes = model.nodes;
      fc.pre(nodes.length > 0);
      const node = nodes[pick % nodes.length];
      const result = command === 'up' || command === 'down' ? moveSection(model, node, command)
        : command === 'promote' ? promoteSection(model, node)
          : command === 'demote' ? demoteSection(model, node)
            : dropSection(model, node, pickTarget % (nodes.length + 1) === nodes.length ? undefined : nodes[pickTarget % (nodes.length + 1)]);
      if (!result.ok) return;
      assert.equal(applyEdits(text, result.edits), result.text);
      const isHeading = (candidate: SpeechNode): boolean => candidate.kind === 'heading' && command !== 'up' && command !== 'down';
      assert.equal(charactersBesideMarkers(parseSpeech(result.text), isHeading), charactersBesideMarkers(model, isHeading));
    }), { numRuns: RUNS });
  });
});

/** Random non-overlapping edits on a text. */
function editsOn(text: string): fc.Arbitrary<TextEdit[]> {
  return fc.array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 4 }), fc.constantFrom('', '一', '二、', '\n', 'ab')), { maxLength: 5 }).map((raw) => {
    const edits: TextEdit[] = [];
    let after = 0;
    for (const [start, length, newText] of [...raw].sort((a, b) => a[0] - b[0])) {
      if (start < after) continue;
      const end = Math.min(text.length, start + length);
      edits.push({ start, end, newText });
      after = end === start ? end + 1 : end;
    }
    return edits;
  });
}

describe('properties of composing edits', () => {
  test('composed edits equal applying each round in turn', () => {
    const rounds = fc.string({ maxLength: 30 }).chain((text) => editsOn(text).chain((first) => {
      const middle = applyEdits(text, first);
      return editsOn(middle).chain((second) => {
        const last = applyEdits(middle, second);
        return editsOn(last).map((third) => ({ text, rounds: [first, second, third], result: applyEdits(last, third) }));
      });
    }));
    fc.assert(fc.property(rounds, ({ text, rounds: steps, result }) => {
      const composed = composeEdits(text, steps);
      assert.equal(applyEdits(text, composed), result);
      for (const edit of composed) {
        assert.ok(edit.newText.length > 0 || edit.end > edit.start, 'no empty edit');
      }
    }), { numRuns: RUNS * 2 });
  });
});

describe('properties of node identities', () => {
  test('a move keeps every node\'s identity', () => {
    fc.assert(fc.property(draftAndSection, (drawn) => {
      const { model, node } = pickSection(drawn);
      fc.pre(node !== undefined);
      const moved = moveSection(model, node!, 'up');
      fc.pre(moved.ok);
      assert.ok(moved.ok);
      const identities = new NodeIdentities();
      identities.update(model);
      const before = new Map(model.nodes.map((original) => [`${original.kind}|${original.label}|${original.level}`, identities.id(original)]));
      const after = parseSpeech(moved.text);
      identities.update(after);
      const unique = new Set(model.nodes.map((original) => `${original.kind}|${original.label}|${original.level}`)).size === model.nodes.length;
      fc.pre(unique);
      for (const moved of after.nodes) {
        assert.equal(identities.id(moved), before.get(`${moved.kind}|${moved.label}|${moved.level}`));
      }
    }), { numRuns: RUNS / 2 });
  });
});
