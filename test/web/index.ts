// Entry point VS Code calls in the web worker extension host (the `run()` contract of
// extensionTestsPath; `node scripts/run-integration.mjs --web` opens code-server with the extension
// placed in the web worker host, so it runs from its `browser` bundle).
//
// Everything here must work in a web worker: no Node APIs, no process.env, no require of anything
// but `vscode`. esbuild bundles this file, mocha's browser build and the test files into one module.
//
// The report channel is the opened workspace folder: the JSON report is written with
// vscode.workspace.fs to REPORT_FILE at its root (the folder is on code-server's disk, where the
// harness polls for it) once when the run starts (state "running"), after every test, and at the
// end (state "done"). Optional settings come the same way, from OPTIONS_FILE ({grep, timeout}).
// Each test is also logged to the console, which VS Code forwards to the page's console.
import 'mocha/mocha'; // mocha's browser build: sets the global `mocha` (typed by @types/mocha)
import * as vscode from 'vscode';
import { SUITES } from 'speech-outline:web-suites';
import { EXTENSION_ID, errorText, type Report } from '../shared/workbench';

export const REPORT_FILE = 'speech-outline-web-report.json';
export const OPTIONS_FILE = 'speech-outline-web-options.json';

// The suites (every *.test.ts of test/web and test/portable, found by esbuild.mjs like the Node
// suite's), loaded in run() after mocha.setup() has defined suite()/test(): each a lazy import.
interface Options {
  grep?: string;
  timeout?: number;
}

const LOG_PREFIX = '[speech-outline web tests]';

/** Reporter for mocha in a worker: the HTML reporter needs a DOM, the console is all there is. */
class ConsoleReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.on('pass', (test) => console.log(`${LOG_PREFIX} ✓ ${test.fullTitle()} (${test.duration ?? 0} ms)`));
    runner.on('fail', (test, error) => console.log(`${LOG_PREFIX} ✗ ${test.fullTitle()}: ${errorText(error)}`));
    runner.on('pending', (test) => console.log(`${LOG_PREFIX} - ${test.fullTitle()}`));
  }
}

async function readOptions(folder: vscode.Uri | undefined): Promise<Options> {
  if (!folder) return {};
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, OPTIONS_FILE)))) as Options;
  } catch {
    return {}; // no options file
  }
}

function hostFacts(): NonNullable<Report['host']> {
  const scope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
  const kind = vscode.extensions.getExtension(EXTENSION_ID)?.extensionKind;
  return {
    processDefined: typeof process !== 'undefined',
    workerGlobalScope: typeof scope === 'function' && globalThis instanceof scope,
    extensionKind: kind === undefined ? 'unknown' : vscode.ExtensionKind[kind],
  };
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const options = await readOptions(folder);
  const report: Report = { state: 'running', vscodeVersion: vscode.version, appHost: vscode.env.appHost, host: hostFacts(), passed: 0, failed: 0, pending: 0, tests: [] };

  // Writes are chained so they land in order; each writes a snapshot, then renames it into place
  // (a rename on the server's disk), so the harness never reads a half-written file.
  let writes: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
    if (!folder) return writes;
    const data = new TextEncoder().encode(JSON.stringify(report, null, 2));
    const target = vscode.Uri.joinPath(folder, REPORT_FILE);
    const temporary = vscode.Uri.joinPath(folder, `${REPORT_FILE}.tmp`);
    writes = writes
      .then(async () => {
        await vscode.workspace.fs.writeFile(temporary, data);
        await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
      })
      .catch((error: unknown) => console.error(`${LOG_PREFIX} cannot write the report: ${errorText(error)}`));
    return writes;
  };
  const fail = async (title: string, error: unknown): Promise<never> => {
    report.state = 'done';
    report.failed += 1;
    report.tests.push({ title, fullTitle: title, state: 'failed', error: errorText(error) });
    console.error(`${LOG_PREFIX} ${title}: ${errorText(error)}`);
    await save();
    throw error;
  };

  console.log(`${LOG_PREFIX} starting in VS Code ${vscode.version} (${JSON.stringify(report.host)})`);
  if (!folder) console.error(`${LOG_PREFIX} no workspace folder: the report can only go to the console`);
  await save();

  mocha.setup({ ui: 'tdd', color: false, reporter: ConsoleReporter, timeout: options.timeout ?? 30_000, ...(options.grep ? { grep: options.grep } : {}) });
  for (const [name, load] of Object.entries(SUITES)) {
    try {
      await load();
    } catch (error) {
      await fail(`load ${name}`, error);
    }
  }

  const finished = new Promise<number>((resolve, reject) => {
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => resolve(failures));
    } catch (error) {
      reject(error);
      return;
    }
    runner.on('pass', (test) => {
      report.passed += 1;
      report.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'passed', duration: test.duration });
      void save();
    });
    runner.on('fail', (test, error) => {
      report.failed += 1;
      report.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'failed', duration: test.duration, error: errorText(error) });
      void save();
    });
    runner.on('pending', (test) => {
      report.pending += 1;
      report.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'pending' });
      void save();
    });
  });
  const failures = await finished.catch((error: unknown) => fail('start mocha', error));
  report.state = 'done';
  await save();
  console.log(`${LOG_PREFIX} done: ${report.passed} passed, ${report.failed} failed, ${report.pending} pending`);
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
}

