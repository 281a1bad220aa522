// Recognising section and point markers at a given offset, by character codes (no regular
// expressions, so the cost is linear and bounded by the marker's short length).

import {
  digitValue,
  enclosedNumberValue,
  formatChineseNumeral,
  formatCircled,
  formatParenthesizedNumber,
  isChineseNumeralChar,
  isDigit,
  parseChineseNumeral,
  toFullWidthDigits,
} from './numerals';

/** How a marker writes its number. */
export type NumeralStyle = 'chinese' | 'ascii' | 'fullwidth' | 'circled' | 'parenthesized' | 'sequence';

/** The four families of enumerated points in running text. */
export type PointFamily = 'yao' | 'shi' | 'di' | 'sequence';

/** How a marker is written: the characters around its number and the number's style. */
export interface MarkerStyle {
  readonly numeral: NumeralStyle;
  readonly prefix: string;
  readonly suffix: string;
}

/** A marker found in the text. `end` is the offset just past the marker. */
export interface MarkerMatch {
  readonly level: number;
  readonly family: PointFamily | undefined;
  readonly ordinal: number;
  readonly style: MarkerStyle;
  readonly start: number;
  readonly end: number;
}

const SEQUENCE_WORDS = ['首先', '其次', '再次', '最后'];

/** Writes `ordinal` in a marker style: `formatMarker({numeral:'chinese',prefix:'（',suffix:'）'}, 3)` → `（三）`. */
export function formatMarker(style: MarkerStyle, ordinal: number): string {
  return style.prefix + formatNumeral(style.numeral, ordinal) + style.suffix;
}

/** The number alone, in a numeral style. */
export function formatNumeral(numeral: NumeralStyle, ordinal: number): string {
  switch (numeral) {
    case 'chinese':
      return formatChineseNumeral(ordinal);
    case 'ascii':
      return String(ordinal);
    case 'fullwidth':
      return toFullWidthDigits(ordinal);
    case 'circled':
      return formatCircled(ordinal);
    case 'parenthesized':
      return formatParenthesizedNumber(ordinal);
    case 'sequence':
      return SEQUENCE_WORDS[Math.min(ordinal, 4) - 1] ?? SEQUENCE_WORDS[3];
  }
}

const STYLES = new Map<number, MarkerStyle>();
const NUMERAL_STYLES: readonly NumeralStyle[] = ['chinese', 'ascii', 'fullwidth', 'circled', 'parenthesized', 'sequence'];

/** The one shared style object for a numeral style with its prefix and suffix (each at most one character). */
export function markerStyle(numeral: NumeralStyle, prefix: string, suffix: string): MarkerStyle {
  const key = NUMERAL_STYLES.indexOf(numeral) + 8 * ((prefix.charCodeAt(0) || 0) + 0x10000 * (suffix.charCodeAt(0) || 0));
  let style = STYLES.get(key);
  if (style === undefined) {
    style = Object.freeze({ numeral, prefix, suffix });
    STYLES.set(key, style);
  }
  return style;
}

/** A stable key for comparing styles among siblings. */
export function styleKey(style: MarkerStyle): string {
  return `${style.prefix}|${style.numeral}|${style.suffix}`;
}

const OPEN_FULL = 0xff08; // （
const OPEN_HALF = 0x28; // (
const CLOSE_FULL = 0xff09; // ）
const CLOSE_HALF = 0x29; // )
const DUN = 0x3001; // 、
const FULL_STOP_FULL = 0xff0e; // ．
const DOT = 0x2e; // .
const COMMA_FULL = 0xff0c; // ，
const COMMA_HALF = 0x2c; // ,
const COLON_FULL = 0xff1a; // ：
const COLON_HALF = 0x3a; // :
const YAO = 0x8981; // 要
const SHI = 0x662f; // 是
const DI = 0x7b2c; // 第

/** Characters after 要 that make a word (要素, 要点…), not an exhortation. */
const YAO_WORD_TAILS = new Set('素件旨诀津点');

// One table lookup classifies a character for the parser's hot loops.
const BLANK = 1;
const SENTENCE_END = 2;
const COLON = 4;
const POINT_START = 8;
const HEADING_START = 16;
const CLASSES = new Uint8Array(0x10000);
for (const code of [0x20, 0x09, 0x3000, 0xa0, 0xfeff]) {
  CLASSES[code] |= BLANK;
}
for (const code of [0x3002, 0xff1b, 0xff01, 0xff1f, 0x3b, 0x21, 0x3f]) {
  CLASSES[code] |= SENTENCE_END;
}
CLASSES[COLON_FULL] |= COLON;
CLASSES[COLON_HALF] |= COLON;
for (let code = 0; code < 0x10000; code++) {
  if (isChineseNumeralChar(code)) {
    CLASSES[code] |= POINT_START | HEADING_START;
  }
  if (isDigit(code) || enclosedNumberValue(code) > 0) {
    CLASSES[code] |= HEADING_START;
  }
}
for (const code of [DI, 0x9996 /* 首 */, 0x5176 /* 其 */, 0x518d /* 再 */, 0x6700 /* 最 */]) {
  CLASSES[code] |= POINT_START;
}
CLASSES[OPEN_FULL] |= HEADING_START;
CLASSES[OPEN_HALF] |= HEADING_START;

