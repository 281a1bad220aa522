// speech-outline --stats and --markdown, run as users run them (node out/test/cli.js, the same build as dist/cli.js).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parseSpeech, speechStats, tigangMarkdown } from '../../src/core';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out', 'test', 'cli.js');
const sample = join(root, 'samples', '安全生产工作会议讲话.speech');
const broken = join(root, 'samples', '编号待修正的讲话.speech');
const dir = mkdtempSync(join(tmpdir(), 'speech-outline-stats-'));

function run(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env } });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

interface SectionJson {
  name: string;
  line: number;
  chars: number;
  spoken: number;
  minutes: number;
  children: SectionJson[];
}

describe('speech-outline --stats', () => {
  const model = parseSpeech(readFileSync(sample, 'utf8'));
  const stats = speechStats(model);

  test('a table: each section with its line, 字数, minutes and share, then the total', () => {
    const { status, stdout } = run(['--stats', sample]);
    assert.equal(status, 0);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines[0], /^line +chars +min +share +section$/);
    const second = model.nodes.find((node) => node.name.startsWith('二、'))!;
    const count = stats.of(second);
    const share = Math.round((count.spoken / stats.total.spoken) * 100);
    assert.ok(lines.includes(`  11  ${String(count.chars).padStart(7)}  ${String(Math.round(count.spoken / 20) / 10).padStart(5)}  ${`${share}%`.padStart(5)}  二、突出重点，扎实推进隐患排查整治`), stdout);
    assert.ok(lines.includes('  13       59    0.3     6%    一要聚焦重点行业领域'), stdout);
    assert.match(lines[lines.length - 1], new RegExp(`^ +${stats.total.chars} +${Math.round(stats.total.spoken / 20) / 10} +100% +total +at 200 chars per minute$`));
  });

  test('--json: { total, sections } with nested children and 0-based lines; --rate', () => {
    const [record] = JSON.parse(run(['--stats', '--json', '--rate', '250', sample]).stdout);
    assert.deepEqual(Object.keys(record), ['file', 'total', 'sections']);
    assert.deepEqual(record.total, { chars: stats.total.chars, spoken: stats.total.spoken, minutes: Math.round((stats.total.spoken / 250) * 100) / 100 });
    const sections = record.sections as SectionJson[];
    assert.deepEqual(sections.map((section) => section.name), [
      '一、统一思想，切实增强做好安全生产工作的责任感', '二、突出重点，扎实推进隐患排查整治', '三、强化落实，压紧压实安全生产责任', '四、夯实基础，全面提升安全保障能力', '同志们，安全生产责任重于泰山',
    ]);
    const second = sections[1];
    assert.deepEqual(Object.keys(second), ['name', 'line', 'chars', 'spoken', 'minutes', 'children']);
    assert.equal(second.line, 10);
    assert.deepEqual(second.children.map((point) => [point.name, point.line]), [['一要聚焦重点行业领域', 12], ['二要聚焦关键时间节点', 13], ['三要聚焦薄弱环节', 14]]);
    assert.ok(second.children.reduce((sum, point) => sum + point.chars, 0) < second.chars);
  });

  test('Chinese messages; several files end with a total line', () => {
    const { status, stdout } = run(['--stats', sample, broken], { LANG: 'zh_CN.UTF-8' });
    assert.equal(status, 0);
    assert.match(stdout, /全文 +按每分钟 200 字计/);
    const brokenTotal = speechStats(parseSpeech(readFileSync(broken, 'utf8'))).total.chars;
    assert.match(stdout, new RegExp(`2 个文件：共 ${(stats.total.chars + brokenTotal).toLocaleString('en-US')} 字，约 [\\d.]+ 分钟\\n$`));
  });

  test('a section too short to time reads <0.1, never 0; title, salutation and opening are one row of their own', () => {
    const draft = join(dir, '短讲话.speech');
    // 一、总体要求 speaks 4 字 (0.02 min at 200 字/分钟, was shown as 0); 二、 speaks 19 (0.095: 0.1 min).
    writeFileSync(draft, '在全县工作会议上的讲话\n\n同志们：\n\n一、总体要求\n二、工作措施\n　　要抓好落实，确保各项工作按时完成。\n');
    const english = run(['--stats', draft]);
    assert.equal(english.status, 0);
    const rows = english.stdout.trimEnd().split('\n');
    assert.deepEqual(rows.slice(1, 4), [
      '           15    0.1    38%  Title, salutation and opening',
      '   5        6   <0.1    11%  一、总体要求',
      '   6       23    0.1    51%  二、工作措施',
    ]);
    assert.ok(!rows.some((row) => /在全县工作会议上的讲话|同志们/.test(row)), 'the title and salutation have no rows of their own');
    const chinese = run(['--stats', draft], { LANG: 'zh_CN.UTF-8' }).stdout.split('\n');
    assert.equal(chinese[1], '           15    0.1    38%  标题、称谓和开场白');
    assert.equal(chinese[2], '   5        6   <0.1    11%  一、总体要求');
    // Several files: the summary's minutes follow the same rule.
    const tiny = join(dir, '致辞.speech');
    writeFileSync(tiny, '谢谢大家！\n');
    assert.match(run(['--stats', tiny, tiny]).stdout, /\n2 files: 10 chars, <0\.1 min\n$/);
    assert.match(run(['--stats', tiny, tiny], { LANG: 'zh_CN.UTF-8' }).stdout, /\n2 个文件：共 10 字，不到 0\.1 分钟\n$/);
  });

  test('a long draft: columns follow the widest line number and total; a tiny share reads <1%; unreadable files in the total line', () => {
    const long = join(dir, '长稿.speech');
    writeFileSync(long, Array.from({ length: 2600 }, (_, i) => `一、第${i + 1}部分\n　　要抓好落实，确保各项工作按时完成。\n\n\n`).join(''));
    const rows = run(['--stats', long]).stdout.trimEnd().split('\n');
    // 10,401 lines: five-digit line numbers; 2600 sections of 23 字数 each.
    assert.equal(rows[0], ' line    chars    min  share  section');
    assert.equal(rows[1], '    1       23    0.1    <1%  一、第1部分');
    assert.equal(rows[2600], '10397       23    0.1    <1%  一、第2600部分');
    assert.equal(rows[2601], '        59,800    247   100%  total  at 200 chars per minute'); // 19 spoken each (一、 is not)
    const chinese = run(['--stats', long], { LANG: 'zh_CN.UTF-8' }).stdout.split('\n');
    assert.equal(chinese[0], '   行     字数   分钟   占比  部分');
    const partly = run(['--stats', join(dir, 'missing.speech'), sample], { LANG: 'zh_CN.UTF-8' });
    assert.equal(partly.status, 2);
    assert.match(partly.stdout, /\n1 个文件：共 933 字，约 4\.1 分钟；1 个文件无法读取\n$/);
  });

  test('a target in the file name: over or to spare', () => {
    const over = join(dir, '讲话（2分钟）.speech');
    writeFileSync(over, readFileSync(sample));
    assert.match(run(['--stats', over]).stdout, /target 2 min \(from the file name\): 2\.1 min over/);
    const spare = join(dir, 'speech_10min.speech');
    writeFileSync(spare, readFileSync(sample));
    assert.match(run(['--stats', spare], { LANG: 'zh_CN.UTF-8' }).stdout, /目标 10 分钟（来自文件名）：还余 5\.9 分钟/);
  });

  test('a bad --rate: one clear line on stderr, nothing counted', () => {
    const { status, stdout, stderr } = run(['--stats', '--rate', 'fast', sample]);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, 'speech-outline: --rate needs a number of chars per minute above 0, not fast\n');
  });
});

