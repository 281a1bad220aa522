// Entry point VS Code calls in the extension host (the `run()` contract of --extensionTestsPath,
// used by @vscode/test-electron and, through the workbench `payload`, by code-server; see
// scripts/run-integration.mjs). Runs every *.test.js bundled next to this file with Mocha (tdd UI).
//
// If SPEECH_OUTLINE_TEST_REPORT is set (the harness sets it in code-server's environment and the
// extension host inherits it), a JSON report is written there: once when the run starts (state
// "running"), after every test, and at the end (state "done").
import Mocha from 'mocha';
import { readdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { errorText, type Report } from '../shared/workbench';


export function run(): Promise<void> {
  const reportPath = process.env.SPEECH_OUTLINE_TEST_REPORT;
  const report: Report = { state: 'running', vscodeVersion: vscode.version, appHost: vscode.env.appHost, passed: 0, failed: 0, pending: 0, tests: [] };
  const save = (): void => {
    if (!reportPath) return;
    // Write then rename, so the harness never reads a half-written file.
    writeFileSync(`${reportPath}.tmp`, JSON.stringify(report, null, 2));
    renameSync(`${reportPath}.tmp`, reportPath);
  };

  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: Number(process.env.SPEECH_OUTLINE_TEST_TIMEOUT) || 30_000,
    ...(process.env.SPEECH_OUTLINE_TEST_GREP ? { grep: process.env.SPEECH_OUTLINE_TEST_GREP } : {}),
  });
  const files = readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of files) mocha.addFile(join(__dirname, name));
  save();

  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      report.state = 'done';
      report.failed = 1;
      report.tests.push({ title: 'load', fullTitle: 'load test files', state: 'failed', error: `no *.test.js files in ${__dirname}` });
      save();
      reject(new Error(`no *.test.js files in ${__dirname}`));
      return;
    }
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        report.state = 'done';
        save();
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (error) {
      // A test file that throws while loading lands here.
      report.state = 'done';
      report.failed += 1;
      report.tests.push({ title: 'load', fullTitle: 'load test files', state: 'failed', error: errorText(error) });
      save();
      reject(error);
      return;
    }
    runner.on('pass', (test) => {
      report.passed += 1;
      report.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'passed', duration: test.duration });
      save();
    });
    runner.on('fail', (test, error) => {
      report.failed += 1;
      report.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'failed', duration: test.duration, error: errorText(error) });
      save();
    });
    runner.on('pending', (test) => {
      report.pending += 1;
      report.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'pending' });
      save();
    });
  });
}

