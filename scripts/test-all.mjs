// `npm test`: every check of the project, in order, with each stage's duration and a final table.
// Stops at the first failing stage (the rest are reported as skipped) unless --keep-going.
//
// Usage: node scripts/test-all.mjs [--keep-going] [--only stage,stage] [--skip stage,stage]
import { spawn } from 'node:child_process';
import { argValue, formatDuration, HarnessError, hasFlag, isMain, main, repoRoot } from './util.mjs';

/** [name, command, args]: each stage runs as its own process, so one cannot leak state into the next. */
export const STAGES = [
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['lint', 'npm', ['run', 'lint']],
  ['unit', 'npm', ['run', 'test:unit']],
  ['package', process.execPath, ['scripts/package.mjs']],
  ['provision', process.execPath, ['scripts/provision.mjs']],
  ['integration', process.execPath, ['scripts/run-integration.mjs']],
  ['web', process.execPath, ['scripts/run-integration.mjs', '--web']],
  ['ui', process.execPath, ['scripts/ui-test.mjs']],
];

function runStage(command, args) {
  return new Promise((resolveCode) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`cannot run ${command}: ${error.message}`);
      resolveCode(127);
    });
    child.on('exit', (code, signal) => resolveCode(code ?? (signal ? 128 : 1)));
  });
}

function printTable(rows, totalMs, failed) {
  const width = Math.max(...rows.map((row) => row.name.length), 5);
  console.log(`\n${'stage'.padEnd(width)}  result   time`);
  console.log(`${'-'.repeat(width)}  -------  ----------`);
  for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.result.padEnd(7)}  ${row.ms === undefined ? '' : formatDuration(row.ms)}`);
  console.log(`${'total'.padEnd(width)}  ${(failed ? 'FAILED' : 'ok').padEnd(7)}  ${formatDuration(totalMs)}`);
}

if (isMain(import.meta.url)) {
  main(async () => {
    const names = STAGES.map(([name]) => name);
    const list = (value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
    const only = list(argValue('only'));
    const skip = list(argValue('skip')) ?? [];
    for (const name of [...(only ?? []), ...skip]) if (!names.includes(name)) throw new HarnessError(`unknown stage "${name}" (stages: ${names.join(', ')})`);
    const keepGoing = hasFlag('keep-going');

    const started = Date.now();
    const rows = [];
    let failed = false;
    for (const [name, command, args] of STAGES) {
      const wanted = (!only || only.includes(name)) && !skip.includes(name);
      if (!wanted || (failed && !keepGoing)) {
        rows.push({ name, result: 'skipped' });
        continue;
      }
      console.log(`\n=== ${name}: ${[command === process.execPath ? 'node' : command, ...args].join(' ')}`);
      const stageStarted = Date.now();
      const code = await runStage(command, args);
      const ms = Date.now() - stageStarted;
      rows.push({ name, result: code === 0 ? 'ok' : 'FAILED', ms });
      console.log(`=== ${name}: ${code === 0 ? 'ok' : `FAILED (exit code ${code})`} in ${formatDuration(ms)}`);
      if (code !== 0) failed = true;
    }
    printTable(rows, Date.now() - started, failed);
    return failed ? 1 : 0;
  });
}
