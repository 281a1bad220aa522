// The benchmark's own dependencies (the peer) live in bench/node_modules, apart from the
// extension's: installed on first use from bench/package-lock.json.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { benchDir } from './paths';

/** True when every dependency in bench/package.json is installed in bench/node_modules. */
function installed(): boolean {
  const { dependencies } = JSON.parse(readFileSync(join(benchDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return Object.keys(dependencies).every((name) => existsSync(join(benchDir, 'node_modules', name, 'package.json')));
}

/** Installs the bench dependencies (npm ci --prefix bench) if any is missing. */
export function ensureBenchDependencies(): void {
  if (installed()) {
    return;
  }
  console.log('[bench] installing the benchmark dependencies: npm ci --prefix bench');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--prefix', benchDir, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
  if (result.status !== 0 || !installed()) {
    throw new Error(`npm ci --prefix bench failed (${result.error?.message ?? `exit code ${result.status}`})`);
  }
}

/** `require` resolving from bench/ (out/bench/*.js would otherwise look in the root node_modules). */
export const benchRequire = createRequire(join(benchDir, 'package.json'));