/** Horizontal white space: ASCII space, tab, ideographic space, no-break space, BOM. */
export function isBlank(code: number): boolean {
  return (CLASSES[code] & BLANK) !== 0;
}

/** Ends a sentence for labels of headings: 。；！？ full or half width. */
export function isSentenceEnd(code: number): boolean {
  return (CLASSES[code] & SENTENCE_END) !== 0;
}

/** Ends a point's lead sentence: a sentence end or a colon. */
export function isLeadEnd(code: number): boolean {
  return (CLASSES[code] & (SENTENCE_END | COLON)) !== 0;
}

function scanChineseNumeral(text: string, pos: number, end: number, maxLength: number): number {
  let i = pos;
  while (i < end && i - pos < maxLength && isChineseNumeralChar(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

function scanDigits(text: string, pos: number, end: number, maxLength: number): number {
  let i = pos;
  while (i < end && i - pos < maxLength + 1 && isDigit(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    value = value * 10 + digitValue(text.charCodeAt(i));
  }
  return value;
}

/** Closing quotes and brackets: text cannot start with them. */
const CLOSING_MARKS = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x29, 0x300b, 0x3011, 0x3009, 0x5d]);

/** True when real text follows a marker ending at `pos`: not the line's end, not punctuation alone. */
function hasTextAfter(text: string, pos: number, end: number): boolean {
  let i = pos;
  while (i < end && isBlank(text.charCodeAt(i))) {
    i++;
  }
  if (i >= end) {
    return false;
  }
  const code = text.charCodeAt(i);
  return !isLeadEnd(code) && code !== COMMA_FULL && code !== COMMA_HALF && code !== DUN && !CLOSING_MARKS.has(code);
}

/**
 * A numbered heading marker at `pos` (paragraph start): 一、 （一） (一) 1. 1、 １． （1） (1) ⑴ ①.
 * Returns undefined for numbers that are not markers (1.5亿元, 2025年, （2025年3月1日）) and for a
 * marker with no text after it.
 */
export function matchHeadingMarker(text: string, pos: number, end: number): MarkerMatch | undefined {
  const first = text.charCodeAt(pos);
  let match: MarkerMatch | undefined;
  if (isChineseNumeralChar(first)) {
    const numeralEnd = scanChineseNumeral(text, pos, end, 7);
    if (numeralEnd < end && text.charCodeAt(numeralEnd) === DUN) {
      const ordinal = parseChineseNumeral(text.slice(pos, numeralEnd));
      if (ordinal !== undefined) {
        match = { level: 1, family: undefined, ordinal, style: markerStyle('chinese', '', '、'), start: pos, end: numeralEnd + 1 };
      }
    }
  } else if (first === OPEN_FULL || first === OPEN_HALF) {
    const inner = pos + 1;
    const second = inner < end ? text.charCodeAt(inner) : 0;
    if (isChineseNumeralChar(second)) {
      const numeralEnd = scanChineseNumeral(text, inner, end, 7);
      const close = numeralEnd < end ? text.charCodeAt(numeralEnd) : 0;
      if (close === CLOSE_FULL || close === CLOSE_HALF) {
        const ordinal = parseChineseNumeral(text.slice(inner, numeralEnd));
        if (ordinal !== undefined) {
          match = { level: 2, family: undefined, ordinal, style: markerStyle('chinese', text[pos], text[numeralEnd]), start: pos, end: numeralEnd + 1 };
        }
      }
    } else if (isDigit(second)) {
      const digitsEnd = scanDigits(text, inner, end, 3);
      const close = digitsEnd < end ? text.charCodeAt(digitsEnd) : 0;
      if (digitsEnd - inner <= 3 && (close === CLOSE_FULL || close === CLOSE_HALF) && second !== 0x30 && second !== 0xff10) {
        const numeral = second >= 0xff10 ? 'fullwidth' : 'ascii';
        match = { level: 4, family: undefined, ordinal: digitsValue(text, inner, digitsEnd), style: markerStyle(numeral, text[pos], text[digitsEnd]), start: pos, end: digitsEnd + 1 };
      }
    }
  } else if (isDigit(first)) {
    const digitsEnd = scanDigits(text, pos, end, 3);
    const sep = digitsEnd < end ? text.charCodeAt(digitsEnd) : 0;
    const afterSep = digitsEnd + 1 < end ? text.charCodeAt(digitsEnd + 1) : 0;
    if (digitsEnd - pos <= 3 && (sep === DOT || sep === FULL_STOP_FULL || sep === DUN) && !isDigit(afterSep) && first !== 0x30 && first !== 0xff10) {
      const numeral = first >= 0xff10 ? 'fullwidth' : 'ascii';
      match = { level: 3, family: undefined, ordinal: digitsValue(text, pos, digitsEnd), style: markerStyle(numeral, '', text[digitsEnd]), start: pos, end: digitsEnd + 1 };
    }
  } else {
    const enclosed = enclosedNumberValue(first);
    if (enclosed > 0) {
      const numeral = first >= 0x2474 ? 'parenthesized' : 'circled';
      match = { level: 4, family: undefined, ordinal: enclosed, style: markerStyle(numeral, '', ''), start: pos, end: pos + 1 };
    }
  }
  if (match === undefined || match.ordinal < 1 || !hasTextAfter(text, match.end, end)) {
    return undefined;
  }
  // A number right after the marker is data, not a heading: (010)12345678, 1、2025年…
  let i = match.end;
  while (i < end && isBlank(text.charCodeAt(i))) {
    i++;
  }
  return isDigit(text.charCodeAt(i)) ? undefined : match;
}

/** True for a character that can begin a point marker; lets callers skip most text cheaply. */
export function canStartPoint(code: number): boolean {
  return (CLASSES[code] & POINT_START) !== 0;
}

/** True for a character that can begin a heading marker. */
export function canStartHeading(code: number): boolean {
  return (CLASSES[code] & HEADING_START) !== 0;
}

/**
 * A point marker at `pos`: 一要 / 一是 / 第一， / 首先，. The caller guarantees `pos` is at a
 * paragraph start or right after a sentence end. Rejects words (一要素, 一是一、二是二, 第一书记,
 * 第一次, 一方面) and markers with no text after them.
 */
export function matchPointMarker(text: string, pos: number, end: number): MarkerMatch | undefined {
  const first = text.charCodeAt(pos);
  let match: MarkerMatch | undefined;
  if (isChineseNumeralChar(first)) {
    const numeralEnd = scanChineseNumeral(text, pos, end, 3);
    const word = numeralEnd < end ? text.charCodeAt(numeralEnd) : 0;
    if (word === YAO || word === SHI) {
      const ordinal = parseChineseNumeral(text.slice(pos, numeralEnd));
      const next = numeralEnd + 1 < end ? text.charCodeAt(numeralEnd + 1) : 0;
      const isWord = word === YAO
        ? YAO_WORD_TAILS.has(text[numeralEnd + 1] ?? '')
        : next === 0x5426 /* 否 */ || isChineseNumeralChar(next);
      if (ordinal !== undefined && ordinal <= 30 && !isWord) {
        const family: PointFamily = word === YAO ? 'yao' : 'shi';
        match = { level: 0, family, ordinal, style: markerStyle('chinese', '', text[numeralEnd]), start: pos, end: numeralEnd + 1 };
      }
    }
  } else if (first === DI) {
    const numeralEnd = scanChineseNumeral(text, pos + 1, end, 3);
    const sep = numeralEnd < end ? text.charCodeAt(numeralEnd) : 0;
    if (numeralEnd > pos + 1 && (sep === COMMA_FULL || sep === COMMA_HALF || sep === DUN || sep === COLON_FULL || sep === COLON_HALF)) {
      const ordinal = parseChineseNumeral(text.slice(pos + 1, numeralEnd));
      if (ordinal !== undefined) {
        match = { level: 0, family: 'di', ordinal, style: markerStyle('chinese', '第', text[numeralEnd]), start: pos, end: numeralEnd + 1 };
      }
    }
  } else if (pos + 2 < end) {
    const sep = text.charCodeAt(pos + 2);
    if (sep === COMMA_FULL || sep === COMMA_HALF) {
      const index = SEQUENCE_WORDS.indexOf(text.slice(pos, pos + 2));
      if (index >= 0) {
        match = { level: 0, family: 'sequence', ordinal: index + 1, style: markerStyle('sequence', '', text[pos + 2]), start: pos, end: pos + 3 };
      }
    }
  }
  if (match === undefined || match.ordinal < 1 || !hasTextAfter(text, match.end, end)) {
    return undefined;
  }
  return match;
}
