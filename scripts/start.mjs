// `npm start`: builds the extension, provisions code-server 4.100.3 if needed, and serves the VS Code
// 1.100.3 it embeds on http://127.0.0.1:PORT with the samples folder open, a sample speech open in
// the editor, and this repository loaded as a development extension (which reveals the Outline view:
// src/features/devViews.ts). Runs until Ctrl+C. Loopback only: from another machine use an SSH
// tunnel (ssh -L 8080:127.0.0.1:8080 host).
//
// Usage: npm start -- [--port N] [--folder DIR] [--file FILE]
//        (port also from SPEECH_OUTLINE_PORT; default 8080. `npm start --port N` works too: npm
//        takes the flag as its own config, `npm_config_port=true`, and leaves N as an argument.)
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { developmentPath, QUIET_SETTINGS, startCodeServer, workbenchUrl, writeUserSettings } from './code-server.mjs';
import { provision } from './provision.mjs';
import { argValue, build, cacheDir, HarnessError, isMain, log, main, repoRoot } from './util.mjs';

/** The sample `npm start` opens when it serves the samples folder. */
export const START_SAMPLE = '安全生产工作会议讲话.speech';

/**
 * The port asked for: `--port N` / `--port=N` after `--`, else what npm made of `npm start --port N`
 * (`npm_config_port` is `N` for `--port=N`, `true` for `--port N` with N left as an argument), else
 * SPEECH_OUTLINE_PORT, else 8080. Throws a HarnessError for anything but a port number.
 * @param {string[]} argv the script's arguments (process.argv.slice(2))
 * @param {Record<string, string | undefined>} env
 */
export function startPort(argv, env) {
  let text;
  for (let i = 0; i < argv.length && text === undefined; i++) {
    if (argv[i] === '--port') text = argv[i + 1] ?? '';
    else if (argv[i].startsWith('--port=')) text = argv[i].slice('--port='.length);
  }
  const npmPort = env.npm_config_port;
  if (text === undefined && npmPort !== undefined && npmPort !== '') {
    text = npmPort === 'true' ? argv.find((arg) => /^\d+$/.test(arg)) ?? '' : npmPort;
  }
  text ??= env.SPEECH_OUTLINE_PORT || '8080';
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) throw new HarnessError(`invalid port "${text}" (use: npm start -- --port N)`);
  return port;
}

if (isMain(import.meta.url)) {
  main(async () => {
    const port = startPort(process.argv.slice(2), process.env);
    const folder = resolve(argValue('folder') ?? join(repoRoot, 'samples'));
    if (!existsSync(folder)) throw new HarnessError(`folder ${folder} does not exist`);
    const fileArg = argValue('file');
    const file = fileArg ? (isAbsolute(fileArg) ? fileArg : resolve(fileArg)) : join(folder, START_SAMPLE);
    if (fileArg && !existsSync(file)) throw new HarnessError(`file ${file} does not exist`);

    await build();
    const bin = await provision({ quiet: true });
    // A persistent profile (settings, opened editors, extensions survive restarts), separate from the tests'.
    const profileDir = join(cacheDir, 'dev-profile');
    const userDataDir = join(profileDir, 'user-data');
    const extensionsDir = join(profileDir, 'extensions');
    if (!existsSync(join(userDataDir, 'User', 'settings.json'))) {
      writeUserSettings(userDataDir, { ...QUIET_SETTINGS, 'outline.collapseItems': 'alwaysExpand', 'breadcrumbs.enabled': true });
    }
    const server = await startCodeServer({ bin, folder, userDataDir, extensionsDir, port });
    const url = workbenchUrl(server, { extensionDevelopmentPath: developmentPath(repoRoot), openFile: existsSync(file) ? file : undefined });
    console.log(`
  Speech Outline in VS Code 1.100.3 (code-server 4.100.3), workspace ${folder}
  Open:  ${url}
  After a rebuild (npm run build), run "Developer: Reload Window" in the page (F1).
  Ctrl+C stops the server.
`);
    const exit = await new Promise((resolveExit) => {
      const timer = setInterval(() => {
        const exited = server.exited();
        if (exited) {
          clearInterval(timer);
          resolveExit(exited);
        }
      }, 500);
    });
    log(`code-server exited (${exit.signal ?? `exit code ${exit.code}`}):\n${server.output().slice(-4000)}`);
    return 1;
  });
}
