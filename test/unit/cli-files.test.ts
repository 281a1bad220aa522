// speech-outline over many files and directories, as users run it (node out/test/cli.js, the same build as dist/cli.js): every mode
// over a tree of good, broken and unreadable drafts, exit codes and the summary line, --write
// (atomic, BOM and CRLF kept, a write failing midway), --dry-run, a closed pipe, help and errors
// in both languages, colour.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { terminalColumns } from '../../src/cli/columns';
import { applyEdits, parseSpeech, renumberEdits } from '../../src/core';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out', 'test', 'cli.js');
const sample = join(root, 'samples', '安全生产工作会议讲话.speech');

interface Result { status: number | null; stdout: string; stderr: string; raw: Buffer }

function run(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Result {
  const result = spawnSync(process.execPath, [cli, ...args], { input: options.input, cwd: options.cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '', FORCE_COLOR: '', ...options.env } });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), raw: result.stdout };
}

/** Runs a shell command line (pipes, ulimit) with the CLI as $CLI. */
function shell(script: string, cwd: string, env: NodeJS.ProcessEnv = {}): Result {
  const result = spawnSync('sh', ['-c', script], { cwd, env: { ...process.env, LANG: 'C', LC_ALL: '', NO_COLOR: '', FORCE_COLOR: '', CLI: cli, NODE: process.execPath, ...env } });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), raw: result.stdout };
}

function write(path: string, content: string | Buffer): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const GOOD = '一、统一思想\n二、突出重点\n一要聚焦重点行业\n二要聚焦关键节点\n';
const BROKEN = '一、统一思想\n二、突出重点\n四、强化落实\n';
const CRLF_BOM = '\ufeff一、总体要求\r\n三、重点任务\r\n（一）抓好落实\r\n（三）加强保障\r\n';

/**
 * A folder of drafts as an office keeps them: good and broken drafts, a CRLF draft with a BOM in
 * a subfolder, a Latin-1 file, a binary file and a broken link (unreadable), and files the search
 * must skip (other extensions, hidden folders, node_modules).
 */
function draftsTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'speech-outline-tree-'));
  write(join(dir, 'a-good.speech'), GOOD);
  write(join(dir, 'b-broken.speech'), BROKEN);
  write(join(dir, 'notes.md'), '一、甲\n三、乙\n');
  write(join(dir, '.hidden', 'x.speech'), '一、甲\n三、乙\n');
  write(join(dir, 'node_modules', 'y.speech'), '一、甲\n三、乙\n');
  write(join(dir, 'sub', 'c-crlf.txt'), CRLF_BOM);
  write(join(dir, 'sub', 'd-latin1.speech'), Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xff, 0x0a]));
  write(join(dir, 'sub', 'e-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
  symlinkSync(join(dir, 'sub', 'missing.speech'), join(dir, 'sub', 'f-dangling.speech'));
  return dir;
}

/** What renumbering does to a text, from the core itself (BOM kept apart). */
function renumbered(text: string): string {
  const bom = text.startsWith('\ufeff');
  const body = bom ? text.slice(1) : text;
  return (bom ? '\ufeff' : '') + applyEdits(body, renumberEdits(parseSpeech(body)));
}

/** Files in a folder (recursively) whose names look like leftover temporary files. */
function temporaryFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

describe('many files and directories', () => {
  const dir = draftsTree();
  const good = join(dir, 'a-good.speech');
  const broken = join(dir, 'b-broken.speech');
  const crlf = join(dir, 'sub', 'c-crlf.txt');
  const latin1 = join(dir, 'sub', 'd-latin1.speech');
  const binary = join(dir, 'sub', 'e-binary.txt');
  const dangling = join(dir, 'sub', 'f-dangling.speech');

  test('--check over a tree: FILE:LINE:COL lines in file order, unreadable files on stderr, a summary, exit 2', () => {
    const { status, stdout, stderr } = run(['--check', dir]);
    assert.equal(status, 2);
    assert.equal(stdout, [
      `${broken}:3:1: warning numbering.gap expected "三、": a number is missing before it`,
      `${crlf}:2:1: warning numbering.gap expected "二、": a number is missing before it`,
      `${crlf}:4:1: warning numbering.gap expected "（二）": a number is missing before it`,
      '3 files checked: 3 problems in 2 files (3 warnings); 3 files could not be read',
      '',
    ].join('\n'));
    // One line per unreadable file, with its name; the skipped files are not mentioned.
    assert.deepEqual(stderr.trimEnd().split('\n'), [
      `speech-outline: ${latin1}: not valid UTF-8 / GB18030 text`,
      `speech-outline: ${binary}: binary content, not a text draft`,
      `speech-outline: ${dangling}: no such file or directory`,
    ]);
  });

  test('--check: exit 0 for clean files, 1 when one has a warning, 2 when one cannot be read', () => {
    const clean = run(['--check', good, sample]);
    assert.equal(clean.status, 0);
    assert.equal(clean.stdout, '2 files checked, no problems\n');
    const warned = run(['--check', good, broken]);
    assert.equal(warned.status, 1);
    assert.match(warned.stdout, /\n2 files checked: 1 problem in 1 file \(1 warning\)\n$/);
    const missing = run(['--check', good, join(dir, 'nope.speech')]);
    assert.equal(missing.status, 2);
    assert.equal(missing.stdout, '1 file checked, no problems; 1 file could not be read\n');
    assert.equal(missing.stderr, `speech-outline: ${join(dir, 'nope.speech')}: no such file or directory\n`);
  });

  test('--check in Chinese: messages and summary', () => {
    const { stdout, stderr } = run(['--check', broken, join(dir, 'nope.speech')], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.equal(stdout, `${broken}:3:1: warning numbering.gap 应为“三、”：编号不连续，前面缺少序号\n已检查 1 个文件：其中 1 个文件共有 1 个问题（1 个警告）；1 个文件无法读取\n`);
    assert.equal(stderr, `speech-outline: ${join(dir, 'nope.speech')}: 文件或目录不存在\n`);
  });

  test('--json over a tree: one record per file in order, { file, error } for the unreadable', () => {
    const { status, stdout } = run(['--json', dir]);
    assert.equal(status, 2);
    const records = JSON.parse(stdout) as { file: string; outline?: { name: string }[]; error?: string }[];
    assert.deepEqual(records.map((record) => record.file), [good, broken, crlf, latin1, binary, dangling]);
    assert.deepEqual(records[0].outline!.map((node) => node.name), ['一、统一思想', '二、突出重点']);
    assert.deepEqual(records[2].outline!.map((node) => node.name), ['一、总体要求', '三、重点任务']);
    assert.deepEqual(records.slice(3).map((record) => record.error), ['not valid UTF-8 / GB18030 text', 'binary content, not a text draft', 'no such file or directory']);
  });

  test('--check --json: { file, problems } per file', () => {
    const { status, stdout } = run(['--check', '--json', good, broken, crlf]);
    assert.equal(status, 1);
    const records = JSON.parse(stdout) as { file: string; problems: { line: number; code: string }[] }[];
    assert.deepEqual(records.map((record) => [record.file, record.problems.map((problem) => `${problem.line}:${problem.code}`)]), [
      [good, []],
      [broken, ['2:numbering.gap']],
      [crlf, ['1:numbering.gap', '3:numbering.gap']],
    ]);
  });

  test('the outline of several files: each under its name', () => {
    const { status, stdout } = run([good, broken]);
    assert.equal(status, 0);
    assert.equal(stdout, `${good}\n1  一、统一思想\n2  二、突出重点\n3    一要聚焦重点行业\n4    二要聚焦关键节点\n\n${broken}\n1  一、统一思想\n2  二、突出重点\n3  四、强化落实\n\n`);
  });

  test('a directory without drafts, and standard input among files', () => {
    const empty = mkdtempSync(join(tmpdir(), 'speech-outline-empty-'));
    write(join(empty, 'readme.md'), '# notes\n');
    const none = run(['--check', empty]);
    assert.equal(none.status, 2);
    // The extensions listed are the formats' (Word's join them when that format is built in).
    assert.match(none.stderr, new RegExp(`^speech-outline: ${empty}: no drafts \\(\\.speech \\.txt[ .a-z]*\\) in this directory\n$`));
    const mixed = run(['--check', '-', good], { input: BROKEN });
    assert.equal(mixed.status, 1);
    assert.match(mixed.stdout, /^<stdin>:3:1: warning numbering\.gap /);
  });

  test('bad usage: one line on stderr, exit 2, nothing on stdout', () => {
    for (const args of [['--frobnicate', good], ['--check', '--renumber', good], ['--check', '--write', good], ['--unify-style', good], ['--renumber', '--write', '--dry-run', good], ['--check'], ['--renumber', good, broken], ['--renumber', '--write', '-']]) {
      const { status, stdout, stderr } = run(args, { input: BROKEN });
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.equal(stderr.split('\n').length, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, /^speech-outline: /);
    }
    assert.match(run(['--renumber', good, broken]).stderr, /--renumber with several files needs --write or --dry-run/);
  });
});

describe('--renumber --write and --dry-run', () => {
  test('rewrites the broken files of a tree, lists them, keeps BOM and CRLF, leaves the rest untouched', () => {
    const dir = draftsTree();
    const good = join(dir, 'a-good.speech');
    const before = statSync(good);
    const { status, stdout, stderr } = run(['--renumber', '--write', dir]);
    assert.equal(status, 2, 'unreadable files in the tree');
    // Each changed file with what Renumber Sections would say of it.
    assert.equal(stdout, `${join(dir, 'b-broken.speech')}: Renumbered 1 marker.\n${join(dir, 'sub', 'c-crlf.txt')}: Renumbered 2 markers in 2 sequences.\nrenumbered 2 files of 3 files; 3 files could not be read\n`);
    assert.equal(stderr.trimEnd().split('\n').length, 3);
    assert.equal(readFileSync(join(dir, 'b-broken.speech'), 'utf8'), '一、统一思想\n二、突出重点\n三、强化落实\n');
    const crlf = readFileSync(join(dir, 'sub', 'c-crlf.txt'));
    assert.deepEqual(crlf, Buffer.from('\ufeff一、总体要求\r\n二、重点任务\r\n（一）抓好落实\r\n（二）加强保障\r\n'));
    assert.deepEqual(crlf, Buffer.from(renumbered(CRLF_BOM)));
    // An unchanged file is not rewritten at all: same inode, same modification time.
    const after = statSync(good);
    assert.equal(after.ino, before.ino);
    assert.equal(after.mtimeMs, before.mtimeMs);
    assert.deepEqual(temporaryFiles(dir), []);
    // The skipped files are untouched.
    assert.equal(readFileSync(join(dir, 'notes.md'), 'utf8'), '一、甲\n三、乙\n');
    assert.equal(readFileSync(join(dir, 'node_modules', 'y.speech'), 'utf8'), '一、甲\n三、乙\n');
    // A second run changes nothing.
    const again = run(['--renumber', '--write', join(dir, 'b-broken.speech'), join(dir, 'sub', 'c-crlf.txt')]);
    assert.equal(again.status, 0);
    assert.equal(again.stdout, 'nothing to renumber in 2 files\n');
    assert.equal(run(['--renumber', '--dry-run', join(dir, 'b-broken.speech')], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, '没有需要重新编号的地方（已检查 1 个文件）\n');
  });

  test('one file printed: its report on standard error says what changed and what is left, in the user\'s language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-outline-report-'));
    const file = write(join(dir, 'styles.speech'), '一、甲\n三、乙\n（一）丙\n(三)丁\n');
    const english = run(['--renumber', file]);
    assert.equal(english.stdout, '一、甲\n二、乙\n（一）丙\n(二)丁\n');
    assert.equal(english.stderr, `speech-outline: ${file}: Renumbered 2 markers in 2 sequences. Left for you: 1 numbering problem that renumbering cannot settle: see --check.\n`);
    const chinese = run(['--renumber', file], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.equal(chinese.stderr, `speech-outline: ${file}: 已重新编号：2 组中的 2 个序号。还需您处理：1 个编号问题无法通过重新编号解决，请用 --check 查看。\n`);
    // --unify-style settles the style too: nothing is left.
    assert.equal(run(['--renumber', '--unify-style', file]).stderr, `speech-outline: ${file}: Renumbered 2 markers in 2 sequences.\n`);
  });

  test('--dry-run lists the same files and writes nothing', () => {
    const dir = draftsTree();
    const files = [join(dir, 'a-good.speech'), join(dir, 'b-broken.speech'), join(dir, 'sub', 'c-crlf.txt')];
    const contents = files.map((file) => readFileSync(file));
    const { status, stdout } = run(['--renumber', '--dry-run', ...files]);
    assert.equal(status, 0);
    assert.equal(stdout, `${files[1]}: Renumbered 1 marker.\n${files[2]}: Renumbered 2 markers in 2 sequences.\nwould renumber 2 files of 3 files (nothing written)\n`);
    files.forEach((file, i) => assert.deepEqual(readFileSync(file), contents[i]));
    const json = JSON.parse(run(['--renumber', '--dry-run', '--json', ...files]).stdout);
    assert.deepEqual(json, [
      { file: files[0], changed: false, edits: 0, report: 'Numbering is already correct.' },
      { file: files[1], changed: true, edits: 1, report: 'Renumbered 1 marker.' },
      { file: files[2], changed: true, edits: 2, report: 'Renumbered 2 markers in 2 sequences.' },
    ]);
  });

  test('keeps the file mode, and rewrites the target of a symbolic link, not the link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-outline-write-'));
    const target = write(join(dir, 'real.speech'), BROKEN);
    chmodSync(target, 0o640);
    const link = join(dir, 'link.speech');
    symlinkSync(target, link);
    assert.equal(run(['--renumber', '--write', link]).status, 0);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readlinkSync(link), target);
    assert.equal(readFileSync(target, 'utf8'), renumbered(BROKEN));
    assert.equal(statSync(target).mode & 0o777, 0o640);
  });

  test('a write that fails midway (file size limit) leaves the original intact; the other files are still written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-outline-atomic-'));
    // Larger than the limit below (ulimit -f counts 512-byte blocks in sh): the temporary file
    // is cut off partway through and the write fails with EFBIG.
    const big = write(join(dir, 'big.speech'), BROKEN + '同志们，要把各项措施落到实处。\n'.repeat(1000));
    const small = write(join(dir, 'small.speech'), BROKEN);
    const original = readFileSync(big);
    assert.ok(original.length > 16 * 512);
    const { status, stdout, stderr } = shell('ulimit -f 16 && exec "$NODE" "$CLI" --renumber --write big.speech small.speech', dir);
    assert.equal(status, 2);
    assert.equal(stderr, 'speech-outline: big.speech: not written, the file is unchanged: EFBIG\n');
    assert.equal(stdout, 'small.speech: Renumbered 1 marker.\nrenumbered 1 file of 2 files\n');
    assert.deepEqual(readFileSync(big), original);
    assert.equal(readFileSync(small, 'utf8'), renumbered(BROKEN));
    assert.deepEqual(temporaryFiles(dir), []);
  });

  test('a folder that cannot be written to: the original stays, one error line', { skip: process.getuid?.() === 0 ? 'root writes anywhere' : false }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-outline-readonly-'));
    const file = write(join(dir, 'draft.speech'), BROKEN);
    chmodSync(dir, 0o555);
    try {
      const { status, stderr } = run(['--renumber', '--write', file]);
      assert.equal(status, 2);
      assert.match(stderr, /draft\.speech: not written, the file is unchanged: EACCES/);
      assert.equal(readFileSync(file, 'utf8'), BROKEN);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  test('without --write, one file is printed whole with its BOM and CRLF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-outline-print-'));
    const file = write(join(dir, 'crlf.txt'), CRLF_BOM);
    assert.deepEqual(run(['--renumber', file]).raw, Buffer.from(renumbered(CRLF_BOM)));
    assert.equal(readFileSync(file, 'utf8'), CRLF_BOM);
  });
});

