// Small helpers shared by the harness scripts (plain Node ESM, no dependencies).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository (the folder holding package.json). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Git-ignored cache folder for code-server, profiles and packages. */
export const cacheDir = join(repoRoot, '.cache');

/** Prints a harness message (prefixed so it stands out from tool output). */
export function log(message) {
  console.log(`[harness] ${message}`);
}

/** An Error whose message is printed without a stack trace by `main()`. */
export class HarnessError extends Error {}

/**
 * Runs a command with inherited stdio; resolves when it exits with 0, rejects otherwise.
 * `options` is passed to `spawn` (cwd defaults to the repository).
 */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
    child.on('error', (error) => reject(new HarnessError(`cannot run ${command}: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new HarnessError(`${[command, ...args].join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** Runs a command synchronously and returns {status, stdout, stderr} (never throws). */
export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', ...options });
  return { status: result.error ? -1 : result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? String(result.error ?? '') };
}

/** Builds the extension, the CLI and (with tests=true) the test bundles. */
export async function build({ tests = false, production = false } = {}) {
  const args = ['esbuild.mjs'];
  if (tests) args.push('--tests');
  if (production) args.push('--production');
  log(`build: node ${args.join(' ')}`);
  await run(process.execPath, args);
}

/** The path of Debian's Chromium (override with SPEECH_OUTLINE_CHROMIUM). */
export function chromiumPath() {
  return process.env.SPEECH_OUTLINE_CHROMIUM || '/usr/bin/chromium';
}

/** Formats milliseconds as "12.3 s" / "2 min 05 s". */
export function formatDuration(ms) {
  if (ms < 59_950) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000); // whole seconds first, so 179.6 s is 3 min 00 s
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** Parses `--name value` / `--name=value` from process.argv. */
export function argValue(name) {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1];
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return undefined;
}

/** True when `--name` is on the command line. */
export function hasFlag(name) {
  return process.argv.slice(2).includes(`--${name}`);
}

/** Polls `check` (sync or async) every `intervalMs` until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor(check, { timeoutMs, intervalMs = 250, what }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new HarnessError(`timed out after ${formatDuration(timeoutMs)} waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** True if the script file was run directly (`node scripts/x.mjs`), not imported. */
export function isMain(importMetaUrl) {
  return Boolean(process.argv[1]) && resolve(process.argv[1]) === fileURLToPath(importMetaUrl);
}

/** Runs an async main function; prints HarnessErrors without a stack, sets the exit code. */
export function main(fn) {
  // process.exit (not exitCode): a stray handle (a child's pipe, a timer) must not keep us alive.
  fn().then(
    (code) => process.exit(typeof code === 'number' ? code : 0),
    (error) => {
      if (error instanceof HarnessError) console.error(`[harness] ERROR: ${error.message}`);
      else console.error(error);
      process.exit(1);
    },
  );
}

/**
 * XDG folders inside `base`: code-server (heartbeat, coder-logs), VS Code's device id and Chromium
 * (crash reports, dconf) would otherwise write into the user's ~/.local, ~/.cache and ~/.config.
 */
export function xdgDirs(base) {
  const dirs = { XDG_DATA_HOME: join(base, 'data'), XDG_CACHE_HOME: join(base, 'cache'), XDG_CONFIG_HOME: join(base, 'config') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  return dirs;
}

/** Whether a file exists relative to the repository. */
export function repoFileExists(relativePath) {
  return existsSync(join(repoRoot, relativePath));
}
