// Runs the integration tests (out/test/integration/*.test.js) inside a real VS Code: code-server
// 1.100.3 opened by headless Chromium with the extension under development and the tests module in
// the workbench `payload`. The tests' run() writes a JSON report to SPEECH_OUTLINE_TEST_REPORT,
// which code-server's extension host inherits from this process.
//
// Usage: node scripts/run-integration.mjs [--web] [--no-build] [--grep TEXT] [--folder DIR] [--timeout SECONDS] [--keep] [--tests-dir DIR]
// --tests-dir: another bundled suite with the same run() contract (the benchmark's out/bench/vscode).
// --web: the web suite (out/test/web) in the web worker extension host, with the extension loaded
//   from its `browser` bundle. A worker has no environment variables and no Node fs, so the suite
//   reads its options from and writes its report into the opened folder: a fresh copy of the
//   samples, never samples/ itself (see test/web/index.ts).
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectLogs, freshProfile, launchBrowser, pruneProfiles, QUIET_SETTINGS, startCodeServer, workbenchUrl, writeUserSettings } from './code-server.mjs';
import { provision } from './provision.mjs';
import { argValue, build, formatDuration, HarnessError, hasFlag, isMain, log, main, repoRoot } from './util.mjs';

// Workbench load + extension host start + run() called (override: SPEECH_OUTLINE_STARTUP_TIMEOUT seconds).
const STARTUP_TIMEOUT_MS = (Number(process.env.SPEECH_OUTLINE_STARTUP_TIMEOUT) || 120) * 1000;

function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined; // not written yet
  }
}

/** Prints each test with ✓/✗ and the counts; returns the number of failures. */
export function printReport(report, label = 'integration') {
  for (const test of report.tests) {
    const mark = test.state === 'passed' ? '✓' : test.state === 'failed' ? '✗' : '-';
    const time = test.duration ? ` (${test.duration} ms)` : '';
    console.log(`  ${mark} ${test.fullTitle}${time}`);
  }
  const failures = report.tests.filter((test) => test.state === 'failed');
  failures.forEach((test, i) => {
    console.log(`\n  ${i + 1}) ${test.fullTitle}\n${String(test.error).replace(/^/gm, '     ')}`);
  });
  console.log(`\n${label}: ${report.passed} passed, ${report.failed} failed${report.pending ? `, ${report.pending} pending` : ''}`);
  return report.failed;
}

