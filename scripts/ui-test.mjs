// UI test of the packaged extension in a real VS Code (code-server + headless Chromium):
// installs the .vsix into a fresh profile, opens a sample speech, checks the Outline view against
// the CLI's outline (`dist/cli.js --json FILE`, the copy shipped in the .vsix), clicks a heading,
// checks cursor and breadcrumbs, folds it, drives the Speech Structure view, pastes a web page with
// Ctrl+V and chooses Paste as Speech Text, checks the length status item, the highlighting in a
// dark and a light theme and the walkthrough (test/ui/*.ui.mjs), and saves screenshots into
// test-results/screenshots/.
//
// Usage: node scripts/ui-test.mjs [--file samples/NAME.speech] [--vsix PATH] [--repackage]
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { aidsScenario } from '../test/ui/aids.ui.mjs';
import { enterScenario } from '../test/ui/enter.ui.mjs';
import { fixAllScenario } from '../test/ui/fixAll.ui.mjs';
import { outlineScenario } from '../test/ui/outline.ui.mjs';
import { pasteScenario } from '../test/ui/paste.ui.mjs';
import { structureScenario } from '../test/ui/structure.ui.mjs';
import { collectLogs, freshProfile, launchBrowser, pruneProfiles, QUIET_SETTINGS, startCodeServer, workbenchUrl, writeUserSettings } from './code-server.mjs';
import { packageExtension, vsixPath } from './package.mjs';
import { codeServerCliEnv, codeServerConfig, provision } from './provision.mjs';
import { waitForWorkbench } from '../test/ui/workbench.mjs';
import { argValue, capture, formatDuration, HarnessError, hasFlag, isMain, log, main, repoRoot } from './util.mjs';

const EXTENSION_ID = 'speech-outline.speech-outline';

/** The sample to open: --file, else SPEECH_OUTLINE_UI_SAMPLE, else the first samples/*.speech (then *.txt) by name. */
function chooseSample() {
  const given = argValue('file') ?? process.env.SPEECH_OUTLINE_UI_SAMPLE;
  if (given) {
    const path = resolve(given);
    if (!existsSync(path)) throw new HarnessError(`sample ${path} does not exist`);
    return path;
  }
  const samples = join(repoRoot, 'samples');
  const names = existsSync(samples) ? readdirSync(samples).sort() : [];
  const name = names.find((n) => n.endsWith('.speech')) ?? names.find((n) => n.endsWith('.txt'));
  if (!name) throw new HarnessError(`no *.speech or *.txt file in ${samples}`);
  return join(samples, name);
}

/** True when the .vsix is missing or older than anything that goes into it. */
function packageIsStale(vsix) {
  if (!existsSync(vsix)) return true;
  const built = statSync(vsix).mtimeMs;
  const newest = (path) => {
    if (!existsSync(path)) return 0;
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
  };
  const inputs = ['src', 'l10n', 'package.json', 'language-configuration.json', 'esbuild.mjs', '.vscodeignore', 'README.md', 'LICENSE'];
  const inputsTime = Math.max(...inputs.map((name) => newest(join(repoRoot, name))), ...readdirSync(repoRoot).filter((n) => n.startsWith('package.nls')).map((n) => newest(join(repoRoot, n))));
  return inputsTime > built;
}

