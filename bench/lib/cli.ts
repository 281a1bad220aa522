// The command line, whole process, from a cold start: `node dist/cli.js` on generated drafts of
// 2 KB, 1 MB and 5 MB and on a folder of 200 drafts of 40 KB, against the floor (out/bench/floor.js:
// a node process that reads, decodes and splits the same files) measured in the same interleaved
// rounds. Ratios subtract each command's own start-up (the same command on the 2 KB draft), as the
// issue defines them; whole-process ratios are printed too.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { generateDraft } from '../generate';
import { ms, ratio, ratioRange, table, timing } from './format';
import { repoRoot } from './paths';
import { runInterleaved, summarize, type Summary, type TimedCase } from './stats';

const KB = 1024;
const MB = 1024 * KB;
export const FOLDER_FILES = 200;

/** The inputs, written once under .cache/bench/cli/. */
function writeInputs(): { dir: string; files: Record<string, string>; folder: string; sizes: Record<string, number> } {
  const dir = join(repoRoot, '.cache', 'bench', 'cli');
  const folder = join(dir, 'folder');
  const files = { '2 KB': join(dir, 'draft-2KB.speech'), '1 MB': join(dir, 'draft-1MB.speech'), '5 MB': join(dir, 'draft-5MB.speech') };
  const sizes: Record<string, number> = { '2 KB': 2 * KB, '1 MB': MB, '5 MB': 5 * MB };
  mkdirSync(dir, { recursive: true });
  for (const [label, path] of Object.entries(files)) {
    writeFileSync(path, generateDraft({ bytes: sizes[label], seed: 1 }));
  }
  if (!existsSync(folder) || readdirSync(folder).length !== FOLDER_FILES) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < FOLDER_FILES; i++) {
      writeFileSync(join(folder, `draft-${String(i).padStart(3, '0')}.speech`), generateDraft({ bytes: 40 * KB, seed: 100 + i }));
    }
  }
  return { dir, files, folder, sizes };
}

/** Ratios of one command to the floor, round by round. */
export interface CliRatios {
  /** (command − the same command on 2 KB) / (floor − floor on 2 KB): the work beyond start-up. */
  readonly beyondStartup: Summary;
  /** command / floor. */
  readonly whole: Summary;
}

export interface CliBenchResult {
  readonly node: string;
  readonly cli: string;
  /** The other build timed in the same rounds, if any. */
  readonly compare?: string;
  readonly rounds: number;
  /** The machine's 1-minute load average before and after the rounds (os.loadavg). */
  readonly load: readonly [number, number];
  /** Wall time of each case as the benchmark saw it (spawn to exit). */
  readonly wall: Record<string, Summary>;
  /** CPU time (user + system) each process reported at exit. */
  readonly cpu: Record<string, Summary>;
  readonly wallRatios: Record<string, CliRatios>;
  readonly cpuRatios: Record<string, CliRatios>;
  /** Every CPU sample, by case, in round order. */
  readonly cpuSamples: Record<string, readonly number[]>;
}

/** CPU time of each case's runs, in the order they ran (the probe's report). */
const cpuSamples = new Map<string, number[]>();

function spawnCase(id: string, args: readonly string[]): TimedCase {
  const probe = join(repoRoot, 'out', 'bench', 'probe.js');
  cpuSamples.set(id, []);
  return {
    id,
    run: () => {
      const result = spawnSync(process.execPath, ['-r', probe, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'C' } });
      if (result.status !== 0 && result.status !== 1) {
        throw new Error(`${args.join(' ')}: exit ${result.status} ${result.stderr?.toString() ?? ''}`);
      }
      cpuSamples.get(id)!.push((JSON.parse(result.output[3]!.toString()) as { cpuMs: number }).cpuMs);
    },
  };
}

