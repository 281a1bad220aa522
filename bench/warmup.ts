// How long the parser takes to warm up in a fresh process: `node out/bench/warmup.js FILE [N]`
// parses FILE N times (default 10) in this one process, with the CLI's V8 tuning, and prints
// each parse's wall time. Run by `npm run bench:cli -- --warmup` in a new process per run; the
// first parse is what a cold `speech-outline` pays, the last is the warm parser.

import '../src/cli/tuning';
import { readFileSync } from 'node:fs';
import { parseSpeech } from '../src/core';

const [file, count = '10'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const times: number[] = [];
for (let i = 0; i < Number(count); i++) {
  // A one-character change each time, so that nothing could be reused between parses.
  const draft = i % 2 === 0 ? text : `${text} `;
  const started = performance.now();
  parseSpeech(draft);
  times.push(performance.now() - started);
}
process.stdout.write(`${JSON.stringify(times)}\n`);