describe('a good Unix citizen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'speech-outline-pipe-'));
  // About 600 KB of outline text and 2 MB of JSON: far more than a pipe holds.
  const big = write(join(dir, 'big.speech'), readFileSync(sample, 'utf8').repeat(1500));

  test('output into a pipe whose reader stops early ends quietly (head)', () => {
    for (const args of ['big.speech', '--json big.speech', '--check --json big.speech big.speech']) {
      const { status, stdout, stderr } = shell(`"$NODE" "$CLI" ${args} | head -n 2; echo "exit $?"`, dir);
      assert.equal(status, 0);
      assert.equal(stderr, '', args);
      assert.equal(stdout.split('\n').length, 4, args);
    }
  });

  test('the reader closing its end: no error, no stack trace, exit code as without the pipe', async () => {
    const child = spawn(process.execPath, [cli, '--json', big, big, big], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'C' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    assert.equal(stderr, '');
    assert.equal(status, 0);
  });

  test('output into a file is the same bytes as into a pipe, with the same exit code and stderr (the file is written directly and the process ends at once)', () => {
    const tree = draftsTree();
    for (const args of [['--json', big], [big], ['--check', big, tree], ['--check', '--json', tree, big], ['--stats', tree]]) {
      const piped = run(args);
      const out = join(dir, 'out.txt');
      const err = join(dir, 'err.txt');
      const { status } = shell(`"$NODE" "$CLI" ${args.map((arg) => `"${arg}"`).join(' ')} > out.txt 2> err.txt`, dir);
      assert.equal(status, piped.status, args.join(' '));
      assert.ok(readFileSync(out).equals(piped.raw), `${args.join(' ')}: stdout differs`);
      assert.equal(readFileSync(err, 'utf8'), piped.stderr, args.join(' '));
      // Appending (>>) adds to the file.
      shell(`"$NODE" "$CLI" ${args.map((arg) => `"${arg}"`).join(' ')} >> out.txt 2>/dev/null`, dir);
      assert.ok(readFileSync(out).equals(Buffer.concat([piped.raw, piped.raw])), `${args.join(' ')}: >> differs`);
    }
  });

  test('--help in English by default, in Chinese when the locale says zh (LC_ALL before LANG)', () => {
    const english = run(['--help']);
    assert.equal(english.status, 0);
    assert.match(english.stdout, /^Usage: speech-outline \[--json\] FILE…\n {7}speech-outline --check/);
    assert.match(english.stdout, /Exit code: 0 done; 1 problems found/);
    assert.doesNotMatch(english.stdout, /用法|退出码/);
    const chinese = run(['-h'], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.match(chinese.stdout, /^用法：speech-outline \[--json\] 文件…|^用法：speech-outline \[--json\] FILE…/);
    assert.match(chinese.stdout, /退出码：0 完成；1 发现问题/);
    assert.doesNotMatch(chinese.stdout, /Usage|Exit code/);
    for (const flag of ['--check', '--renumber', '--unify-style', '--json', '--write', '--dry-run', '--help', '--version']) {
      assert.ok(english.stdout.includes(flag) && chinese.stdout.includes(flag), flag);
    }
    assert.match(run(['--help'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' } }).stdout, /^用法：/);
    assert.match(run(['--help'], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' } }).stdout, /^Usage: /);
    assert.match(run(['--help'], { env: { LANG: 'C', LC_MESSAGES: 'zh_TW.UTF-8' } }).stdout, /^用法：/);
  });

  test('--help lines up its columns in both languages and names option values as the usage lines do', () => {
    const english = run(['--help']).stdout;
    const chinese = run(['--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout;
    // Where a row's description starts, in terminal columns: 22 for every row ("（默认）" is 4 characters, 8 columns).
    const startColumn = (help: string, description: string): number => {
      const line = help.split('\n').find((text) => text.includes(description));
      assert.ok(line !== undefined, description);
      return terminalColumns(line.slice(0, line.indexOf(description)));
    };
    for (const description of ['the outline as an indented tree', 'numbering problems', 'speaking rate in chars', 'font of body text']) {
      assert.equal(startColumn(english, description), 22, description);
    }
    for (const description of ['打印大纲', '检查编号', '语速，每分钟字数', '正文、“1.”']) {
      assert.equal(startColumn(chinese, description), 22, description);
    }
    assert.match(chinese, /^ {2}（默认）/m);
    for (const help of [english, chinese]) {
      assert.ok(help.split('\n').every((line) => terminalColumns(line) <= 100 || line.includes('speech-outline --')), 'wrapped at 100 columns');
      // The usage lines' placeholders, not a generic VALUE.
      for (const option of ['--ignore CODE,…', '--blank-lines keep|one|none', '--indent keep|ideographic|none', '--rate N', '--depth N', '--font-body NAMES']) {
        assert.match(help, new RegExp(`^ {4}${option.replace(/[|.]/g, '\\$&')}`, 'm'), option);
      }
      assert.doesNotMatch(help, /VALUE/);
    }
    // Each --font-ROLE says what it sets and its default fonts.
    assert.match(english, /--font-heading1 NAMES\n +font of 一、 headings, then its fallbacks \(default 黑体,SimHei\)/);
    assert.match(chinese, /--font-heading2 NAMES\n +“（一）”级标题的字体及备用字体（默认 楷体_GB2312,楷体,KaiTi）/);
  });

  test('no colour into a pipe; colour with FORCE_COLOR', () => {
    const broken = write(join(dir, 'broken.speech'), BROKEN);
    assert.doesNotMatch(run(['--check', broken]).stdout, /\x1b\[/);
    const forced = run(['--check', broken], { env: { FORCE_COLOR: '1' } }).stdout;
    assert.match(forced, /\x1b\[33mwarning\x1b\[39m/);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  test('on a terminal: colour, unless NO_COLOR is set', { skip: hasScript ? false : 'needs script(1) for a terminal' }, () => {
    const broken = write(join(dir, 'tty.speech'), BROKEN);
    const onTerminal = (env: NodeJS.ProcessEnv): string => shell(`script -qec '"$NODE" "$CLI" --check tty.speech' /dev/null`, dir, env).stdout;
    assert.match(onTerminal({}), /\x1b\[33mwarning/);
    const plain = onTerminal({ NO_COLOR: '1' });
    assert.match(plain, /tty\.speech:3:1: warning numbering\.gap/);
    assert.doesNotMatch(plain, /\x1b\[/);
    void broken;
  });

  test('errors are one line on stderr with the file name, in the user\'s language', () => {
    const copy = mkdtempSync(join(tmpdir(), 'speech-outline-err-'));
    cpSync(dir, copy, { recursive: true });
    const { stderr } = run([join(copy, 'missing.speech'), '--check'], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.equal(stderr, `speech-outline: ${join(copy, 'missing.speech')}: 文件或目录不存在\n`);
  });
});