/** The expected outline: the CLI's JSON for the sample. */
function cliOutline(cli, file) {
  const result = capture(process.execPath, [cli, '--json', file]);
  if (result.status !== 0) throw new HarnessError(`node ${cli} --json ${file} failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  try {
    // The CLI prints one record per file: [{ file, outline: [roots…] }].
    const [record] = JSON.parse(result.stdout);
    if (!record || !Array.isArray(record.outline)) throw new Error('not [{ file, outline: [...] }]');
    return record.outline;
  } catch (error) {
    throw new HarnessError(`node ${cli} --json ${file} did not print [{ file, outline }] (${/** @type {Error} */ (error).message}); it printed:\n${result.stdout.slice(0, 2000)}`);
  }
}

/** The expected lengths: the CLI's --stats --json record for the sample ({ total, sections }). */
function cliStats(cli, file) {
  const result = capture(process.execPath, [cli, '--stats', '--json', file]);
  if (result.status !== 0) throw new HarnessError(`node ${cli} --stats --json ${file} failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  const [record] = JSON.parse(result.stdout);
  if (!record?.total || !Array.isArray(record.sections)) throw new HarnessError(`node ${cli} --stats --json ${file} did not print [{ file, total, sections }]`);
  return record;
}

/** @param {{ file?: string, vsix?: string, repackage?: boolean }} [options] */
export async function uiTest({ file = chooseSample(), vsix, repackage = false } = {}) {
  const started = Date.now();
  const screenshotsDir = join(repoRoot, 'test-results', 'screenshots');
  mkdirSync(screenshotsDir, { recursive: true });
  for (const name of readdirSync(screenshotsDir)) if (name.endsWith('.png')) rmSync(join(screenshotsDir, name));
  const results = [];
  const check = (name, ok, detail = '') => {
    results.push({ name, ok, detail });
    console.log(`  ${ok ? '✓' : '✗'} ${name}${!ok && detail ? `\n      ${detail}` : ''}`);
    return ok;
  };

  if (vsix) {
    if (!existsSync(vsix)) throw new HarnessError(`${vsix} does not exist`);
  } else {
    vsix = vsixPath();
    if (repackage || packageIsStale(vsix)) vsix = (await packageExtension()).path;
  }
  const bin = await provision({ quiet: true });
  pruneProfiles();
  const profile = freshProfile('ui');
  writeUserSettings(profile.userDataDir, {
    ...QUIET_SETTINGS,
    'outline.collapseItems': 'alwaysExpand',
    'breadcrumbs.enabled': true,
    'editor.minimap.enabled': false,
    'workbench.editor.enablePreview': false,
  });

  log(`installing ${basename(vsix)} into a fresh profile`);
  const install = capture(bin, ['--config', codeServerConfig, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--install-extension', vsix], { env: codeServerCliEnv() });
  const listed = capture(bin, ['--config', codeServerConfig, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--list-extensions', '--show-versions'], { env: codeServerCliEnv() });
  const installed = listed.stdout.split('\n').find((line) => line.toLowerCase().startsWith(`${EXTENSION_ID}@`));
  if (!check(`code-server --install-extension installs ${EXTENSION_ID}`, install.status === 0 && Boolean(installed), `${install.stdout}${install.stderr}${listed.stdout}`)) {
    return { results, durationMs: Date.now() - started };
  }
  // The expected outline comes from the CLI shipped in the package we just installed.
  const extensionDir = readdirSync(profile.extensionsDir).find((name) => name.toLowerCase().startsWith(`${EXTENSION_ID}-`));
  const shippedCli = extensionDir && join(profile.extensionsDir, extensionDir, 'dist', 'cli.js');
  const cli = shippedCli && existsSync(shippedCli) ? shippedCli : join(repoRoot, 'dist', 'cli.js');
  const expectedRoots = cliOutline(cli, file);
  const stats = cliStats(cli, file);
  log(`sample ${file.replace(`${repoRoot}/`, '')}; expected outline from ${cli.replace(`${repoRoot}/`, '')}`);

  const server = await startCodeServer({ bin, folder: dirname(file), userDataDir: profile.userDataDir, extensionsDir: profile.extensionsDir });
  let browser;
  try {
    browser = await launchBrowser({ viewport: { width: 1400, height: 1000 } });
    await browser.page.goto(workbenchUrl(server), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitForWorkbench(browser.page);
    await outlineScenario({ page: browser.page, fileName: basename(file), expectedRoots, check, screenshotsDir });
    await structureScenario({ page: browser.page, expectedRoots, check, screenshotsDir });
    await pasteScenario({ page: browser.page, origin: new URL(workbenchUrl(server)).origin, check, screenshotsDir });
    await fixAllScenario({ page: browser.page, check, screenshotsDir });
    await aidsScenario({ page: browser.page, fileName: basename(file), stats, check, screenshotsDir });
    await enterScenario({ page: browser.page, check });
  } catch (error) {
    check('the UI scenario runs to the end', false, /** @type {Error} */ (error).message.split('\n').slice(0, 12).join('\n      '));
    if (browser) await browser.page.screenshot({ path: join(screenshotsDir, 'failure.png') }).catch(() => {});
  } finally {
    if (results.some((result) => !result.ok)) {
      console.log(`--- extension host log ---\n${collectLogs(profile.userDataDir, { match: /exthost\d*[\\/](remote)?exthost\.log$/i, maxChars: 15_000 })}`);
      if (browser) console.log(`--- page console (last 40) ---\n${browser.console().filter((l) => !/open-vsx|ERR_NAME_NOT_RESOLVED|Failed to load resource/.test(l)).slice(-40).join('\n')}\n--- end ---`);
    }
    if (browser) await browser.stop();
    await server.stop();
  }
  log(`screenshots in ${screenshotsDir.replace(`${repoRoot}/`, '')}/: ${readdirSync(screenshotsDir).sort().join(', ')}`);
  return { results, durationMs: Date.now() - started };
}

if (isMain(import.meta.url)) {
  main(async () => {
    const vsix = argValue('vsix');
    const { results, durationMs } = await uiTest({ ...(argValue('file') ? { file: resolve(argValue('file')) } : {}), vsix: vsix && resolve(vsix), repackage: hasFlag('repackage') });
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`\nui: ${passed} checks passed${failed ? `, ${failed} failed` : ''} (${formatDuration(durationMs)})`);
    return failed > 0 || passed === 0 ? 1 : 0;
  });
}
