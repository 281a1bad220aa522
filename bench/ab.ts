// A/B timing of builds of the core in one process, interleaved round by round in a shuffled order,
// so that a shared machine's changing load hits every build alike: parse, decode + parse ("ours")
// and update after one typed character, against the baseline (decode + split into lines); then
// the memory a model retains. Each sample records the main thread's CPU time (Linux's schedstat;
// the process's would count the background sweeping after each sample's forced collection) as
// well as the wall time: on a loaded machine the CPU time is the steadier.
//
// Usage: npm run bench:ab [-- REV… (default: ad7e9ce main worktree)] [--rounds 15] [--sizes 40KB,1MB,5MB] [--no-memory]
// A REV is a commit or branch (its src/core is bundled once into .cache/bench/builds/) or
// `worktree` (the files as they are now). Figures are medians (±half the interquartile range).

import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateDraft, parseSize, seededRandom } from './generate';
import { loadCore, type CoreBuild } from './lib/builds';
import { bytes, ms, ratio, table, timing } from './lib/format';
import { collectGarbage, summarize, type Summary } from './lib/stats';

const LINE_BREAKS = /\r\n|\r|\n/;

const args = process.argv.slice(2);
const VALUED = new Set(['--rounds', '--sizes']);
const option = (flag: string, fallback: string): string => {
  const index = args.indexOf(flag);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const positional = args.filter((arg, i) => !arg.startsWith('--') && !VALUED.has(args[i - 1]));
const revisions = positional.length > 0 ? positional : ['ad7e9ce', 'main', 'worktree'];
const rounds = Number(option('--rounds', '15'));
const sizes = option('--sizes', '40KB,1MB,5MB').split(',');
/** A sample lasts at least this long: quick operations are repeated within it. */
const MIN_SAMPLE_MS = 20;

type Model = ReturnType<CoreBuild['parseSpeech']>;

interface Case {
  readonly id: string;
  readonly prepare?: (iterations: number) => Model[];
  readonly run: (iterations: number, prepared: Model[] | undefined) => void;
}

interface Samples {
  readonly wall: number[];
  readonly cpu: number[];
}

let sink = 0;

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

/** CPU milliseconds of the main thread so far (of the process where schedstat is missing). */
function cpuNow(): number {
  try {
    return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  }
}

/** Wall and CPU milliseconds per operation of one sample. */
function sample(entry: Case, iterations: number): { wall: number; cpu: number } {
  const prepared = entry.prepare?.(iterations);
  collectGarbage();
  const cpuStart = cpuNow();
  const start = performance.now();
  entry.run(iterations, prepared);
  const wall = performance.now() - start;
  return { wall: wall / iterations, cpu: (cpuNow() - cpuStart) / iterations };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Bytes a model of `text` retains: many models held at once, so that one collection's noise averages out. */
function retained(build: CoreBuild, text: string): number {
  const count = 10;
  collectGarbage();
  collectGarbage();
  const before = process.memoryUsage();
  let models: Model[] | undefined = [];
  for (let i = 0; i < count; i++) {
    models.push(build.parseSpeech(text));
  }
  collectGarbage();
  collectGarbage();
  const after = process.memoryUsage();
  sink += models.length;
  models = undefined;
  return (after.heapUsed + after.external - before.heapUsed - before.external) / count;
}

function cases(builds: readonly CoreBuild[], size: string, text: string): Case[] {
  const buffer = Buffer.from(text, 'utf8');
  const middle = text.length >> 1;
  const edited = text.slice(0, middle) + '字' + text.slice(middle);
  const out: Case[] = [{ id: `baseline ${size}`, run: (n) => { for (let i = 0; i < n; i++) sink += buffer.toString('utf8').split(LINE_BREAKS).length; } }];
  for (const build of builds) {
    out.push({ id: `parse ${size} ${build.name}`, run: (n) => { for (let i = 0; i < n; i++) sink += build.parseSpeech(text).nodes.length; } });
    out.push({ id: `ours ${size} ${build.name}`, run: (n) => { for (let i = 0; i < n; i++) sink += build.parseSpeech(buffer.toString('utf8')).nodes.length; } });
    out.push({
      id: `update ${size} ${build.name}`,
      // An update may shift the previous model's nodes (ad7e9ce did): a fresh previous model per call.
      prepare: (n) => Array.from({ length: n }, () => build.parseSpeech(text)),
      run: (n, prepared) => { for (let i = 0; i < n; i++) sink += build.updateSpeech(prepared![i], edited).nodes.length; },
    });
  }
  return out;
}

function main(): void {
  const builds = revisions.map(loadCore);
  const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`A/B of ${revisions.join(', ')} — ${rounds} interleaved rounds; load average ${load()}`);
  const texts = new Map(sizes.map((size) => [size, generateDraft({ bytes: parseSize(size), seed: 1 })]));
  const all = sizes.flatMap((size) => cases(builds, size, texts.get(size)!));
  // Warm up and calibrate: quick operations are repeated until a sample lasts MIN_SAMPLE_MS.
  const iterations = new Map<string, number>();
  for (const entry of all) {
    const once = Math.min(sample(entry, 1).wall, sample(entry, 1).wall, sample(entry, 1).wall);
    iterations.set(entry.id, Math.max(1, Math.min(10_000, Math.ceil(MIN_SAMPLE_MS / Math.max(once, 1e-3)))));
  }
  const samples = new Map<string, Samples>(all.map((entry) => [entry.id, { wall: [], cpu: [] }]));
  const random = seededRandom(7);
  for (let round = 0; round < rounds; round++) {
    for (const entry of shuffled(all, random)) {
      const { wall, cpu } = sample(entry, iterations.get(entry.id)!);
      samples.get(entry.id)!.wall.push(wall);
      samples.get(entry.id)!.cpu.push(cpu);
    }
    process.stderr.write(`\rround ${round + 1}/${rounds}`);
  }
  process.stderr.write('\n');
  const cpu = (id: string): Summary => summarize(samples.get(id)!.cpu);
  const wall = (id: string): Summary => summarize(samples.get(id)!.wall);
  /** The ratio a/b of the CPU times round by round, summarised. */
  const paired = (a: string, b: string): number => summarize(samples.get(a)!.cpu.map((value, i) => value / samples.get(b)!.cpu[i])).median;
  const rows: string[][] = [];
  for (const size of sizes) {
    for (const build of builds) {
      const id = (what: string): string => `${what} ${size} ${build.name}`;
      rows.push([size, build.name, timing(cpu(id('parse'))), ms(wall(id('parse')).min), timing(cpu(id('ours'))), ratio(paired(id('ours'), `baseline ${size}`)),
        timing(cpu(id('update'))), ms(wall(id('update')).min)]);
    }
    rows.push([size, 'baseline', '', '', timing(cpu(`baseline ${size}`)), '', '', '']);
  }
  // The kernel brings a running thread's time up to date at its ticks: under about 1 ms per
  // operation, trust the fastest wall time rather than the CPU time.
  console.log('CPU time per operation (median; below ~1 ms read the fastest wall time instead), and the fastest wall time:');
  console.log(table(['size', 'build', 'parse', 'parse wall min', 'ours', 'ours/baseline', 'update', 'update wall min'], rows));
  if (!args.includes('--no-memory')) {
    const memoryRows: string[][] = [];
    for (const size of sizes.filter((s) => parseSize(s) >= 1024 * 1024)) {
      const text = texts.get(size)!;
      for (const build of builds) {
        const nodes = build.parseSpeech(text).nodes.length;
        const bytesRetained = retained(build, text);
        memoryRows.push([size, build.name, String(nodes), bytes(Math.round(bytesRetained)), `${(bytesRetained / nodes).toFixed(0)} B`, ratio(bytesRetained / (2 * text.length))]);
      }
    }
    console.log(table(['size', 'build', 'nodes', 'model memory', 'per node', 'model / text (UTF-16)'], memoryRows));
  }
  console.log(`load average ${load()}`);
  if (sink < 0) {
    console.log(sink);
  }
}

main();
