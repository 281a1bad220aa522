// Preloaded (`node -r out/bench/probe.js …`) into every process the command-line benchmark
// starts: at exit, writes the process's own CPU time (user + system, microsecond resolution,
// bootstrap included) and its wall time since the process began to file descriptor 3. CPU time
// barely moves when other work competes for the cores, unlike wall time.

import { writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(3, JSON.stringify({ cpuMs: (user + system) / 1000, wallMs: performance.now() }));
  } catch {
    // not run by the benchmark
  }
});
