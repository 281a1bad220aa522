// --help, in the user's language, built from the modes.

import { terminalColumns } from './columns';
import { message, say, type Language, type Message } from './messages';
import type { Mode } from './mode';
import { FORMATS } from './formats';
import { DECODERS } from './decoders';

const TEXT = {
  usage: message('Usage: '),
  intro: message('Outlines and checks speech drafts (一、/（一）/1./（1） headings, 一要…/一是… points).'),
  files: message('FILE… is any number of files and directories (searched recursively for {0} files); - reads standard input. Text is read as {1}, a BOM and CRLF line endings are kept.'),
  shared: [
    ['--json', message('JSON instead of text: an array with one { file, … } record per file ({ file, error } for a file that cannot be read)')],
    ['--write', message('with a mode that changes text: rewrite the files in place (atomically: a temporary file renamed over the original) and list the ones changed')],
    ['--dry-run', message('list the files --write would change, writing nothing')],
    ['--help, -h', message('show this help')],
    ['--version', message('show the version')],
  ] as const,
  exit: message('Exit code: 0 done; 1 problems found (--check: a warning or an error); 2 bad usage or a file that cannot be read (the other files are still processed).'),
  env: message('Environment: messages are in Chinese when LC_ALL, LC_MESSAGES or LANG starts with zh (e.g. LANG=zh_CN.UTF-8). Colour only on a terminal; NO_COLOR turns it off, FORCE_COLOR on.'),
  options: message('Options:'),
  default: message('(default)'),
  or: message('{0} or {1}'),
};

/**
 * Where a help line may break: after a space or a Chinese mark that ends a phrase, and between two
 * 汉字 (or before an opening bracket or quote after one), as Chinese text wraps — never before
 * a closing mark.
 */
const BREAK = /(?<=[ ，；。、：）”])|(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff（“])/;

/** Wraps `text` to `width` columns after an indent (BREAK). */
function wrap(text: string, indent: number, width = 100): string {
  const lines: string[] = [];
  let line = '';
  const room = width - indent;
  for (const word of text.split(BREAK)) {
    if (terminalColumns(line) + terminalColumns(word) > room && line.length > 0) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += word;
  }
  lines.push(line.trimEnd());
  return lines.join('\n' + ' '.repeat(indent));
}

export function helpText(language: Language, modes: readonly Mode[]): string {
  const t = (text: Message, ...args: string[]): string => say(language, text, ...args);
  const column = 22;
  const row = (left: string, right: string): string => {
    const width = terminalColumns(left);
    return `  ${left}${' '.repeat(Math.max(0, column - 2 - width))}${width > column - 3 ? '\n' + ' '.repeat(column) : ''}${wrap(right, column)}`;
  };
  const usage = t(TEXT.usage);
  const out: string[] = modes.map((mode, i) => `${i === 0 ? usage : ' '.repeat(terminalColumns(usage))}speech-outline ${mode.usage}`);
  out.push('', t(TEXT.intro), '', t(TEXT.options));
  for (const mode of modes) {
    out.push(row(mode.flag ?? t(TEXT.default), t(mode.help)));
    for (const option of mode.options ?? []) {
      out.push(row(`  ${option.flag}${option.value !== undefined ? ` ${option.value}` : ''}`, t(option.help)));
    }
  }
  for (const [flag, text] of TEXT.shared) {
    out.push(row(flag, t(text)));
  }
  const extensions = FORMATS.flatMap((format) => format.extensions).join(' ');
  const encodings = DECODERS.map((decoder) => decoder.name).reduce((first, then) => t(TEXT.or, first, then));
  out.push('', wrap(t(TEXT.files, extensions, encodings), 0), wrap(t(TEXT.exit), 0), wrap(t(TEXT.env), 0), '');
  return out.join('\n');
}
