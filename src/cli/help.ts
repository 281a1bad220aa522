// --help, in the user's language, built from the modes.

import type { Language } from './messages';
import type { Mode } from './mode';
import { FORMATS } from './formats';
import { DECODERS } from './decoders';

const TEXT = {
  en: {
    usage: 'Usage: ',
    intro: 'Outlines and checks speech drafts (一、/（一）/1./（1） headings, 一要…/一是… points).',
    files: (extensions: string, encodings: string) => `FILE… is any number of files and directories (searched recursively for ${extensions} files); - reads standard input. Text is read as ${encodings}, a BOM and CRLF line endings are kept.`,
    shared: [
      ['--json', 'JSON instead of text: an array with one { file, … } record per file ({ file, error } for a file that cannot be read)'],
      ['--write', 'with a mode that changes text: rewrite the files in place (atomically: a temporary file renamed over the original) and list the ones changed'],
      ['--dry-run', 'list the files --write would change, writing nothing'],
      ['--help, -h', 'show this help'],
      ['--version', 'show the version'],
    ],
    exit: 'Exit code: 0 done; 1 problems found (--check: a warning or an error); 2 bad usage or a file that cannot be read (the other files are still processed).',
    env: 'Environment: messages are in Chinese when LC_ALL, LC_MESSAGES or LANG starts with zh (e.g. LANG=zh_CN.UTF-8). Colour only on a terminal; NO_COLOR turns it off, FORCE_COLOR on.',
    options: 'Options:',
  },
  zh: {
    usage: '用法：',
    intro: '列出并检查讲话稿的大纲（一、/（一）/1./（1）标题，一要…/一是…要点）。',
    files: (extensions: string, encodings: string) => `文件… 可以是任意多个文件和目录（目录中递归查找 ${extensions} 文件）；- 表示标准输入。文本按 ${encodings} 读取，保留 BOM 和 CRLF 换行。`,
    shared: [
      ['--json', '输出 JSON：每个文件一条 { file, … } 记录（无法读取的文件为 { file, error }）'],
      ['--write', '用于修改文本的模式：直接改写文件（先写临时文件再替换原文件，保证原子性），并列出改动过的文件'],
      ['--dry-run', '只列出 --write 将改动的文件，不写入'],
      ['--help, -h', '显示本帮助'],
      ['--version', '显示版本号'],
    ],
    exit: '退出码：0 完成；1 发现问题（--check 有警告或错误）；2 用法错误或有文件无法读取（其余文件照常处理）。',
    env: '环境变量：LC_ALL、LC_MESSAGES 或 LANG 以 zh 开头时使用中文（如 LANG=zh_CN.UTF-8），否则使用英文。仅在终端中使用颜色；NO_COLOR 关闭颜色，FORCE_COLOR 强制开启。',
    options: '选项：',
  },
};

/** Terminal columns of a text: CJK and full-width characters take two. */
function columns(text: string): number {
  let width = 0;
  for (const char of text) {
    width += char.charCodeAt(0) >= 0x1100 ? 2 : 1;
  }
  return width;
}

/** Wraps `text` to `width` columns after an indent, at spaces and after Chinese punctuation. */
function wrap(text: string, indent: number, width = 100): string {
  const lines: string[] = [];
  let line = '';
  const room = width - indent;
  for (const word of text.split(/(?<=[ ，；。、：])/)) {
    if (columns(line) + columns(word) > room && line.length > 0) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += word;
  }
  lines.push(line.trimEnd());
  return lines.join('\n' + ' '.repeat(indent));
}

export function helpText(language: Language, modes: readonly Mode[]): string {
  const t = TEXT[language];
  const column = 22;
  const row = (left: string, right: string): string => `  ${left.padEnd(column - 2)}${left.length > column - 3 ? '\n' + ' '.repeat(column) : ''}${wrap(right, column)}`;
  const out: string[] = modes.map((mode, i) => `${i === 0 ? t.usage : ' '.repeat(columns(t.usage))}speech-outline ${mode.usage}`);
  out.push('', t.intro, '', t.options);
  for (const mode of modes) {
    out.push(row(mode.flag ?? '(' + (language === 'zh' ? '默认' : 'default') + ')', mode.help[language]));
    for (const option of mode.options ?? []) {
      out.push(row(`  ${option.flag}${option.value ? ' VALUE' : ''}`, option.help[language]));
    }
  }
  for (const [flag, text] of t.shared) {
    out.push(row(flag, text));
  }
  const extensions = FORMATS.flatMap((format) => format.extensions).join(' ');
  out.push('', wrap(t.files(extensions, DECODERS.map((decoder) => decoder.name).join(language === 'zh' ? '、' : ' or ')), 0), wrap(t.exit, 0), wrap(t.env, 0), '');
  return out.join('\n');
}
