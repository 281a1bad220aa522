// The pieces restructuring is built from: section blocks, composed edits, scoped renumbering, heading
// styles at another level, and node identities across versions.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  NodeIdentities,
  applyEdits,
  composeEdits,
  formatMarker,
  parseSpeech,
  renumberSequencesOf,
  sectionBlock,
  styleAtLevel,
  type SpeechModel,
} from '../../src/core';
import { joinLines } from './helpers';

const nodeNamed = (model: SpeechModel, name: string) => model.nodes.find((node) => node.name === name)!;

describe('section blocks', () => {
  const text = joinLines('一、甲', '正文。', '', '', '二、乙', '　　一是子。二是子。', '三、丙');
  const model = parseSpeech(text);

  test('a block runs from the heading line over its subtree and the blank lines after it', () => {
    const block = sectionBlock(model, nodeNamed(model, '一、甲'))!;
    assert.equal(text.slice(block.start, block.end), '一、甲\n正文。\n\n\n');
    assert.deepEqual([block.startLine, block.endLine], [0, 4]);
  });

  test('the last block reaches the end of the text', () => {
    const block = sectionBlock(model, nodeNamed(model, '三、丙'))!;
    assert.equal(block.end, text.length);
  });

  test('a point that shares its line has no block', () => {
    assert.equal(sectionBlock(model, nodeNamed(model, '一是子')), undefined);
    assert.equal(sectionBlock(model, nodeNamed(model, '二是子')), undefined);
  });

  test('a BOM stays out of the first block', () => {
    const bom = parseSpeech('\ufeff一、甲\n二、乙');
    assert.equal(sectionBlock(bom, bom.nodes[0])!.start, 1);
  });
});

describe('composing edits', () => {
  test('a second round inside the first round\'s new text merges into it; others map back', () => {
    const text = 'abcdef';
    const first = [{ start: 1, end: 2, newText: 'XY' }, { start: 4, end: 4, newText: '!' }];
    const middle = applyEdits(text, first); // aXYcd!ef
    const second = [{ start: 2, end: 3, newText: 'Z' }, { start: 7, end: 8, newText: 'G' }];
    const composed = composeEdits(text, [first, second]);
    assert.equal(applyEdits(text, composed), applyEdits(middle, second));
    assert.deepEqual(composed, [{ start: 1, end: 2, newText: 'XZ' }, { start: 4, end: 4, newText: '!' }, { start: 5, end: 6, newText: 'G' }]);
  });

  test('edits are trimmed to what changes, and no-ops drop out', () => {
    assert.deepEqual(composeEdits('一、甲', [[{ start: 0, end: 3, newText: '二、甲' }]]), [{ start: 0, end: 1, newText: '二' }]);
    assert.deepEqual(composeEdits('abc', [[{ start: 0, end: 3, newText: 'abc' }]]), []);
  });
});

describe('scoped renumbering', () => {
  test('only the sequences of the given nodes are renumbered', () => {
    const text = joinLines('一、甲', '（一）子', '（三）子', '三、乙', '1.孙', '3.孙');
    const model = parseSpeech(text);
    const edits = renumberSequencesOf(model, [nodeNamed(model, '三、乙')]);
    assert.equal(applyEdits(text, edits), joinLines('一、甲', '（一）子', '（三）子', '二、乙', '1.孙', '3.孙'));
  });

  test('首先/其次 are words: nothing to renumber', () => {
    const model = parseSpeech(joinLines('其次，甲。', '首先，乙。'));
    assert.deepEqual(renumberSequencesOf(model, model.nodes), []);
  });
});

describe('heading styles at another level', () => {
  const styleOf = (marker: string) => parseSpeech(`${marker}标题`).nodes[0].style!;
  const table: [string, number, string][] = [
    ['一、', 2, '（一）'], ['（一）', 3, '1.'], ['1.', 4, '（1）'], ['（1）', 3, '1.'], ['1.', 2, '（一）'], ['（一）', 1, '一、'],
    ['(一)', 4, '(1)'], ['１．', 4, '（１）'], ['⑴', 3, '1.'],
  ];
  for (const [marker, level, expected] of table) {
    test(`${marker} at level ${level} is ${expected}`, () => assert.equal(formatMarker(styleAtLevel(styleOf(marker), level)!, 1), expected));
  }

  test('a section\'s series wins over a style only the standard series has', () => {
    assert.equal(formatMarker(styleAtLevel(styleOf('1.'), 4, [styleOf('(一)')])!, 1), '(1)');
  });
});

describe('node identities', () => {
  test('renumbering, moving and retyping a heading keep ids; a new node gets a new one', () => {
    const identities = new NodeIdentities();
    const first = parseSpeech(joinLines('一、甲', '（一）子', '二、乙'));
    identities.update(first);
    const ids = first.nodes.map((node) => identities.id(node));
    assert.equal(new Set(ids).size, 3);

    const renumbered = parseSpeech(joinLines('一、乙', '二、甲', '（一）子'));
    identities.update(renumbered);
    assert.equal(identities.id(nodeNamed(renumbered, '一、乙')), ids[2]);
    assert.equal(identities.id(nodeNamed(renumbered, '二、甲')), ids[0]);
    assert.equal(identities.id(nodeNamed(renumbered, '（一）子')), ids[1]);

    const retyped = parseSpeech(joinLines('一、乙方', '二、甲', '（一）子', '三、丙'));
    identities.update(retyped);
    assert.equal(identities.id(nodeNamed(retyped, '一、乙方')), ids[2], 'same place, text edited');
    assert.equal(identities.node(ids[0]), nodeNamed(retyped, '二、甲'));
    assert.ok(!ids.includes(identities.id(nodeNamed(retyped, '三、丙'))));
  });
});
