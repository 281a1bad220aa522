// The corpus of real-world shapes (test/fixtures/real-world): each draft's outline must equal its
// expected table, correctly numbered drafts must check clean, and no edit may touch a sentence
// listed to keep. See the corpus's README for the table format.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { applyEdits, checkNumbering, parseSpeech, renumberEdits, type SpeechModel } from '../../src/core';

// The bundle runs from out/test/unit; the fixtures stay in the source tree.
const CORPUS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'real-world');

interface Expected {
  readonly rows: string[];
  readonly clean: boolean;
  readonly keep: string[];
}

function readExpected(file: string): Expected {
  const rows: string[] = [];
  const keep: string[] = [];
  let clean = false;
  for (const row of readFileSync(file, 'utf8').split('\n')) {
    if (row.startsWith('# check: clean')) {
      clean = true;
    } else if (row.startsWith('# keep: ')) {
      keep.push(row.slice('# keep: '.length));
    } else if (row.trim() !== '' && !row.startsWith('#')) {
      rows.push(row);
    }
  }
  return { rows, clean, keep };
}

/** The outline as the expected tables write it: `line | level | kind | name`, name indented by depth. */
function tableOf(model: SpeechModel): string[] {
  return model.nodes.map((node) => {
    let depth = 0;
    for (let parent = node.parent; parent; parent = parent.parent) {
      depth++;
    }
    return `${node.line + 1} | ${node.level} | ${node.kind} | ${'  '.repeat(depth)}${node.name}`;
  });
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

const drafts = readdirSync(CORPUS).filter((file) => file.endsWith('.txt')).sort();

describe('real-world corpus', () => {
  test('has at least twelve drafts, each with its expected outline', () => {
    assert.ok(drafts.length >= 12, `${drafts.length} drafts`);
  });

  for (const file of drafts) {
    const name = file.slice(0, -'.txt'.length);
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const expected = readExpected(join(CORPUS, `${name}.expected`));

    test(`${name}: the outline equals its table`, () => {
      assert.deepEqual(tableOf(parseSpeech(text)), expected.rows);
    });

    if (expected.clean) {
      test(`${name}: correctly numbered, so the check raises nothing and renumbering changes nothing`, () => {
        const model = parseSpeech(text);
        assert.deepEqual(checkNumbering(model).map((problem) => `${problem.code} ${problem.node.name}`), []);
        assert.deepEqual(renumberEdits(model), []);
        assert.deepEqual(renumberEdits(model, { unifyStyle: true }), []);
      });
    }

    test(`${name}: no edit touches a sentence it must keep`, () => {
      const model = parseSpeech(text);
      const edited = [
        applyEdits(text, renumberEdits(model)),
        applyEdits(text, renumberEdits(model, { unifyStyle: true })),
        ...checkNumbering(model).map((problem) => applyEdits(text, [problem.fix])),
      ];
      for (const sentence of expected.keep) {
        assert.ok(count(text, sentence) > 0, `fixture holds ${sentence}`);
        for (const result of edited) {
          assert.equal(count(result, sentence), count(text, sentence), sentence);
        }
      }
    });
  }
});
