// Library: start code-server (VS Code 1.100.3 in a browser) on loopback with an isolated profile,
// drive it with headless Chromium through playwright-core, and always tear both down.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { codeServerConfig, codeServerDir } from './provision.mjs';
import { cacheDir, chromiumPath, formatDuration, HarnessError, log, xdgDirs } from './util.mjs';

/** Flags for Debian's Chromium in a container without GPU, sandbox or network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--lang=en-US',
];

// Everything we started, so that an exit (normal, Ctrl+C, crash) can still kill it.
const live = new Set();
let handlersInstalled = false;

function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const item of live) item.killNow();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      log(`${signal}: stopping`);
      for (const item of live) item.killNow();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/** A free TCP port on 127.0.0.1 (asks the kernel for one). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

/** Rejects with a clear error if `port` cannot be bound on 127.0.0.1. */
export function assertPortFree(port) {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      reject(new HarnessError(error.code === 'EADDRINUSE' ? `port ${port} on 127.0.0.1 is already in use; choose another (--port N or SPEECH_OUTLINE_PORT)` : `cannot listen on 127.0.0.1:${port}: ${error.message}`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort(port)));
  });
}

/** GET a URL on loopback; resolves to the status code, or 0 when nothing answers. */
function httpStatus(url) {
  return new Promise((resolveStatus) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolveStatus(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolveStatus(0));
  });
}

