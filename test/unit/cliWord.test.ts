// The CLI and Word files: --docx writes the official layout; a .docx is read wherever a draft is.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { outlineToJson, parseSpeech } from '../../src/core';
import { readWordDocument } from '../../src/core/wordImport';
import { list, num, p, readParts, wordPackage } from './wordFixtures';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out', 'test', 'cli.js');
const sample = join(root, 'samples', '安全生产工作会议讲话.speech');
const dir = mkdtempSync(join(tmpdir(), 'speech-outline-cli-word-'));

function run(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { env: { ...process.env, LANG: 'C', ...env } });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

describe('speech-outline --docx', () => {
  test('writes FILE.docx next to the draft, and keeps an existing one unless --overwrite', async () => {
    const draft = join(dir, '讲话.speech');
    copyFileSync(sample, draft);
    const first = run(['--docx', draft]);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, `${draft} → ${join(dir, '讲话.docx')}\n`);
    const bytes = readFileSync(join(dir, '讲话.docx'));
    const back = await readWordDocument(bytes);
    assert.deepEqual(outlineToJson(parseSpeech(back.text)), outlineToJson(parseSpeech(readFileSync(sample, 'utf8'))));
    const again = run(['--docx', draft], { LANG: 'zh_CN.UTF-8' });
    assert.equal(again.status, 1);
    assert.match(again.stdout, /已存在，未写入/);
    assert.deepEqual(readFileSync(join(dir, '讲话.docx')), bytes);
    assert.equal(run(['--docx', '--overwrite', draft]).status, 0);
  });

  test('--docx OUT.docx FILE names the file; options reach the layout', async () => {
    const out = join(dir, 'bold.docx');
    const result = run(['--docx', out, '--bold-level3', '--font-body', '方正仿宋_GBK, 仿宋', sample]);
    assert.equal(result.status, 0, result.stderr);
    const styles = (await readParts(readFileSync(out))).get('word/styles.xml')!;
    assert.match(styles, /w:styleId="SpeechHeading3">.*?<w:b\/>/);
    assert.match(styles, /w:eastAsia="方正仿宋_GBK"/);
  });

  test('--json reports what was written; refusing to overwrite the input itself', () => {
    const out = join(dir, 'json.docx');
    const records = JSON.parse(run(['--json', `--docx=${out}`, sample]).stdout);
    assert.deepEqual(records, [{ file: sample, output: out, paragraphs: 27, residueLines: [] }]);
    const docx = join(dir, 'self.docx');
    copyFileSync(out, docx);
    const self = run(['--docx', docx, docx]);
    assert.equal(self.status, 1);
    assert.match(self.stdout, /would overwrite the input itself/);
    const two = run(['--docx', join(dir, 'two.docx'), sample, sample]);
    // Bad usage, said once before anything is read or written.
    assert.deepEqual([two.status, two.stdout], [2, '']);
    assert.equal(two.stderr, 'speech-outline: --docx OUT.docx takes one FILE; --docx FILE… writes each FILE.speech to FILE.docx\n');
    const folder = run(['--docx', join(dir, 'two.docx'), join(root, 'samples')], { LANG: 'zh_CN.UTF-8' });
    assert.deepEqual([folder.status, folder.stderr], [2, 'speech-outline: --docx OUT.docx 只能用于一个文件；--docx FILE… 将每个 FILE.speech 写为 FILE.docx\n']);
    assert.ok(!existsSync(join(dir, 'two.docx')));
  });
});

describe('a .docx wherever a draft is read', () => {
  test('the outline and --check of a Word file with automatic numbering', async () => {
    const numbering = list(1, [['chineseCounting', '%1、'], ['chineseCounting', '（%2）']]) + num(1, 1);
    const path = join(dir, 'report.docx');
    writeFileSync(path, await wordPackage(p('关于加强安全生产的讲话') + p('同志们：') + p('总体要求', { numId: 1, ilvl: 0 }) + p('指导思想', { numId: 1, ilvl: 1 }) + p('三、重点任务'), { numbering }));
    const outline = run([path]);
    assert.equal(outline.status, 0, outline.stderr);
    assert.match(outline.stdout, /^3 {2}一、总体要求\n4 {4}（一）指导思想\n5 {2}三、重点任务$/m);
    const check = run(['--check', path]);
    assert.equal(check.status, 1);
    assert.match(check.stdout, new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:1: warning numbering.gap`));
  });

  test('a Word file that cannot be read gets one line and exit code 2; --renumber --write refuses it', async () => {
    const text = join(dir, 'fake.docx');
    writeFileSync(text, '一、总体要求\n');
    const fake = run([text], { LANG: 'zh_CN.UTF-8' });
    assert.equal(fake.status, 2);
    assert.match(fake.stderr, /不是 zip 压缩包/);
    const path = join(dir, 'fix.docx');
    const bytes = await wordPackage(p('一、总体要求') + p('三、重点任务'));
    writeFileSync(path, bytes);
    const write = run(['--renumber', '--write', path]);
    assert.notEqual(write.status, 0);
    assert.deepEqual(readFileSync(path), Buffer.from(bytes));
    assert.ok(existsSync(path));
  });
});