describe('speech-outline --markdown', () => {
  test('prints the core\'s Markdown 提纲; --depth and --no-points narrow it', () => {
    const text = readFileSync(sample, 'utf8');
    assert.equal(run(['--markdown', sample]).stdout, tigangMarkdown(parseSpeech(text)));
    assert.equal(run(['--markdown', '--no-points', sample]).stdout, tigangMarkdown(parseSpeech(text), { points: false }));
    const report = join(root, 'samples', '政府工作报告提纲.speech');
    const shallow = run(['--markdown', '--depth', '1', report]).stdout;
    assert.ok(shallow.includes('## 十二、下一步工作安排') && !shallow.includes('###'), shallow);
  });

  test('--json: [{ file, markdown }]', () => {
    const [record] = JSON.parse(run(['--markdown', '--json', sample]).stdout);
    assert.deepEqual(Object.keys(record), ['file', 'markdown']);
    assert.ok(record.markdown.startsWith('# 在全县安全生产工作会议上的讲话\n'));
  });

  test('a bad --depth is refused', () => {
    const { status, stderr } = run(['--markdown', '--depth', '0', sample], { LANG: 'zh_CN.UTF-8' });
    assert.equal(status, 2);
    assert.match(stderr, /--depth 需要大于 0 的整数层级，而不是 0/);
  });
});
