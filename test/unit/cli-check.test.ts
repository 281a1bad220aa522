// speech-outline --check runs the drafting checks the editor runs (drafting.promise,
// drafting.template) with the same codes and default severities; --ignore turns checks off.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { DRAFTING_SEVERITY } from '../../src/core/drafting';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out', 'test', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'speech-outline-check-'));

function run(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The opening promises three points; two sections follow, one body is still the snippet's placeholder.
const draft = join(dir, 'promise.speech');
writeFileSync(draft, '同志们：\n　　下面，我讲三点意见。\n一、统一思想\n　　展开说明。\n二、狠抓落实\n　　各部门要抓好落实。\n三、加强领导\n（一）明确责任\n(二)强化考核\n');
const drafting = join(dir, 'drafting.speech');
writeFileSync(drafting, '同志们：\n　　下面，我讲三点意见。\n一、统一思想\n　　展开说明。\n二、狠抓落实\n　　提出第二项要求\n');

describe('speech-outline --check: the drafting checks', () => {
  test('a broken count promise is a warning (exit 1), template text a hint, with the editor\'s codes, in document order', () => {
    const { status, stdout } = run(['--check', drafting]);
    assert.equal(status, 1);
    assert.equal(stdout, [
      `${drafting}:2:8: warning drafting.promise "讲三点" promises 3, but 2 sections follow`,
      `${drafting}:4:3: hint drafting.template template text left in the draft: "展开说明。"`,
      `${drafting}:6:3: hint drafting.template template text left in the draft: "提出第二项要求"`,
      '1 file checked: 3 problems in 1 file (1 warning, 2 hints)',
      '',
    ].join('\n'));
    assert.deepEqual([DRAFTING_SEVERITY['drafting.promise'], DRAFTING_SEVERITY['drafting.template']], ['warning', 'hint']);
  });

  test('numbering and drafting problems together; --json; Chinese messages under a Chinese locale', () => {
    const [record] = JSON.parse(run(['--check', '--json', draft], { LANG: 'zh_CN.UTF-8' }).stdout);
    assert.deepEqual(record.problems.map((p: { line: number; severity: string; code: string }) => `${p.line}:${p.severity}:${p.code}`), [
      '3:hint:drafting.template',
      '8:information:numbering.style',
    ]);
    assert.match(record.problems[0].message, /^草稿中还有模板文字/);
  });

  test('--ignore turns checks off by code or group, like the editor\'s "off"; an unknown check is bad usage', () => {
    assert.deepEqual(run(['--check', '--ignore', 'drafting.promise', drafting]).status, 0);
    assert.doesNotMatch(run(['--check', '--ignore', 'drafting.promise', drafting]).stdout, /drafting\.promise/);
    const none = run(['--check', '--ignore=drafting,numbering.style', draft]);
    assert.deepEqual([none.status, none.stdout], [0, '1 file checked, no problems\n']);
    assert.equal(run(['--check', '--ignore', 'drafting', draft], { LANG: 'zh_CN.UTF-8' }).stdout.split('\n').at(-2), '已检查 1 个文件：其中 1 个文件共有 1 个问题（1 条提示）');
    const bad = run(['--check', '--ignore', 'drafting.promis', drafting]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--ignore: unknown check "drafting\.promis" \(checks: numbering\.start, .*drafting\.template\)/);
    assert.match(run(['--check', '--ignore', 'x', drafting], { LANG: 'zh_CN.UTF-8' }).stderr, /--ignore：没有名为“x”的检查/);
    assert.match(run(['--ignore', 'drafting', drafting]).stderr, /option --ignore does not go with/);
  });

  test('--help lists --ignore in both languages', () => {
    assert.match(run(['--help']).stdout, /--ignore CODE,… +turn checks off/);
    assert.match(run(['--help'], { LANG: 'zh_CN.UTF-8' }).stdout, /--ignore CODE,… +关闭检查/);
  });
});
