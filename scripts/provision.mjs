// Installs what the real-VS-Code harness needs:
//   - Debian packages (Chromium, ripgrep, build tools for code-server's native modules, a CJK font);
//   - code-server 4.100.3 (= VS Code 1.100.3, the newest that runs on Node 20) from the npm
//     registry into the git-ignored folder .cache/code-server.
// Idempotent: a second run only checks. Usage: node scripts/provision.mjs [--force]
// Importable: `await provision()` returns the code-server binary path.
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, readFileSync, rmSync, writeFileSync, readdirSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cacheDir, capture, chromiumPath, formatDuration, HarnessError, hasFlag, isMain, log, main, run, xdgDirs } from './util.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
export const codeServerDir = join(cacheDir, 'code-server');
export const codeServerBin = join(codeServerDir, 'node_modules', '.bin', 'code-server');
/** Our own code-server config file, so code-server never writes ~/.config/code-server/config.yaml. */
export const codeServerConfig = join(codeServerDir, 'config.yaml');
const markerFile = join(codeServerDir, 'provisioned.json');

/** Environment for code-server CLI calls (--version, --install-extension): nothing lands in ~/.local etc. */
export function codeServerCliEnv() {
  return { ...process.env, ...xdgDirs(join(codeServerDir, 'xdg')), CODE_SERVER_CONFIG: codeServerConfig };
}
const installLog = join(cacheDir, 'code-server-install.log');

/** Debian packages: [package, why]. */
const APT_PACKAGES = [
  ['chromium', 'headless browser that drives the VS Code workbench'],
  ['fonts-wqy-microhei', 'CJK font, so Chinese renders in screenshots'],
  ['ripgrep', 'rg binary used instead of the GitHub download during the code-server install'],
  ['libkrb5-dev', 'headers for code-server\'s kerberos native module'],
  ['pkg-config', 'used by the native module builds'],
  ['python3', 'node-gyp'],
  ['make', 'node-gyp'],
  ['g++', 'node-gyp'],
];

/** Files that only exist when code-server's postinstall (and its nested installs) really ran. */
const INSTALL_CHECKS = [
  'lib/vscode/node_modules/@vscode/ripgrep/bin/rg',
  'lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'lib/vscode/node_modules/node-pty/build/Release/pty.node',
  'lib/vscode/node_modules/kerberos/build/Release/kerberos.node',
  'lib/vscode/node_modules/native-watchdog/build/Release/watchdog.node',
  'lib/vscode/extensions/node_modules',
  'lib/vscode/node_modules.asar',
];

function aptInstalled(pkg) {
  const result = capture('dpkg-query', ['-W', '-f=${db:Status-Status}', pkg]);
  return result.status === 0 && result.stdout.trim() === 'installed';
}