/** A fresh profile folder under .cache/profiles/ (user data + extensions). */
export function freshProfile(name) {
  const base = join(cacheDir, 'profiles');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, `${name}-`));
  const profile = { dir, userDataDir: join(dir, 'user-data'), extensionsDir: join(dir, 'extensions') };
  mkdirSync(profile.userDataDir, { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  return profile;
}

/** Removes old profile folders (keeps the newest `keep` of each kind) so .cache does not grow without bound. */
export function pruneProfiles(keep = 3) {
  const base = join(cacheDir, 'profiles');
  if (!existsSync(base)) return;
  const byKind = new Map();
  for (const name of readdirSync(base)) {
    const kind = name.replace(/-[^-]+$/, '');
    const list = byKind.get(kind) ?? [];
    list.push({ name, mtime: statSync(join(base, name)).mtimeMs });
    byKind.set(kind, list);
  }
  for (const list of byKind.values()) {
    list.sort((a, b) => b.mtime - a.mtime);
    for (const old of list.slice(keep)) rmSync(join(base, old.name), { recursive: true, force: true });
  }
}

/** Writes VS Code user settings into a profile (before code-server starts). */
export function writeUserSettings(userDataDir, settings) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

/** Settings that keep a test workbench quiet and deterministic. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
};

/**
 * Starts code-server and waits until it answers HTTP.
 * @param {object} options
 * @param {string} options.bin code-server binary (from provision())
 * @param {string} options.folder workspace folder to open
 * @param {string} options.userDataDir
 * @param {string} options.extensionsDir
 * @param {number} [options.port] fixed port (fails if taken); default: a free one
 * @param {Record<string,string>} [options.env] extra environment (inherited by the extension host)
 * @param {number} [options.timeoutMs] how long to wait for HTTP (default 60 s)
 * @param {boolean} [options.echo] also print code-server's output as it comes
 */
export async function startCodeServer({ bin, folder, userDataDir, extensionsDir, port, env = {}, timeoutMs = 60_000, echo = false }) {
  installExitHandlers();
  if (port) await assertPortFree(port);
  else port = await freePort();
  const args = [
    '--config', codeServerConfig,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    folder,
  ];
  let output = '';
  // Its own short temp folder (removed on stop): extension hosts leave vscode-ipc-*.sock files
  // behind when killed, and a Unix socket path must stay under 108 bytes.
  const tempDir = mkdtempSync(join(tmpdir(), 'so-cs-'));
  const child = spawn(bin, args, {
    // Its own process group, so teardown reaches the server's children (extension hosts, pty host).
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...xdgDirs(join(dirname(userDataDir), 'xdg')),
      TMPDIR: tempDir,
      XDG_RUNTIME_DIR: tempDir,
      ...env,
      CODE_SERVER_CONFIG: codeServerConfig,
    },
  });
  /** @type {{ code: number | null, signal: string | null, error?: Error } | null} */
  let exited = null;
  const exitPromise = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolveExit(exited);
    });
    child.on('error', (error) => {
      exited = { code: -1, signal: null, error };
      resolveExit(exited);
    });
  });
  const onData = (chunk) => {
    const text = chunk.toString();
    output += text;
    if (output.length > 200_000) output = output.slice(-100_000);
    if (echo) process.stdout.write(text.replace(/^/gm, '[code-server] '));
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const removeTemp = () => rmSync(tempDir, { recursive: true, force: true });
  const entry = {
    killNow: () => {
      killGroup('SIGKILL');
      removeTemp();
    },
  };
  live.add(entry);

  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    port,
    pid: child.pid,
    folder,
    userDataDir,
    extensionsDir,
    output: () => output,
    exited: () => exited,
    /** Stops code-server and everything it started (SIGTERM, then SIGKILL after 5 s). */
    async stop() {
      if (!exited) {
        killGroup('SIGTERM');
        const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
        await exitPromise;
        clearTimeout(timer);
      }
      killGroup('SIGKILL'); // stragglers in the group (extension host, pty host)
      removeTemp();
      live.delete(entry);
    },
  };

  const started = Date.now();
  for (;;) {
    if (exited) {
      live.delete(entry);
      removeTemp();
      throw new HarnessError(`code-server exited before answering HTTP (${exited.error?.message ?? exited.signal ?? `exit code ${exited.code}`}):\n${output}`);
    }
    if ((await httpStatus(`${url}/healthz`)) === 200) break;
    if (Date.now() - started > timeoutMs) {
      await server.stop();
      throw new HarnessError(`code-server did not answer on ${url} within ${formatDuration(timeoutMs)}; its output:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`code-server ${url} up in ${formatDuration(Date.now() - started)} (pid ${child.pid}, folder ${folder})`);
  return server;
}

/** True when `path` is `folder` or inside it. */
function isInside(folder, path) {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The path to give the workbench for the extension under development. When that folder holds
 * code-server itself — it does: code-server is installed inside this repository, in
 * .cache/code-server — the workbench came up with the wrong colour theme (seen in a fresh clone:
 * `npm start` in Light+ instead of VS Code's default Light Modern, `npm run screenshots` waiting in
 * vain for the Dark Modern its settings ask for; a git worktree, whose .cache/code-server links to
 * another checkout, was fine). A symbolic link outside the repository names the same folder without holding
 * code-server. Used where people look at the workbench (`npm start`, `npm run screenshots`); the
 * test suites leave it (the web suite's runner expects the extension at the repository's path).
 * @param {string} path
 */
export function developmentPath(path) {
  const codeServer = existsSync(codeServerDir) ? realpathSync(codeServerDir) : codeServerDir;
  if (!isInside(realpathSync(path), codeServer)) return path;
  const link = join(tmpdir(), `speech-outline-dev-${createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 12)}`);
  let current;
  try {
    current = lstatSync(link).isSymbolicLink() ? readlinkSync(link) : undefined;
  } catch {
    current = undefined;
  }
  if (current !== path) {
    rmSync(link, { force: true });
    symlinkSync(path, link, 'dir');
  }
  return link;
}

/**
 * The workbench URL for a folder, with VS Code's extension-development options in `payload`
 * (the web workbench reads them the way the desktop reads --extensionDevelopmentPath etc.).
 * @param {{ port: number, folder: string, url: string }} server
 * @param {{ extensionDevelopmentPath?: string, extensionTestsPath?: string, openFile?: string }} [options]
 */
export function workbenchUrl(server, { extensionDevelopmentPath, extensionTestsPath, openFile } = {}) {
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path.split('/').map(encodeURIComponent).join('/')}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  // The workbench opens this file in an editor at startup (VS Code web's `openFile` payload key).
  if (openFile) payload.push(['openFile', remote(openFile)]);
  const params = new URLSearchParams({ folder: server.folder });
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${server.url}/?${params}`;
}

/** Launches headless Chromium through playwright-core; returns {browser, page, console(), stop()}. */
export async function launchBrowser({ headless = true, viewport = { width: 1400, height: 900 } } = {}) {
  installExitHandlers();
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new HarnessError(`Chromium not found at ${executablePath} (apt-get install chromium)`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    headless,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    env: { ...process.env, ...xdgDirs(join(cacheDir, 'browser')) },
  });
  const entry = {
    killNow: () => {
      try {
        /** @type {any} */ (browser).process?.()?.kill('SIGKILL');
      } catch {
        // gone
      }
    },
  };
  live.add(entry);
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
  return {
    browser,
    page,
    console: () => consoleLines,
    async stop() {
      try {
        await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 10_000))]);
      } finally {
        entry.killNow();
        live.delete(entry);
      }
    },
  };
}

/** Collects code-server's log files of a profile (extension host, server, exthost output), newest session. */
export function collectLogs(userDataDir, { match = /exthost|remoteagent|server|sharedprocess|main|renderer|exm/i, maxChars = 40_000 } = {}) {
  const logsDir = join(userDataDir, 'logs');
  if (!existsSync(logsDir)) return `(no logs folder at ${logsDir})`;
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.log') && match.test(relative(logsDir, path))) files.push(path);
    }
  };
  walk(logsDir);
  files.sort((a, b) => Number(/exthost/i.test(b)) - Number(/exthost/i.test(a)));
  let text = '';
  for (const file of files) {
    const content = readFileSync(file, 'utf8').trim();
    if (!content) continue;
    text += `--- ${relative(userDataDir, file)} ---\n${content.length > 12_000 ? `...${content.slice(-12_000)}` : content}\n`;
    if (text.length > maxChars) break;
  }
  return text || `(log files under ${logsDir} are empty)`;
}
