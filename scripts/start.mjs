// `npm start`: builds the extension, provisions code-server if needed, and serves VS Code 1.100.3
// on http://127.0.0.1:PORT with the samples folder open and this repository loaded as a
// development extension. Runs until Ctrl+C. Loopback only: from another machine use an SSH tunnel
// (ssh -L 8080:127.0.0.1:8080 host).
//
// Usage: node scripts/start.mjs [--port N] [--folder DIR]   (port also from SPEECH_OUTLINE_PORT; default 8080)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { QUIET_SETTINGS, startCodeServer, workbenchUrl, writeUserSettings } from './code-server.mjs';
import { provision } from './provision.mjs';
import { argValue, build, cacheDir, HarnessError, isMain, log, main, repoRoot } from './util.mjs';

if (isMain(import.meta.url)) {
  main(async () => {
    const portText = argValue('port') ?? process.env.SPEECH_OUTLINE_PORT ?? '8080';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new HarnessError(`invalid port "${portText}"`);
    const folder = resolve(argValue('folder') ?? join(repoRoot, 'samples'));
    if (!existsSync(folder)) throw new HarnessError(`folder ${folder} does not exist`);

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
    const url = workbenchUrl(server, { extensionDevelopmentPath: repoRoot });
    console.log(`
  Speech Outline in VS Code ${'1.100.3'} (code-server), workspace ${folder}
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
