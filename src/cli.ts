// The `speech-outline` command: the core's outline (and later checks) for scripts and terminals.

import { readFileSync, statSync } from 'node:fs';
import { applyEdits, checkNumbering, DEFAULT_SEVERITY, outlineToJson, outlineToText, parseSpeech, problemMessage, renumberEdits } from './core';

const USAGE = `Usage: speech-outline [--json] FILE
       speech-outline --check [--json] FILE
       speech-outline --renumber [--unify-style] FILE
  Prints the outline of a speech draft (FILE may be - for standard input).
  --json         print a JSON array of root nodes {name, kind, level, line, endLine, children} (0-based lines)
  --check        print numbering problems as FILE:LINE:COL: severity code message (1-based);
                 with --json, an array of {line, character, severity, code, message} (0-based).
                 Exit code 1 when there is any warning or error.
  --renumber     print the whole text with its numbering corrected (only numerals change)
  --unify-style  with --renumber, also write every marker like most of its siblings
  --help         show this help
  --version      show the version
  Messages are in Chinese when LANG starts with zh, else in English.
用法：speech-outline [--json] 文件              打印讲话稿的大纲（文件为 - 时读取标准输入）
      speech-outline --check [--json] 文件      检查编号（跳号、重号、顺序、起始、形式混用、写法不一致）
      speech-outline --renumber 文件            输出重新编号后的全文（只改动序号）`;

const FLAGS = new Set(['--json', '--check', '--renumber', '--unify-style', '--help', '--version']);

/** An input problem: printed as one line on stderr, exit code 2. */
class InputError extends Error {}

const BOM = '\ufeff';

/** Reads FILE (or stdin for -) as UTF-8 text; a BOM is kept apart so output can restore it. */
export function readDraft(file: string): { text: string; bom: boolean } {
  let bytes: Buffer;
  try {
    if (file === '-') {
      bytes = readFileSync(0);
    } else {
      if (statSync(file).isDirectory()) {
        throw new InputError(`${file}: is a directory / 是目录，不是文件`);
      }
      bytes = readFileSync(file);
    }
  } catch (error) {
    if (error instanceof InputError) {
      throw error;
    }
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file / 文件不存在' : code === 'EACCES' ? 'permission denied / 无权读取' : String((error as Error).message);
    throw new InputError(`${file}: ${reason}`);
  }
  if (bytes.includes(0)) {
    throw new InputError(`${file === '-' ? 'stdin' : file}: binary content, not a text draft / 二进制内容，不是文本`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${file === '-' ? 'stdin' : file}: not valid UTF-8 / 不是有效的 UTF-8 编码`);
  }
  const bom = text.startsWith(BOM);
  return { text: bom ? text.slice(1) : text, bom };
}

function main(argv: string[]): number {
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')));
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (flags.has('--help')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (flags.has('--version')) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const unknown = [...flags].filter((flag) => !FLAGS.has(flag));
  if (unknown.length > 0 || files.length !== 1 || (flags.has('--check') && flags.has('--renumber'))) {
    const problem = unknown.length > 0 ? `unknown option ${unknown[0]}` : files.length !== 1 ? 'expected exactly one FILE' : '--check and --renumber go separately';
    process.stderr.write(`speech-outline: ${problem} (see --help)\n`);
    return 2;
  }
  const file = files[0];
  const { text, bom } = readDraft(file);
  const model = parseSpeech(text);
  if (flags.has('--check')) {
    const chinese = /^zh/i.test(process.env.LANG ?? process.env.LC_ALL ?? '');
    const problems = checkNumbering(model).map((problem) => {
      const position = model.lines.positionAt(problem.start);
      const message = problemMessage(problem);
      return { line: position.line, character: position.character, severity: DEFAULT_SEVERITY[problem.code], code: problem.code, message: chinese ? message.zh : message.en };
    });
    if (flags.has('--json')) {
      process.stdout.write(JSON.stringify(problems, null, 2) + '\n');
    } else {
      const name = file === '-' ? '<stdin>' : file;
      for (const problem of problems) {
        process.stdout.write(`${name}:${problem.line + 1}:${problem.character + 1}: ${problem.severity} ${problem.code} ${problem.message}\n`);
      }
    }
    return problems.some((problem) => problem.severity === 'warning' || problem.severity === 'error') ? 1 : 0;
  }
  if (flags.has('--renumber')) {
    const fixed = applyEdits(text, renumberEdits(model, { unifyStyle: flags.has('--unify-style') }));
    process.stdout.write((bom ? BOM : '') + fixed);
    return 0;
  }
  if (flags.has('--json')) {
    process.stdout.write(JSON.stringify(outlineToJson(model), null, 2) + '\n');
  } else {
    process.stdout.write(outlineToText(model));
  }
  return 0;
}

declare const VERSION: string;

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof InputError) {
    process.stderr.write(`speech-outline: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
