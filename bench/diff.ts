// Differential check of two builds of the core: the outline of every input, node for node (kind,
// level, family, marker, ordinal, style, label, name, offsets, lines, flags, place in the tree),
// on the real-world corpus, the samples, generated drafts of many seeds and sizes, fast-check's
// draft generators and the hostile inputs; and updates after random edits against a full parse.
// For changes that must not change the outline (speed work): `npm run bench:diff [-- A B]`
// (default: main against the working tree). Exits 1 on the first differences (up to 10 shown).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { SpeechModel, SpeechNode } from '../src/core';
import { draft, rangeDraft, structuredDraft } from '../test/unit/arbitraries';
import { generateDraft, seededRandom } from './generate';
import { hostileInputs } from './lib/drafts';
import { loadCore, type CoreBuild } from './lib/builds';
import { repoRoot } from './lib/paths';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const [a, b] = args.length >= 2 ? args : ['main', 'worktree'];
const samples = Number(process.argv.includes('--quick') ? 500 : 4000);

/** Everything a node says, as one comparable string (styles by their characters: builds intern their own). */
function describe(model: SpeechModel): string[] {
  const index = new Map<SpeechNode, number>(model.nodes.map((node, i) => [node, i]));
  const out = model.nodes.map((node) => JSON.stringify([
    node.kind, node.level, node.family ?? null, node.marker, node.ordinal, node.style ? `${node.style.prefix}|${node.style.numeral}|${node.style.suffix}` : null,
    node.label, node.name, node.start, node.markerEnd, node.headingEnd, node.end, node.line, node.endLine, node.inline, node.nested,
    node.parent === undefined ? -1 : index.get(node.parent), node.children.map((child) => index.get(child)),
  ]));
  out.push(`roots ${model.roots.map((root) => index.get(root)).join(',')}; lines ${model.lines.lineCount}`);
  return out;
}

let checked = 0;
const failures: string[] = [];

function compare(what: string, text: string, left: SpeechModel, right: SpeechModel): void {
  checked++;
  const x = describe(left);
  const y = describe(right);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) {
      failures.push(`${what} (${text.length} chars): node ${i}\n  ${a}: ${x[i]}\n  ${b}: ${y[i]}\n  text: ${JSON.stringify(text.slice(0, 200))}`);
      return;
    }
  }
}

function check(what: string, text: string, left: CoreBuild, right: CoreBuild): void {
  compare(what, text, left.parseSpeech(text), right.parseSpeech(text));
}

/** Random edits of `text` (insertions, deletions, replacements near markers): right's update against left's parse. */
function checkUpdates(what: string, text: string, left: CoreBuild, right: CoreBuild, random: () => number, edits: number): void {
  const inserts = ['字', '。', '\n', '一、', '（二）', '一是', '；二是', '\n\n', '　　', '<BR>', '同志们：', '1.', '。一、'];
  let model = right.parseSpeech(text);
  let current = text;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (current.length + 1));
    const remove = random() < 0.4 ? Math.floor(random() * 12) : 0;
    const insert = random() < 0.8 ? inserts[Math.floor(random() * inserts.length)] : '';
    current = current.slice(0, at) + insert + current.slice(at + remove);
    model = right.updateSpeech(model, current);
    compare(`${what}, edit ${i + 1}`, current, left.parseSpeech(current), model);
  }
}

function files(dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(dir).filter((name) => pattern.test(name)).map((name) => join(dir, name));
  } catch {
    return [];
  }
}

function main(): number {
  const left = loadCore(a);
  const right = loadCore(b);
  const random = seededRandom(11);
  const fixtures = [
    ...files(join(repoRoot, 'test', 'fixtures', 'real-world'), /\.txt$/),
    ...files(join(repoRoot, 'samples'), /\.(speech|txt)$/),
    ...files(join(repoRoot, 'test', 'web'), /\.(speech|txt)$/),
  ];
  for (const file of fixtures) {
    const text = readFileSync(file, 'utf8');
    check(file, text, left, right);
    checkUpdates(file, text, left, right, random, 30);
  }
  for (let seed = 1; seed <= 40; seed++) {
    const text = generateDraft({ bytes: 2_000 + seed * 1_500, seed });
    check(`generated seed ${seed}`, text, left, right);
    if (seed <= 10) {
      checkUpdates(`generated seed ${seed}`, text, left, right, random, 20);
    }
  }
  for (const input of hostileInputs()) {
    check(`hostile ${input.id}`, input.base.bytes.toString('utf8'), left, right);
  }
  const generators: [string, fc.Arbitrary<string>][] = [['draft', draft], ['rangeDraft', rangeDraft.map((d) => d.text)], ['structuredDraft', structuredDraft]];
  for (const [name, arbitrary] of generators) {
    fc.sample(arbitrary, { numRuns: samples, seed: 42 }).forEach((text, i) => {
      check(`${name} #${i}`, text, left, right);
      if (i < samples / 20) {
        checkUpdates(`${name} #${i}`, text, left, right, random, 3);
      }
    });
  }
  for (const failure of failures.slice(0, 10)) {
    console.log(failure);
  }
  console.log(`${a} vs ${b}: ${checked} outlines compared, ${failures.length} differ (${fixtures.length} files, 40 generated drafts, hostile inputs, ${samples} drafts of each generator, updates after random edits)`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main();
