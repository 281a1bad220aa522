// The `speech-outline` command: the core's outline (and later checks) for scripts and terminals.

import { readFileSync, statSync } from 'node:fs';
import { outlineToJson, outlineToText, parseSpeech } from './core';

const USAGE = `Usage: speech-outline [--json] FILE
  Prints the outline of a speech draft (FILE may be - for standard input).
  --json     print a JSON array of root nodes {name, kind, level, line, endLine, children} (0-based lines)
  --help     show this help
  --version  show the version
用法：speech-outline [--json] 文件    打印讲话稿的大纲（文件为 - 时读取标准输入）。`;

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
  const unknown = [...flags].filter((flag) => flag !== '--json');
  if (unknown.length > 0 || files.length !== 1) {
    process.stderr.write(`speech-outline: ${unknown.length > 0 ? `unknown option ${unknown[0]}` : 'expected exactly one FILE'} (see --help)\n`);
    return 2;
  }
  const { text } = readDraft(files[0]);
  const model = parseSpeech(text);
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
