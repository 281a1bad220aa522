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
    assert.ok(stdout.startsWith('在全县春季农业生产工作会议上的讲话\n同志们：\n'));
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

  test('says what it did on standard error, never in the cleaned text; in Chinese under a Chinese locale', () => {
    const input = '当前位置：首页 > 领导讲话\n来源：某某网\n同志们:\n　　今天开会. 明天落实.\n';
    const expected = cleanText(input);
    const english = run(['--clean', '-'], input);
    assert.equal(english.status, 0);
    assert.equal(english.stdout, expected.text);
    assert.equal(english.stderr, 'speech-outline: <stdin>: Cleaned up: removed 2 residue lines, fixed 3 punctuation marks.\n');
    assert.equal(expected.report.residueLines, 2);
    const chinese = spawnSync(process.execPath, [cli, '--clean', '-'], { input, env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' } });
    assert.equal(chinese.stdout.toString('utf8'), expected.text);
    assert.equal(chinese.stderr.toString('utf8'), 'speech-outline: <stdin>: 已清理：删除 2 行网页残留，修正 3 个标点。\n');
    const clean = run(['--clean', '-'], '同志们：\n');
    assert.equal(clean.stdout, '同志们：\n');
    assert.equal(clean.stderr, 'speech-outline: <stdin>: Nothing to clean.\n');
  });

  test('--write and --dry-run list each changed file with its report; --json gives the report as a field', () => {
    const dirty = join(dir, '网页.txt');
    const tidy = join(dir, '干净.txt');
    writeFileSync(dirty, '来源：某某网\n同志们:\n');
    writeFileSync(tidy, '同志们：\n');
    const dry = run(['--clean', '--dry-run', dirty, tidy]);
    assert.equal(dry.status, 0);
    assert.equal(dry.stdout, `${dirty}: Cleaned up: removed 1 residue line, fixed 1 punctuation mark.\nwould clean 1 file of 2 files (nothing written)\n`);
    assert.equal(readFileSync(dirty, 'utf8'), '来源：某某网\n同志们:\n');
    const json = JSON.parse(run(['--clean', '--json', dirty, tidy]).stdout) as { file: string; changed: boolean; report: string; text: string }[];
    assert.deepEqual(json.map((record) => [record.changed, record.report]), [[true, 'Cleaned up: removed 1 residue line, fixed 1 punctuation mark.'], [false, 'Nothing to clean.']]);
    assert.equal(json[0].text, '同志们：\n');
    const written = run(['--clean', '--write', dirty, tidy]);
    assert.equal(written.stdout, `${dirty}: Cleaned up: removed 1 residue line, fixed 1 punctuation mark.\ncleaned 1 file of 2 files\n`);
    assert.equal(written.stderr, '');
    assert.equal(readFileSync(dirty, 'utf8'), '同志们：\n');
  });
});
