// The CLI's words, on the extension's one localisation path: every string is a core `Message`
// (English text with {0} placeholders, also its key in l10n/bundle.l10n.zh-cn.json), rendered in
// the user's language, which comes from the environment (POSIX order: LC_ALL, then LC_MESSAGES,
// then LANG; Chinese when it starts with zh).

import { formatMessage, isChineseLocale, message, type Message, type Translations } from '../core';

export { message, type Message };

export type Language = 'en' | 'zh';

/** The language of messages and help for this environment. */
export function languageOf(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return isChineseLocale(locale) ? 'zh' : 'en';
}

let chinese: Translations | undefined;

/** The translations of `language` (none for English): the bundle is read the first time a Chinese message is said. */
export function translations(language: Language): Translations | undefined {
  if (language === 'en') {
    return undefined;
  }
  // A require inside a function: esbuild wraps the JSON in a function that runs only when called,
  // so an English run (and --version) never builds the bundle's object.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  chinese ??= require('../../l10n/bundle.l10n.zh-cn.json') as Translations;
  return chinese;
}

/** The message in `language`, its placeholders filled with its own arguments, then `args`. */
export function say(language: Language, text: Message, ...args: (string | number)[]): string {
  return formatMessage(args.length === 0 ? text : message(text.text, ...text.args, ...args), translations(language));
}

/** Strings shared by the driver and the input layer (a mode keeps its own strings in its file). */
export const M = {
  noSuchFile: message('no such file or directory'),
  permissionDenied: message('permission denied'),
  isDirectory: message('is a directory'),
  binary: message('binary content, not a text draft'),
  notText: message('not valid {0} text'),
  unknownFormat: message('no reader for this kind of file'),
  readFailed: message('cannot read: {0}'),
  writeFailed: message('not written, the file is unchanged: {0}'),
  changedUnderneath: message('changed while being processed; not written'),
  cannotWriteFormat: message('cannot write this kind of file back ({0})'),
  outlineMode: message('the outline (no mode flag)'),
  readAs: message('read as {0} (not {1})'),
  noFiles: message('no FILE given (see --help)'),
  noDrafts: message('no drafts ({0}) in this directory'),
  unknownOption: message('unknown option {0} (see --help)'),
  optionNeedsValue: message('option {0} needs a value (see --help)'),
  optionNotForMode: message('option {0} does not go with {1} (see --help)'),
  twoModes: message('{0} and {1} go separately (see --help)'),
  writeAndDryRun: message('--write and --dry-run go separately'),
  stdinWrite: message('standard input cannot be written back; drop --write'),
  severalNeedWrite: message('{0} with several files needs --write or --dry-run'),
  summaryUnreadable: message('; {0} could not be read'),
  internal: message('internal error: {0}'),
};

// Both forms are keys of the bundle; Chinese has one form for both.
const NOUNS = {
  file: [message('{0} file'), message('{0} files')],
  problem: [message('{0} problem'), message('{0} problems')],
  error: [message('{0} error'), message('{0} errors')],
  warning: [message('{0} warning'), message('{0} warnings')],
  information: [message('{0} info'), message('{0} info')],
  hint: [message('{0} hint'), message('{0} hints')],
  edit: [message('{0} edit'), message('{0} edits')],
} satisfies Record<string, [Message, Message]>;

/** "3 files" / "3 个文件". Add a noun to NOUNS (and its Chinese to the bundle) when a mode needs one. */
export function count(language: Language, n: number, noun: keyof typeof NOUNS): string {
  const [one, many] = NOUNS[noun];
  return say(language, n === 1 ? one : many, n);
}
