// The speech-outline command, run as users run it (node out/test/cli.js: dist/cli.js's build, made by npm run test:unit).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out', 'test', 'cli.js');
const sample = join(root, 'samples', '安全生产工作会议讲话.speech');
const dir = mkdtempSync(join(tmpdir(), 'speech-outline-cli-'));

function run(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string; raw: Buffer } {
  const result = spawnSync(process.execPath, [cli, ...args], { input, env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env } });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), raw: result.stdout };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('speech-outline FILE', () => {
  test('prints an indented tree with 1-based line numbers', () => {
    const { status, stdout } = run([sample]);
    assert.equal(status, 0);
    const lines = stdout.split('\n');
    assert.equal(lines[0], ' 1  在全县安全生产工作会议上的讲话');
    assert.ok(lines.includes('11  二、突出重点，扎实推进隐患排查整治'));
    assert.ok(lines.includes('13    一要聚焦重点行业领域'));
  });

  test('--json prints root nodes with exactly the documented fields', () => {
    const records = JSON.parse(run(['--json', sample]).stdout);
    assert.deepEqual(records.map((record: object) => Object.keys(record)), [['file', 'outline']]);
    assert.equal(records[0].file, sample);
    const json = records[0].outline;
    const section = json.find((node: { name: string }) => node.name.startsWith('二、'));
    assert.deepEqual(Object.keys(section), ['name', 'kind', 'level', 'line', 'endLine', 'children']);
    assert.deepEqual({ ...section, children: section.children.length }, { name: '二、突出重点，扎实推进隐患排查整治', kind: 'heading', level: 1, line: 10, endLine: 14, children: 3 });
  });

  test('reads standard input for -', () => {
    const { status, stdout } = run(['-'], '一、统一思想\n一要坚定。\n');
    assert.equal(status, 0);
    assert.equal(stdout, '1  一、统一思想\n2    一要坚定\n');
  });

  test('a text with no structure says so instead of printing nothing; --json gives an empty outline', () => {
    assert.deepEqual([run(['-'], '今天的会议开得很好。\n').stdout, run(['-'], '', { LANG: 'zh_CN.UTF-8' }).stdout], ['(no title, headings or points found)\n', '（没有找到标题、各级标题或要点）\n']);
    assert.deepEqual(JSON.parse(run(['--json', '-'], '今天的会议开得很好。\n').stdout), [{ file: '<stdin>', outline: [] }]);
  });

  const bad: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'missing.speech'), /no such file/],
    ['a directory without drafts', () => mkdtempSync(join(tmpdir(), 'speech-outline-empty-')), /no drafts \(\.speech \.txt \.docx \.docm \.dotx\) in this directory/],
    ['binary content', () => file('binary.speech', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2])), /binary content/],
    ['neither UTF-8 nor GB18030', () => file('latin1.speech', Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xff])), /not valid UTF-8 \/ GB18030 text/],
  ];
  for (const [what, path, message] of bad) {
    test(`${what}: one line on stderr, exit code 2`, () => {
      const { status, stdout, stderr } = run([path()]);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.equal(stderr.trimEnd().split('\n').length, 1);
    });
  }

  test('an unknown option: exit code 2', () => {
    assert.equal(run(['--frobnicate', sample]).status, 2);
  });
});

describe('speech-outline --check', () => {
  const broken = file('broken.speech', '一、甲\n二、乙\n四、丙\n（一）子\n(二)子\n');

  test('prints FILE:LINE:COL: severity code message and exits 1 on warnings', () => {
    const { status, stdout } = run(['--check', broken]);
    assert.equal(status, 1);
    assert.equal(stdout, [
      `${broken}:3:1: warning numbering.gap expected "三、": a number is missing before it`,
      `${broken}:5:1: information numbering.style expected "（二）": written unlike its siblings (brackets, separator or digit width)`,
      '1 file checked: 2 problems in 1 file (1 warning, 1 info)',
      '',
    ].join('\n'));
  });

  test('--json gives 0-based positions, and Chinese messages under a Chinese locale', () => {
    const [record] = JSON.parse(run(['--check', '--json', broken], undefined, { LANG: 'zh_CN.UTF-8' }).stdout);
    assert.equal(record.file, broken);
    const problems = record.problems;
    assert.deepEqual(problems[0], { line: 2, character: 0, severity: 'warning', code: 'numbering.gap', message: '应为“三、”：编号不连续，前面缺少序号' });
  });

  test('exits 0 when there are only information problems or none', () => {
    assert.equal(run(['--check', file('style.speech', '（一）甲\n(二)乙\n（三）丙\n')]).status, 0);
    assert.equal(run(['--check', sample]).status, 0);
    assert.equal(run(['--check', sample]).stdout, '1 file checked, no problems\n');
  });
});

describe('speech-outline --renumber', () => {
  test('is byte-identical when nothing needs correcting', () => {
    assert.deepEqual(run(['--renumber', sample]).raw, readFileSync(sample));
  });

  test('corrects numerals and keeps CRLF and the BOM', () => {
    const path = file('crlf.speech', '\ufeff一、甲\r\n二、乙\r\n四、丙\r\n');
    assert.equal(run(['--renumber', path]).stdout, '\ufeff一、甲\r\n二、乙\r\n三、丙\r\n');
  });

  test('--unify-style also rewrites markers like their siblings', () => {
    const path = file('mixed.speech', '（一）甲\n(二)乙\n（三）丙\n');
    assert.equal(run(['--renumber', path]).stdout, '（一）甲\n(二)乙\n（三）丙\n');
    assert.equal(run(['--renumber', '--unify-style', path]).stdout, '（一）甲\n（二）乙\n（三）丙\n');
  });
});
