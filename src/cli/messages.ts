// The CLI's words in both languages, and the user's language from the environment (POSIX order:
// LC_ALL, then LC_MESSAGES, then LANG; Chinese when it starts with zh).

import { isChineseLocale, type Bilingual as Message } from '../core';

export type Language = 'en' | 'zh';

/** The language of messages and help for this environment. */
export function languageOf(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return isChineseLocale(locale) ? 'zh' : 'en';
}

/** A message in both languages, with {0}, {1}… placeholders. */
export function msg(en: string, zh: string): Message {
  return { en, zh };
}

/** The message in `language`, placeholders filled in. */
export function say(language: Language, message: Message, ...args: (string | number)[]): string {
  return message[language].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
}

/** Strings shared by the driver and the input layer (a mode keeps its own strings in its file). */
export const M = {
  noSuchFile: msg('no such file or directory', '文件或目录不存在'),
  permissionDenied: msg('permission denied', '无权访问'),
  isDirectory: msg('is a directory', '是目录，不是文件'),
  binary: msg('binary content, not a text draft', '二进制内容，不是文本'),
  notText: msg('not valid {0} text', '不是有效的 {0} 编码文本'),
  unknownFormat: msg('no reader for this kind of file', '无法读取此类文件'),
  readFailed: msg('cannot read: {0}', '无法读取：{0}'),
  writeFailed: msg('not written, the file is unchanged: {0}', '未写入，文件保持原样：{0}'),
  changedUnderneath: msg('changed while being processed; not written', '处理期间文件已被修改，未写入'),
  cannotWriteFormat: msg('cannot write this kind of file back ({0})', '无法写回此类文件（{0}）'),
  outlineMode: msg('the outline (no mode flag)', '大纲（不带模式选项）'),
  readAs: msg('read as {0} (not {1})', '按 {0} 编码读取（不是 {1}）'),
  noFiles: msg('no FILE given (see --help)', '未指定文件（见 --help）'),
  noDrafts: msg('no drafts ({0}) in this directory', '此目录中没有稿件文件（{0}）'),
  unknownOption: msg('unknown option {0} (see --help)', '未知选项 {0}（见 --help）'),
  optionNeedsValue: msg('option {0} needs a value (see --help)', '选项 {0} 需要一个值（见 --help）'),
  optionNotForMode: msg('option {0} does not go with {1} (see --help)', '选项 {0} 不能与 {1} 一起使用（见 --help）'),
  twoModes: msg('{0} and {1} go separately (see --help)', '{0} 与 {1} 不能同时使用（见 --help）'),
  writeAndDryRun: msg('--write and --dry-run go separately', '--write 与 --dry-run 不能同时使用'),
  stdinWrite: msg('standard input cannot be written back; drop --write', '标准输入无法写回，请去掉 --write'),
  severalNeedWrite: msg('{0} with several files needs --write or --dry-run', '{0} 处理多个文件时需要 --write 或 --dry-run'),
  summaryUnreadable: msg('; {0} could not be read', '；{0}无法读取'),
  internal: msg('internal error: {0}', '内部错误：{0}'),
};

const NOUNS: Record<string, { one: string; many: string; zh: string }> = {
  file: { one: 'file', many: 'files', zh: '个文件' },
  problem: { one: 'problem', many: 'problems', zh: '个问题' },
  error: { one: 'error', many: 'errors', zh: '个错误' },
  warning: { one: 'warning', many: 'warnings', zh: '个警告' },
  information: { one: 'info', many: 'info', zh: '条提示' },
  hint: { one: 'hint', many: 'hints', zh: '条建议' },
  edit: { one: 'edit', many: 'edits', zh: '处修改' },
};

/** "3 files" / "3 个文件". Add a noun to NOUNS when a mode needs one. */
export function count(language: Language, n: number, noun: keyof typeof NOUNS): string {
  const forms = NOUNS[noun];
  return language === 'zh' ? `${n} ${forms.zh}` : `${n} ${n === 1 ? forms.one : forms.many}`;
}
