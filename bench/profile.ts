// CPU profile of building the model: runs parseSpeech on a generated draft under node --cpu-prof
// (in a child process) and prints the functions with the most self time, mapped to src/ lines.
// `npm run bench:profile [-- --size 5MB --repeat 20 --what parse|symbols]`; the .cpuprofile is
// kept in bench/results/profiles/ (open it in Chrome DevTools or VS Code for the full picture).

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSpeech } from '../src/core';
import { generateDraft, parseSize } from './generate';
import { topSelfTime } from './lib/cpuProfile';
import { bytes, table } from './lib/format';
import { documentSymbols } from './lib/outline';
import { repoRoot, resultsDir } from './lib/paths';

const args = process.argv.slice(2);
const value = (flag: string, fallback: string): string => {
  const index = args.indexOf(flag);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const size = parseSize(value('--size', '5MB'));
const repeat = Number(value('--repeat', '20'));
const what = value('--what', 'parse');

/** The profiled work: parse (or derive symbols from one model) `repeat` times. */
function child(): void {
  const text = generateDraft({ bytes: size, seed: 1 });
  let sink = 0;
  if (what === 'symbols') {
    const model = parseSpeech(text);
    for (let i = 0; i < repeat; i++) {
      sink += documentSymbols(model, Infinity).length;
    }
  } else {
    for (let i = 0; i < repeat; i++) {
      sink += parseSpeech(text).nodes.length;
    }
  }
  process.stdout.write(`${sink}\n`);
}

function parent(): number {
  const dir = join(resultsDir, 'profiles');
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, __filename, '--child', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`the profiled run failed (${result.error?.message ?? `exit code ${result.status}`})`);
    return 1;
  }
  const newest = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).mtimeMs >= started - 1000)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) {
    console.error(`no .cpuprofile written in ${dir}`);
    return 1;
  }
  const { totalMs, functions } = topSelfTime(newest, repoRoot, 20);
  console.log(`CPU profile: ${what === 'symbols' ? 'documentSymbols (uncapped) from one model' : 'parseSpeech'} × ${repeat} on a ${bytes(size)} draft (whole process, generation included: ${(totalMs / 1000).toFixed(2)} s sampled)`);
  console.log(table(
    ['function', 'where', 'self', '%'],
    functions.map((f) => [f.name, f.location, `${f.selfMs.toFixed(0)} ms`, f.percent.toFixed(1)]),
  ));
  console.log(`\nprofile: ${relative(repoRoot, newest)}`);
  return 0;
}

if (args.includes('--child')) {
  child();
} else {
  process.exitCode = parent();
}
