// The cleanup benchmark: `npm run bench:cleanup`. cleanText on a generated 1 MB and 5 MB draft and
// on hostile megabyte lines (tags, ideographic spaces, half-width punctuation), against baselines
// measured in the same interleaved rounds: splitting the text into lines and parsing it
// (parseSpeech). Prints figures and ratios; never fails on a timing.
//
// Usage: node out/bench/cleanup.js [--quick]

import { cleanText, parseSpeech } from '../src/core';
import { DRAFT_SIZES, generatedDrafts } from './lib/drafts';
import { ratioRange, table, timing } from './lib/format';
import { pairedRatio, runInterleaved, type TimedCase } from './lib/stats';

const quick = process.argv.includes('--quick');
let sink = 0;

async function main(): Promise<void> {
  const inputs: [string, string][] = [];
  for (const size of DRAFT_SIZES.filter((s) => s.label === '1 MB' || s.label === '5 MB')) {
    inputs.push([`draft ${size.label}`, generatedDrafts(size).speech.bytes.toString('utf8')]);
  }
  inputs.push(
    ['1 MB of <p>', '<p>'.repeat(350_000)],
    ['1 MB of <p without >', '<p '.repeat(350_000)],
    ['1 MB of U+3000', '\u3000'.repeat(1_000_000)],
    ['1 MB of 甲　　', '甲\u3000\u3000'.repeat(330_000)],
    ['1 MB of , . : ; ? ! ( )', ',.:;?!()'.repeat(130_000)],
    ['1 MB of 甲,', '甲,'.repeat(500_000)],
  );
  const cases: TimedCase[] = [];
  for (const [label, text] of inputs) {
    cases.push(
      { id: `lines:${label}`, run: (n) => { for (let i = 0; i < n; i++) sink += text.split('\n').length; } },
      { id: `parse:${label}`, run: (n) => { for (let i = 0; i < n; i++) sink += parseSpeech(text).nodes.length; } },
      { id: `clean:${label}`, run: (n) => { for (let i = 0; i < n; i++) sink += cleanText(text).text.length; } },
    );
  }
  process.stdout.write(`timing ${cases.length} cases …`);
  const results = await runInterleaved(cases, { rounds: quick ? 3 : 7, minSampleMs: quick ? 5 : 20, onRound: (round) => process.stdout.write(` ${round}`) });
  console.log(' done\n');
  const get = (what: string, label: string) => results.get(`${what}:${label}`)!;
  console.log(table(['input', 'lines', 'parse', 'clean', 'clean / lines', 'clean / parse'], inputs.map(([label]) => [
    label, timing(get('lines', label)), timing(get('parse', label)), timing(get('clean', label)),
    ratioRange(pairedRatio(get('clean', label), get('lines', label))), ratioRange(pairedRatio(get('clean', label), get('parse', label))),
  ])));
  console.log(`\nclean 5 MB / 1 MB: ${(get('clean', 'draft 5 MB').median / get('clean', 'draft 1 MB').median).toFixed(2)} (linear ≈ 5)`);
  if (sink === 42) console.log('');
}

void main();
