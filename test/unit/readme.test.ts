// The README's commands, run as written: the two commands are the ones CI and the scripts run, the
// port option is spelled the way npm passes it on, and the command-line examples print what the
// README shows.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

const root = resolve(__dirname, '../../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };

/** The fenced code blocks of a Markdown text, with their info string. */
function codeBlocks(markdown: string): { info: string; lines: string[] }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ info: match[1], lines: match[2].replace(/\n$/, '').split('\n') }));
}

/** Runs a command line the way a shell in the checkout would (no package download). */
function run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'C', npm_config_yes: 'false', npm_config_update_notifier: 'false' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('README: the two commands', () => {
  const block = codeBlocks(readme).find((b) => b.info === 'sh' && b.lines.some((line) => line.startsWith('npm ci && npm start')));
  const commands = block?.lines.map((line) => line.replace(/#.*$/, '').trim()).filter(Boolean);

  test('the first shell block holds exactly `npm ci && npm start` and `npm ci && npm test`', () => {
    assert.deepEqual(commands, ['npm ci && npm start', 'npm ci && npm test']);
  });

  test('the test command is the one .ci/run runs', () => {
    const ci = readFileSync(join(root, '.ci', 'run'), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
    assert.equal(ci.at(-1), commands?.[1]);
  });

  test('npm start and npm test run the harness scripts, and npm ci builds the command line', () => {
    assert.equal(pkg.scripts.start, 'node scripts/start.mjs');
    assert.equal(pkg.scripts.test, 'node scripts/test-all.mjs');
    assert.match(pkg.scripts.prepare, /^node esbuild\.mjs$/);
    assert.equal(pkg.bin['speech-outline'], 'dist/cli.js');
  });

  test('a port is passed after `--` (npm keeps `npm start --port N` for itself) and code-server is 4.100.3', () => {
    const mentions = [...readme.matchAll(/npm start[^`\n]*--port/g)].map((match) => match[0]);
    assert.ok(mentions.length > 0);
    for (const mention of mentions) assert.match(mention, /^npm start -- --port/);
    assert.doesNotMatch(readme, /code-server 1\.|code-server \(?1\.100/);
    assert.match(readme, /code-server 4\.100\.3/);
  });
});

describe('npm start: the port', () => {
  /** startPort(argv, env) from scripts/start.mjs, in a child process (it is an ES module). */
  function startPort(argv: string[], env: Record<string, string>): string {
    const script = `import('./scripts/start.mjs').then(({ startPort }) => { try { console.log(startPort(${JSON.stringify(argv)}, ${JSON.stringify(env)})); } catch (e) { console.log('error: ' + e.message); } })`;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout.trim();
  }

  test('npm start -- --port N, --port=N, SPEECH_OUTLINE_PORT, default 8080', () => {
    assert.equal(startPort(['--port', '8391'], {}), '8391');
    assert.equal(startPort(['--port=8392'], { SPEECH_OUTLINE_PORT: '9000' }), '8392');
    assert.equal(startPort([], { SPEECH_OUTLINE_PORT: '9000' }), '9000');
    assert.equal(startPort([], {}), '8080');
  });

  test('what npm makes of `npm start --port N` and `npm start --port=N` is understood too', () => {
    assert.equal(startPort(['8391'], { npm_config_port: 'true' }), '8391');
    assert.equal(startPort([], { npm_config_port: '8393' }), '8393');
  });

  test('anything but a port number is an error that says how to pass one', () => {
    assert.match(startPort(['--port', 'abc'], {}), /^error: invalid port "abc" \(use: npm start -- --port N\)/);
    assert.match(startPort(['--port', '70000'], {}), /^error: invalid port "70000"/);
    assert.match(startPort([], { npm_config_port: 'true' }), /^error: invalid port ""/);
  });
});

describe('README: the command line from a checkout', () => {
  test('npx speech-outline --help works', () => {
    const { status, stdout, stderr } = run('npx', ['speech-outline', '--help']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^Usage: speech-outline/);
  });

  const example = codeBlocks(readme).find((b) => b.lines[0]?.startsWith('$ npx speech-outline '));
  test('the example prints exactly what the README shows', () => {
    assert.ok(example, 'README has a `$ npx speech-outline FILE` example');
    const args = example.lines[0].slice('$ npx '.length).split(' ');
    const { status, stdout, stderr } = run('npx', args);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, `${example.lines.slice(1).join('\n')}\n`);
  });

  test('every option in the usage block is one the command knows', () => {
    const usage = codeBlocks(readme).find((b) => b.lines.every((line) => line.startsWith('npx speech-outline')));
    assert.ok(usage, 'README has a block of `npx speech-outline` usages');
    const help = run('npx', ['speech-outline', '--help']).stdout;
    const options = new Set(usage.lines.flatMap((line) => line.replace(/#.*$/, '').match(/--[a-z-]+/g) ?? []));
    assert.deepEqual([...options].sort(), ['--check', '--clean', '--docx', '--help', '--ignore', '--json', '--markdown', '--rate', '--renumber', '--stats', '--write']);
    for (const option of options) assert.ok(help.includes(option), `${option} is in --help`);
  });
});
