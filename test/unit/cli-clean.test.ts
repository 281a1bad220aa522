// speech-outline --clean, run as users run it (node dist/cli.js).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { cleanText } from '../../src/core';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out', 'test', 'cli.js');
const webPage = join(root, 'samples', '从网页复制的讲话（待清理）.txt');
const dir = mkdtempSync(join(tmpdir(), 'speech-outline-clean-'));

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { input, env: { ...process.env, LANG: 'C' } });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

describe('speech-outline --clean', () => {
  test('prints the cleaned text of a file: the core cleanup, byte for byte', () => {
    const { status, stdout } = run(['--clean', webPage]);
    assert.equal(status, 0);
    assert.equal(stdout, cleanText(readFileSync(webPage, 'utf8')).text);
    assert.ok(stdout.startsWith('在全县春季农业生产工作会议上的讲话\n　　同志们：\n'));
    assert.ok(!stdout.includes('当前位置'));
  });

  test('reads standard input for -', () => {
    const { status, stdout } = run(['--clean', '-'], '<p>同志们:</p><p>&nbsp;&nbsp;今天开会.</p>\n');
    assert.equal(status, 0);
    assert.equal(stdout, '同志们：\n\n　　今天开会。\n');
  });

  test('--blank-lines and --indent choose the layout; a wrong value is a usage error', () => {
    assert.equal(run(['--clean', '--blank-lines', 'none', '--indent', 'none', '-'], '同志们:\n\n　　今天开会.\n').stdout, '同志们：\n今天开会。\n');
    const bad = run(['--clean', '--indent', 'wide', '-'], '甲\n');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--indent takes one of: keep, ideographic, none/);
  });

  test('--write cleans the file in place', () => {
    const path = join(dir, '草稿.txt');
    writeFileSync(path, '来源：某某网\n同志们:\n');
    assert.equal(run(['--clean', '--write', path]).status, 0);
    assert.equal(readFileSync(path, 'utf8'), '同志们：\n');
  });
});