/** What the budgets compare: the CLI command, the floor, on which input. */
export const CLI_RATIOS: readonly { readonly name: string; readonly command: string; readonly input: string; readonly budget?: number }[] = [
  { name: '--json, 1 MB', command: 'json', input: '1 MB', budget: 3 },
  { name: '--json, 5 MB', command: 'json', input: '5 MB' },
  { name: 'outline text, 1 MB', command: 'text', input: '1 MB', budget: 3 },
  { name: 'outline text, 5 MB', command: 'text', input: '5 MB' },
  { name: '--check, 1 MB', command: 'check', input: '1 MB', budget: 3 },
  { name: '--check, 5 MB', command: 'check', input: '5 MB' },
  { name: `--check, folder of ${FOLDER_FILES} × 40 KB`, command: 'check', input: 'folder', budget: 2 },
  // The reference (floor.ts --pass): the floor plus one JavaScript loop over every character.
  { name: 'reference: one JS pass, 1 MB', command: 'pass', input: '1 MB' },
  { name: 'reference: one JS pass, 5 MB', command: 'pass', input: '5 MB' },
  { name: `reference: one JS pass, folder`, command: 'pass', input: 'folder' },
];

/**
 * Times the commands. With `compare`, another build of the CLI (e.g. one from before a change)
 * runs the same single-file commands in the same rounds, as `before-json:1 MB` and so on.
 */
export async function measureCli(options: { rounds: number; cli?: string; compare?: string; folder?: boolean; onRound?: (round: number) => void }): Promise<CliBenchResult> {
  const cli = options.cli ?? join(repoRoot, 'dist', 'cli.js');
  const floor = join(repoRoot, 'out', 'bench', 'floor.js');
  const { files, folder } = writeInputs();
  const inputs: Record<string, string> = { ...files, folder };
  const commands: Record<string, readonly string[]> = { floor: [floor], pass: [floor, '--pass'], json: [cli, '--json'], text: [cli], check: [cli, '--check'] };
  const cases: TimedCase[] = [];
  const wanted = new Set<string>();
  const ratios = CLI_RATIOS.filter((r) => options.folder !== false || r.input !== 'folder');
  for (const { command, input } of ratios) {
    for (const [c, i] of [[command, input], [command, '2 KB'], ['floor', input], ['floor', '2 KB']]) {
      const id = `${c}:${i}`;
      if (!wanted.has(id)) {
        wanted.add(id);
        cases.push(spawnCase(id, [...commands[c], inputs[i]]));
      }
    }
  }
  if (options.compare) {
    for (const command of ['json', 'text', 'check']) {
      for (const input of ['2 KB', '1 MB', '5 MB', ...(command === 'check' && options.folder !== false ? ['folder'] : [])]) {
        cases.push(spawnCase(`before-${command}:${input}`, [options.compare, ...commands[command].slice(1), inputs[input]]));
      }
    }
  }
  const loadBefore = loadavg()[0];
  const timings = await runInterleaved(cases, { rounds: options.rounds, minSampleMs: 0, seed: 17, onRound: options.onRound });
  const wall = new Map([...timings].map(([id, result]) => [id, result.samples]));
  // The warm-up runs came first: the last `rounds` reports are the rounds, in order.
  const cpu = new Map([...wall.keys()].map((id) => [id, cpuSamples.get(id)!.slice(-options.rounds)]));
  const ratiosOf = (samples: Map<string, readonly number[]>): Record<string, CliRatios> => Object.fromEntries(ratios.map(({ name, command, input }) => {
    const c = samples.get(`${command}:${input}`)!;
    const c0 = samples.get(`${command}:2 KB`)!;
    const f = samples.get(`floor:${input}`)!;
    const f0 = samples.get('floor:2 KB')!;
    return [name, {
      beyondStartup: summarize(c.map((value, i) => (value - c0[i]) / (f[i] - f0[i]))),
      whole: summarize(c.map((value, i) => value / f[i])),
    }];
  }));
  const summaries = (samples: Map<string, readonly number[]>): Record<string, Summary> => Object.fromEntries([...samples].map(([id, values]) => [id, summarize(values)]));
  return { node: process.version, cli, compare: options.compare, rounds: options.rounds, load: [loadBefore, loadavg()[0]], wall: summaries(wall), cpu: summaries(cpu), wallRatios: ratiosOf(wall), cpuRatios: ratiosOf(cpu), cpuSamples: Object.fromEntries(cpu) };
}

