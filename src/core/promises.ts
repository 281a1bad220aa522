// Count promises: the opening says "下面，我讲三点意见" or a section says "重点抓好三个方面", and
// the structure that follows has another number of sections or points. Only a writer's own
// announcement of what follows counts (讲/谈/提/抓好/从… right before the number), never a number
// that merely stands in the text.

import type { SpeechModel, SpeechNode } from './model';
import { formatChineseNumeral, parseChineseNumeral, toFullWidthDigits } from './numerals';

/** A promise whose count differs from the structure after it. */
export interface CountPromise {
  /** The count word's range (三 in 讲三点意见). */
  readonly start: number;
  readonly end: number;
  /** The whole promise as written (讲三点意见), for messages. */
  readonly phrase: string;
  readonly promised: number;
  readonly actual: number;
  /** What follows: top-level or sub-sections (headings), or points. */
  readonly what: 'sections' | 'points';
  /** The count word that matches the structure, written like the one it replaces (四, 两, 4). */
  readonly replacement: string;
}

/**
 * 讲/谈/提/说/抓好/做好/强调/从/围绕 (optionally 以下/下面/这) + a count + a measure word of
 * parts of a speech. The count is one or two Chinese numerals (with 两) or digits.
 */
const PROMISE = /(?:讲|谈|提|说|抓好|做好|强调|从|围绕)(?:以下|下面|这么|这样|这)?([一二三四五六七八九十两]{1,3}|[0-9０-９]{1,2})(点|个方面|方面|个问题|项|条|个部分|部分)/g;

/** The value of a count word: 三 → 3, 两 → 2, 4 / ４ → 4; undefined when it is not a count. */
function countValue(word: string): number | undefined {
  if (/^[0-9０-９]+$/.test(word)) {
    return Number(word.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)));
  }
  if (word === '两') {
    return 2;
  }
  return parseChineseNumeral(word);
}

/** `value` written like `like`: digits as digits (same width), 两 before a measure word for two. */
function countWord(value: number, like: string, measure: string): string {
  if (/^[0-9]+$/.test(like)) {
    return String(value);
  }
  if (/^[０-９]+$/.test(like)) {
    return toFullWidthDigits(value);
  }
  return value === 2 && measure !== '方面' && measure !== '部分' ? '两' : formatChineseNumeral(value);
}

function isStructure(node: SpeechNode): boolean {
  return node.kind === 'heading' || node.kind === 'point';
}

function sameSequence(a: SpeechNode, b: SpeechNode): boolean {
  return a.kind === b.kind && (a.kind === 'heading' ? a.level === b.level : a.family === b.family);
}

/** A promise-shaped phrase of the text (whatever its count), found once per draft. */
interface Phrase {
  readonly index: number;
  readonly end: number;
  readonly match: RegExpExecArray;
}

/**
 * Every phrase PROMISE matches in the text, in order. The same as matching each region alone: a
 * match is the only one that starts where it does, and none starts inside another (its count and
 * measure word hold none of the verbs a phrase starts with).
 */
function phrasesOf(text: string): Phrase[] {
  const phrases: Phrase[] = [];
  PROMISE.lastIndex = 0;
  for (let match = PROMISE.exec(text); match !== null; match = PROMISE.exec(text)) {
    phrases.push({ index: match.index, end: match.index + match[0].length, match });
  }
  return phrases;
}

/** The first of the phrases (in order) that starts at or after `from`. */
function firstFrom(phrases: readonly Phrase[], from: number): number {
  let low = 0;
  let high = phrases.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (phrases[mid].index < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The promises of a region of the text that ends at `to` (`first`: its first phrase), checked against `count`. */
function promisesIn(phrases: readonly Phrase[], first: number, to: number, count: number, what: 'sections' | 'points', out: CountPromise[]): void {
  for (let i = first; i < phrases.length && phrases[i].index < to; i++) {
    const { match, end } = phrases[i];
    if (end > to) {
      continue;
    }
    const word = match[1];
    const promised = countValue(word);
    if (promised === undefined || promised < 2 || promised === count) {
      continue;
    }
    const start = end - word.length - match[2].length;
    out.push({ start, end: start + word.length, phrase: match[0], promised, actual: count, what, replacement: countWord(count, word, match[2]) });
  }
}

/**
 * The count promises of a draft that the structure after them does not keep. The region of a
 * promise is the text before the first section or point of a level: the opening (after the title,
 * date and salutation) for the top level, a section's own paragraphs before its first child for
 * its children. The count is that of the sequence the first child starts (sections of its level,
 * or points of its family), up to the next speech of a collection.
 */
export function checkCountPromises(model: SpeechModel): CountPromise[] {
  const out: CountPromise[] = [];
  const text = model.text;
  const phrases = phrasesOf(text);
  if (phrases.length === 0) {
    return out;
  }
  const check = (regionStart: number, children: readonly SpeechNode[]): void => {
    const first = children.find(isStructure);
    if (first === undefined || first.start <= regionStart) {
      return;
    }
    // Most regions hold no phrase: the count is read only for one that does.
    const from = firstFrom(phrases, regionStart);
    if (from === phrases.length || phrases[from].index >= first.start) {
      return;
    }
    let count = 0;
    for (let i = children.indexOf(first); i < children.length; i++) {
      const node = children[i];
      if (node.kind === 'title' || node.kind === 'salutation') {
        break;
      }
      if (sameSequence(node, first)) {
        count++;
      }
    }
    promisesIn(phrases, from, first.start, count, first.kind === 'heading' ? 'sections' : 'points', out);
  };
  // The top level: each speech of a collection starts after its title, date or salutation.
  let start = 0;
  let pending: SpeechNode[] = [];
  for (const root of model.roots) {
    if (root.kind === 'title' || root.kind === 'dateline' || root.kind === 'salutation') {
      if (pending.length > 0) {
        check(start, pending);
        pending = [];
      }
      start = root.headingEnd;
    } else {
      pending.push(root);
    }
  }
  check(start, pending);
  for (const node of model.nodes) {
    if (node.children.length > 0 && (node.kind === 'heading' || node.kind === 'point')) {
      check(node.headingEnd, node.children);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