/** The extension host log, reduced to what concerns this extension (activation, errors). */
function extensionHostLog(userDataDir) {
  const text = collectLogs(userDataDir, { match: /exthost\d*[\\/](remote)?exthost\.log$/i, maxChars: 60_000 });
  const lines = text.split('\n').filter((line) => /^---|\[error\]|speech-outline|Activating extension .* failed/i.test(line));
  const seen = new Set();
  const unique = lines.filter((line) => {
    const key = line.replace(/^[\d-]+ [\d:.]+ /, ''); // without the timestamp
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.slice(-150).join('\n');
}

function diagnostics(server, browser) {
  const lines = browser ? browser.console().filter((line) => !/open-vsx|ERR_NAME_NOT_RESOLVED|marketplace|Failed to load resource/i.test(line)) : [];
  return (
    `--- extension host and server logs (${join(server.userDataDir, 'logs')}) ---\n${collectLogs(server.userDataDir, { match: /exthost|remoteagent|server/i })}\n` +
    `--- code-server output ---\n${server.output().slice(-8000)}\n` +
    `--- page console (last 80 lines, network noise removed) ---\n${lines.slice(-80).join('\n')}\n--- end ---`
  );
}

/**
 * Runs the suite; resolves to the report. Throws a HarnessError when the run does not complete.
 * @param {{ web?: boolean, noBuild?: boolean, grep?: string, folder?: string, timeoutSeconds?: number, keep?: boolean, testsDir?: string }} [options]
 */
export async function runIntegration({ web = false, noBuild = false, grep, folder = join(repoRoot, 'samples'), timeoutSeconds = 600, keep = false, testsDir } = {}) {
  const started = Date.now();
  testsDir ??= join(repoRoot, 'out', 'test', web ? 'web' : 'integration');
  if (!noBuild) await build({ tests: true });
  const testsIndex = join(testsDir, 'index.js');
  if (!existsSync(testsIndex)) throw new HarnessError(`${testsIndex} is missing (node esbuild.mjs --tests)`);
  if (!existsSync(folder)) throw new HarnessError(`workspace folder ${folder} does not exist`);
  const bin = await provision({ quiet: true });

  pruneProfiles();
  const profile = freshProfile(web ? 'web' : 'integration');
  // The web worker host: the user setting that places an extension (VS Code's picker honours "web").
  // VS Code 1.100's web workbench parses a payload `extensionDevelopmentKind` but its running-location
  // tracker never reads it, so the setting is the way that works.
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const extensionId = `${manifest.publisher}.${manifest.name}`;
  writeUserSettings(profile.userDataDir, web ? { ...QUIET_SETTINGS, 'remote.extensionKind': { [extensionId]: ['web'] } } : QUIET_SETTINGS);
  let reportPath = join(profile.dir, 'report.json');
  const env = { SPEECH_OUTLINE_TEST_REPORT: reportPath };
  if (grep) env.SPEECH_OUTLINE_TEST_GREP = grep;
  if (web) {
    // Names shared with test/web/index.ts (REPORT_FILE, OPTIONS_FILE).
    const workspace = join(profile.dir, 'workspace');
    cpSync(folder, workspace, { recursive: true });
    folder = workspace;
    reportPath = join(workspace, 'speech-outline-web-report.json');
    writeFileSync(join(workspace, 'speech-outline-web-options.json'), JSON.stringify(grep ? { grep } : {}));
  }

  const server = await startCodeServer({ bin, folder, userDataDir: profile.userDataDir, extensionsDir: profile.extensionsDir, env });
  let browser;
  try {
    browser = await launchBrowser();
    const url = workbenchUrl(server, { extensionDevelopmentPath: repoRoot, extensionTestsPath: join(testsDir, 'index') });
    log(`opening ${url}`);
    await browser.page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    // Phase 1: the extension host calls run(), which writes the report at once.
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    while (!readReport(reportPath)) {
      if (server.exited()) throw new HarnessError(`code-server exited while starting the tests\n${diagnostics(server, browser)}`);
      if (Date.now() > deadline) {
        throw new HarnessError(`the test run did not start within ${formatDuration(STARTUP_TIMEOUT_MS)} (run() in ${testsIndex} was never called)\n${diagnostics(server, browser)}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    log(`tests started in the extension host after ${formatDuration(Date.now() - started)}`);

    // Phase 2: wait for state "done", bounded.
    const runDeadline = Date.now() + timeoutSeconds * 1000;
    let report = readReport(reportPath);
    let printed = 0;
    while (!report || report.state !== 'done') {
      if (server.exited()) throw new HarnessError(`code-server exited during the tests\n${diagnostics(server, browser)}`);
      if (Date.now() > runDeadline) {
        if (report) printReport(report);
        throw new HarnessError(`the tests did not finish within ${timeoutSeconds} s\n${diagnostics(server, browser)}`);
      }
      await new Promise((r) => setTimeout(r, 250));
      report = readReport(reportPath) ?? report;
      if (report && report.tests.length > printed && process.stdout.isTTY) {
        printed = report.tests.length;
        process.stdout.write(`\r[harness] ${report.passed} passed, ${report.failed} failed so far`);
      }
    }
    if (printed) process.stdout.write('\n');
    log(`tests finished after ${formatDuration(Date.now() - started)} (VS Code ${report.vscodeVersion}, ${report.appHost})`);
    // For failures (an activation error shows up only there): the extension host's view.
    if (report.failed > 0) report.hostLog = extensionHostLog(server.userDataDir);
    return report;
  } finally {
    if (browser) await browser.stop();
    await server.stop();
    if (keep) log(`profile kept in ${profile.dir}`);
  }
}

if (isMain(import.meta.url)) {
  main(async () => {
    const folder = argValue('folder');
    const web = hasFlag('web');
    const report = await runIntegration({
      web,
      noBuild: hasFlag('no-build'),
      grep: argValue('grep'),
      folder: folder ? resolve(folder) : undefined,
      timeoutSeconds: Number(argValue('timeout')) || 600,
      keep: hasFlag('keep'),
      testsDir: argValue('tests-dir') ? resolve(argValue('tests-dir')) : undefined,
    });
    console.log('');
    if (report.host) console.log(`host: ${JSON.stringify(report.host)}`);
    const failed = printReport(report, web ? 'web' : 'integration');
    if (report.hostLog) console.log(`\n--- extension host log (errors and this extension's lines) ---\n${report.hostLog}\n--- end ---`);
    return failed > 0 || report.passed === 0 ? 1 : 0;
  });
}