export function printCli(result: CliBenchResult): void {
  console.log(`Command line, whole process (${relative(repoRoot, result.cli) || result.cli}, node ${result.node}, medians of ${result.rounds} interleaved rounds, load average ${result.load.map((n) => n.toFixed(1)).join(' → ')};`);
  console.log('floor = a node process reading, decoding and splitting the same files; one JS pass = the floor plus one JavaScript loop over every\ncharacter (bench/floor.ts --pass: the least a hand-written scanner does); CPU = user + system time the process reported at exit)');
  const inputs = ['2 KB', '1 MB', '5 MB', 'folder'].filter((input) => result.wall[`floor:${input}`]);
  const cell = (id: string): string => (result.wall[id] ? `${timing(result.wall[id])} · ${ms(result.cpu[id].median)}` : '');
  console.log(table(
    ['input (wall · CPU)', 'floor', 'one JS pass', '--json', 'outline text', '--check'],
    inputs.map((input) => [input === 'folder' ? `folder ${FOLDER_FILES} × 40 KB` : input, cell(`floor:${input}`), cell(`pass:${input}`), cell(`json:${input}`), cell(`text:${input}`), cell(`check:${input}`)]),
  ));
  console.log('\nRatios to the floor, round by round: beyond start-up = (command − the same command on 2 KB) / (floor − floor on 2 KB); whole = command / floor');
  console.log(table(
    ['command', 'CPU beyond start-up', 'CPU whole', 'wall beyond start-up', 'wall whole', 'budget', ''],
    CLI_RATIOS.filter(({ name }) => result.cpuRatios[name]).map(({ name, budget }) => {
      const c = result.cpuRatios[name];
      const w = result.wallRatios[name];
      return [name, ratioRange(c.beyondStartup), ratioRange(c.whole), ratioRange(w.beyondStartup), ratioRange(w.whole), budget ? `≤ ${ratio(budget)}` : '', budget ? (c.beyondStartup.median <= budget ? '✓' : '✗') : ''];
    }),
  ));
  if (result.compare) {
    console.log(`\nThe same commands with ${result.compare} in the same rounds (CPU medians; change = after / before, round by round;`);
    console.log('beyond start-up = the ratio to the floor as above, for each build)');
    const rows: string[][] = [];
    const floor = result.cpuSamples['floor:2 KB'];
    const beyond = (samples: readonly number[], startup: readonly number[], input: string): string => {
      const f = result.cpuSamples[`floor:${input}`];
      return input === '2 KB' || !f ? '' : ratioRange(summarize(samples.map((value, i) => (value - startup[i]) / (f[i] - floor[i]))));
    };
    for (const command of ['json', 'text', 'check']) {
      for (const input of ['2 KB', '1 MB', '5 MB', 'folder']) {
        const before = result.cpuSamples[`before-${command}:${input}`];
        const after = result.cpuSamples[`${command}:${input}`];
        if (!before || !after) continue;
        rows.push([
          `${command === 'text' ? 'outline text' : '--' + command}, ${input === 'folder' ? `folder ${FOLDER_FILES} × 40 KB` : input}`,
          ms(summarize(before).median),
          ms(summarize(after).median),
          ratioRange(summarize(after.map((value, i) => value / before[i]))),
          beyond(before, result.cpuSamples[`before-${command}:2 KB`], input),
          beyond(after, result.cpuSamples[`${command}:2 KB`], input),
        ]);
      }
    }
    console.log(table(['command', 'before', 'after', 'change', 'before: beyond start-up', 'after: beyond start-up'], rows));
  }
}
