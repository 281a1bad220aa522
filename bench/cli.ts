// The command line's benchmark alone: `npm run bench:cli [-- --rounds N] [--cli BUNDLE] [--compare OTHER_BUNDLE] [--no-folder] [--profile [--mode --check] [--input FILE]] [--warmup]`. Whole
// processes from a cold start against the floor in the same run (see lib/cli.ts); writes
// bench/results/cli.json. --profile instead runs the CLI once under --cpu-prof on the 1 MB draft
// (--json) and prints where the time goes (self time per function, GC, compilation). --warmup
// instead parses the 1 MB draft ten times in each of five fresh processes (out/bench/warmup.js) and
// prints the median of each parse: how many parses V8 needs before the parser runs warm.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measureCli, printCli } from './lib/cli';
import { topSelfTime } from './lib/cpuProfile';
import { table } from './lib/format';
import { summarize } from './lib/stats';
import { repoRoot, resultsDir } from './lib/paths';

const args = process.argv.slice(2);
const value = (flag: string, fallback: string): string => {
  const index = args.indexOf(flag);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};

async function main(): Promise<number> {
  mkdirSync(resultsDir, { recursive: true });
  if (args.includes('--profile')) {
    const dir = join(resultsDir, 'profiles');
    mkdirSync(dir, { recursive: true });
    const started = Date.now();
    const mode = value('--mode', '--json');
    const input = join(repoRoot, '.cache', 'bench', 'cli', value('--input', 'draft-1MB.speech'));
    const result = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, join(repoRoot, 'dist', 'cli.js'), ...(mode === 'outline' ? [] : [mode]), input], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0 && result.status !== 1) {
      console.error(`the profiled run failed (exit ${result.status}); run npm run bench:cli once first to write the inputs`);
      return 1;
    }
    const newest = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile')).map((name) => join(dir, name)).filter((path) => statSync(path).mtimeMs >= started - 1000).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    const { totalMs, functions } = topSelfTime(newest, repoRoot, 25);
    console.log(`CPU profile of speech-outline ${mode} ${relative(repoRoot, input)} (${totalMs.toFixed(0)} ms sampled, whole process)`);
    console.log(table(['function', 'where', 'self', '%'], functions.map((f) => [f.name, f.location, `${f.selfMs.toFixed(1)} ms`, f.percent.toFixed(1)])));
    console.log(`\nprofile: ${relative(repoRoot, newest)}`);
    return 0;
  }
  if (args.includes('--warmup')) {
    const input = join(repoRoot, '.cache', 'bench', 'cli', value('--input', 'draft-1MB.speech'));
    if (!existsSync(input)) {
      console.error('run npm run bench:cli once first to write the inputs');
      return 1;
    }
    const runs: number[][] = [];
    for (let run = 0; run < 5; run++) {
      const result = spawnSync(process.execPath, [join(repoRoot, 'out', 'bench', 'warmup.js'), input, '10'], { encoding: 'utf8' });
      if (result.status !== 0) {
        console.error(result.stderr);
        return 1;
      }
      runs.push(JSON.parse(result.stdout) as number[]);
    }
    const medians = runs[0].map((_, i) => summarize(runs.map((times) => times[i])).median);
    console.log(`The parser warming up: ${relative(repoRoot, input)} parsed 10 times in one fresh process (with the CLI's V8 tuning), wall time of each parse, medians of 5 processes`);
    console.log(table(['parse', ...medians.map((_, i) => String(i + 1))], [['ms', ...medians.map((m) => m.toFixed(1))]]));
    return 0;
  }
  const rounds = Number(value('--rounds', args.includes('--quick') ? '8' : '20'));
  process.stdout.write(`timing the command line, ${rounds} rounds …`);
  const result = await measureCli({ rounds, cli: args.includes('--cli') ? value('--cli', '') : undefined, compare: args.includes('--compare') ? value('--compare', '') : undefined, folder: !args.includes('--no-folder'), onRound: (round) => process.stdout.write(` ${round}`) });
  console.log(' done\n');
  printCli(result);
  const out = join(resultsDir, 'cli.json');
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2) + '\n');
  console.log(`\nwritten: ${relative(repoRoot, out)}`);
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
