// What the user reads, as data. The core never writes a sentence in one language: it returns a
// `Message`, whose `text` is the English sentence with {0} placeholders and doubles as the key of
// the l10n bundle (l10n/bundle.l10n.zh-cn.json), the same convention as `vscode.l10n.t`. One
// place renders messages in each host: `localize` in src/vscode/l10n.ts (vscode.l10n.t) and
// `formatMessage` here for the CLI and tests, given the bundle of the reader's language.

import { isClosingMark, isSentenceEnd } from './marks';

/** A message for the user: the English text (the l10n key) and the values of its placeholders. */
export interface Message {
  readonly text: string;
  readonly args: readonly (string | number)[];
}

/** A message with its arguments: `message('expected "{0}"', '三、')`. */
export function message(text: string, ...args: (string | number)[]): Message {
  return { text, args };
}

/** Translations by English text, as in an l10n bundle file. */
export type Translations = Readonly<Record<string, string>>;

/**
 * The message in the language of `translations` (English without, or when the bundle lacks it),
 * with {0} {1}… replaced by the arguments.
 */
export function formatMessage(message: Message, translations?: Translations): string {
  const template = translations?.[message.text] ?? message.text;
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = message.args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/**
 * True when a locale asks for Chinese: a BCP 47 tag (zh, zh-cn, zh-Hans) or a POSIX locale
 * (zh_CN.UTF-8). The one locale check: VS Code picks its bundle by `vscode.env.language` itself,
 * the CLI asks this with the environment's locale.
 */
export function isChineseLocale(locale: string | undefined): boolean {
  return locale !== undefined && /^zh(?:$|[-_.@])/i.test(locale.trim());
}

/**
 * Sentences rendered one after the other: a space after an English sentence, none after a
 * Chinese full stop (or closing bracket), as each language writes them.
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, sentence) => (text === '' ? sentence : `${text}${endsChineseSentence(text) ? '' : ' '}${sentence}`), '');
}

/** Ends with a full-width sentence end or closing mark (marks.ts): 。！？； ” ） 」… */
function endsChineseSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last > 0x7f && (isSentenceEnd(last) || isClosingMark(last));
}