/** Makes sure the Debian packages are installed (installs them as root, explains otherwise). */
export async function ensureAptPackages(packages = APT_PACKAGES.map(([name]) => name)) {
  if (capture('dpkg-query', ['--version']).status !== 0) {
    // Not Debian: we cannot check packages, only the commands we call directly.
    const missing = ['rg', 'pkg-config', 'make', 'g++', 'python3'].filter((cmd) => capture('sh', ['-c', `command -v ${cmd}`]).status !== 0);
    if (!existsSync(chromiumPath())) missing.push(`${chromiumPath()} (set SPEECH_OUTLINE_CHROMIUM)`);
    if (missing.length) throw new HarnessError(`not a Debian system and these prerequisites are missing: ${missing.join(', ')}`);
    return;
  }
  const missing = packages.filter((pkg) => !aptInstalled(pkg));
  if (missing.length === 0) return;
  const why = missing.map((pkg) => `  ${pkg}: ${APT_PACKAGES.find(([name]) => name === pkg)?.[1] ?? ''}`).join('\n');
  if (process.getuid?.() !== 0) {
    throw new HarnessError(
      `missing Debian packages:\n${why}\nInstall them as root:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`,
    );
  }
  log(`installing missing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}

/** Node's own headers (Debian/NodeSource packages ship them), so node-gyp needs no download. */
function nodeHeadersDir() {
  const prefix = dirname(dirname(process.execPath));
  return existsSync(join(prefix, 'include', 'node', 'node_version.h')) ? prefix : undefined;
}

/** The code-server install is usable: the marker matches and the binary answers --version. */
function installedVersion() {
  if (!existsSync(markerFile) || !existsSync(codeServerBin)) return undefined;
  try {
    if (JSON.parse(readFileSync(markerFile, 'utf8')).version !== CODE_SERVER_VERSION) return undefined;
  } catch {
    return undefined;
  }
  const result = capture(codeServerBin, ['--config', codeServerConfig, '--version'], { env: codeServerCliEnv() });
  return result.status === 0 ? result.stdout.trim().split('\n').pop() : undefined;
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here) unless it finds this
 * cached archive first; we put Debian's /usr/bin/rg in it.
 */
function prepareRipgrepCache(tmp) {
  const rg = capture('sh', ['-c', 'command -v rg']).stdout.trim();
  if (!rg) throw new HarnessError('ripgrep (rg) is not installed: apt-get install ripgrep');
  const dir = join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(dir, { recursive: true });
  const stage = mkdtempSync(join(tmp, 'rg-stage-'));
  try {
    copyFileSync(rg, join(stage, 'rg'));
    const archive = join(dir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
    const result = capture('tar', ['-czf', archive, '-C', stage, 'rg']);
    if (result.status !== 0) throw new HarnessError(`cannot create ${archive}: ${result.stderr}`);
    return dir;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function installCodeServer() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) {
    throw new HarnessError(`code-server ${CODE_SERVER_VERSION} needs Node 20 (its postinstall refuses other versions); this is Node ${process.versions.node}`);
  }
  if (process.arch !== 'x64' || process.platform !== 'linux') {
    throw new HarnessError(`the harness is set up for linux-x64 (ripgrep archive name); this is ${process.platform}-${process.arch}`);
  }
  rmSync(codeServerDir, { recursive: true, force: true });
  mkdirSync(codeServerDir, { recursive: true });
  writeFileSync(
    join(codeServerDir, 'package.json'),
    JSON.stringify(
      {
        name: 'speech-outline-code-server',
        private: true,
        description: 'code-server for the Speech Outline test harness (see scripts/provision.mjs)',
        dependencies: { 'code-server': CODE_SERVER_VERSION },
        // The two top-level packages whose install scripts must run; the nested installs done by
        // code-server's postinstall.sh are covered by npm_config_dangerously_allow_all_scripts below.
        allowScripts: { 'code-server': true, argon2: true },
      },
      null,
      2,
    ) + '\n',
  );
  writeFileSync(codeServerConfig, 'auth: none\ncert: false\n');

  const tmp = tmpdir();
  const ripgrepCache = prepareRipgrepCache(tmp);

  /** @type {Record<string, string | undefined>} */
  const env = {
    ...process.env,
    TMPDIR: tmp,
    // code-server's postinstall refuses to run as root without it.
    npm_config_unsafe_perm: 'true',
    // A nested `npx node-gyp` would otherwise wait for a "Need to install..." confirmation.
    npm_config_yes: 'true',
    // npm 11 gates dependency install scripts behind an `allowScripts` policy (a warning today,
    // a hard block in later releases or with strict-allow-scripts). code-server's postinstall runs
    // `npm install` inside lib/vscode and lib/vscode/extensions (package.json files we do not own)
    // and every native module there must build, so this one install allows all scripts.
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_strict_allow_scripts: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };
  const headers = nodeHeadersDir();
  if (headers && !process.env.npm_config_nodedir) env.npm_config_nodedir = headers; // no headers download

  log(`installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (about 2-4 minutes; log: ${installLog})`);
  const started = Date.now();
  const fd = openSync(installLog, 'w');
  try {
    await run('npm', ['install', '--no-save', '--foreground-scripts', '--loglevel=warn'], { cwd: codeServerDir, env, stdio: ['ignore', fd, fd] });
  } catch (error) {
    throw new HarnessError(`${/** @type {Error} */ (error).message}\n--- last lines of ${installLog} ---\n${tail(installLog, 60)}\n--- end ---`);
  } finally {
    closeSync(fd);
    rmSync(ripgrepCache, { recursive: true, force: true });
  }

  const missing = INSTALL_CHECKS.filter((file) => !existsSync(join(codeServerDir, 'node_modules', 'code-server', file)));
  const argon2Dir = join(codeServerDir, 'node_modules', 'argon2');
  if (!findFile(argon2Dir, (name) => name.endsWith('.node'))) missing.push('node_modules/argon2/**/*.node');
  if (missing.length) {
    throw new HarnessError(
      `code-server's install scripts did not complete (npm may have skipped them); missing:\n  ${missing.join('\n  ')}\n` +
        `--- last lines of ${installLog} ---\n${tail(installLog, 60)}\n--- end ---`,
    );
  }
  writeFileSync(markerFile, JSON.stringify({ version: CODE_SERVER_VERSION, installedAt: new Date().toISOString(), node: process.version }, null, 2) + '\n');
  const version = installedVersion();
  if (!version) throw new HarnessError(`code-server was installed but \`${codeServerBin} --version\` fails`);
  log(`code-server installed in ${formatDuration(Date.now() - started)}: ${version}`);
}

function findFile(dir, predicate) {
  if (!existsSync(dir)) return undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findFile(path, predicate);
      if (found) return found;
    } else if (predicate(entry.name)) return path;
  }
  return undefined;
}

/** Ensures the Debian packages and code-server are installed; returns the code-server binary path. */
export async function provision({ force = false, quiet = false } = {}) {
  await ensureAptPackages();
  if (!existsSync(chromiumPath())) throw new HarnessError(`Chromium not found at ${chromiumPath()} (apt-get install chromium, or set SPEECH_OUTLINE_CHROMIUM)`);
  const version = force ? undefined : installedVersion();
  if (version) {
    if (!quiet) log(`code-server already provisioned: ${version}`);
  } else {
    await installCodeServer();
  }
  return codeServerBin;
}

if (isMain(import.meta.url)) {
  main(async () => {
    const bin = await provision({ force: hasFlag('force') });
    console.log(bin);
  });
}
