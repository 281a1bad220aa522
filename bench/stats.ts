// The counting benchmark: `npm run bench:stats`. What a keystroke costs the status bar in a long
// draft: speechStats (字数 and spoken units of the whole and of every section) of a fresh model,
// against baselines measured in the same interleaved rounds: splitting the text into lines (the
// least any per-keystroke work does), parsing it (parseSpeech) and updating the model after one
// typed character (updateSpeech, what the cache does per edit). Prints figures and ratios; never
// fails on a timing.
//
// Usage: node --expose-gc out/bench/stats.js [--quick]

import { parseSpeech, speechStats, updateSpeech, type SpeechModel } from '../src/core';
import { DRAFT_SIZES, generatedDrafts } from './lib/drafts';
import { count, ratioRange, table, timing } from './lib/format';
import { pairedRatio, runInterleaved, type TimedCase } from './lib/stats';

const quick = process.argv.includes('--quick');
let sink = 0;

async function main(): Promise<void> {
  const sizes = DRAFT_SIZES.filter((size) => size.label !== '40 KB');
  const cases: TimedCase[] = [];
  const facts: string[][] = [];
  for (const size of sizes) {
    const text = generatedDrafts(size).speech.bytes.toString('utf8');
    const middle = text.length >> 1;
    const edited = text.slice(0, middle) + '字' + text.slice(middle);
    const model = parseSpeech(text);
    const stats = speechStats(model);
    facts.push([size.label, count(model.nodes.length), count(stats.total.chars), count(stats.total.spoken)]);
    const id = (what: string): string => `${what}:${size.label}`;
    cases.push(
      { id: id('lines'), run: (n) => { for (let i = 0; i < n; i++) sink += text.split('\n').length; } },
      { id: id('parse'), run: (n) => { for (let i = 0; i < n; i++) sink += parseSpeech(text).nodes.length; } },
      {
        id: id('update'),
        prepare: (n) => Array.from({ length: n }, () => parseSpeech(text)),
        run: (n, prepared) => { for (let i = 0; i < n; i++) sink += updateSpeech((prepared as SpeechModel[])[i], edited).nodes.length; },
      },
      {
        // A fresh model per call: stats are cached per model, as they are per document version.
        id: id('stats'),
        prepare: (n) => Array.from({ length: n }, () => parseSpeech(text)),
        run: (n, prepared) => { for (let i = 0; i < n; i++) sink += speechStats((prepared as SpeechModel[])[i]).total.chars; },
      },
    );
  }
  process.stdout.write(`timing ${cases.length} cases …`);
  const results = await runInterleaved(cases, { rounds: quick ? 5 : 15, minSampleMs: quick ? 5 : 20, onRound: (round) => process.stdout.write(` ${round}`) });
  console.log(' done\n');
  console.log(table(['size', 'nodes', '字数', 'spoken'], facts));
  console.log('\nPer call (median [interquartile range]); lines = split into lines, parse = parseSpeech, update = updateSpeech after one typed character, stats = speechStats of a model');
  const get = (what: string, label: string) => results.get(`${what}:${label}`)!;
  console.log(table(
    ['size', 'lines', 'parse', 'update', 'stats', 'stats / lines', 'stats / parse', 'stats / update'],
    sizes.map((size) => [
      size.label,
      timing(get('lines', size.label)),
      timing(get('parse', size.label)),
      timing(get('update', size.label)),
      timing(get('stats', size.label)),
      ratioRange(pairedRatio(get('stats', size.label), get('lines', size.label))),
      ratioRange(pairedRatio(get('stats', size.label), get('parse', size.label))),
      ratioRange(pairedRatio(get('stats', size.label), get('update', size.label))),
    ]),
  ));
  const one = get('stats', '1 MB').median;
  const five = get('stats', '5 MB').median;
  console.log(`\nstats 5 MB / 1 MB: ${(five / one).toFixed(2)} (linear ≈ 5)`);
  if (sink === 42) console.log('');
}

void main();
