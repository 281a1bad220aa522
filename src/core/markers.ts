// Recognising section and point markers at a given offset, by character codes (no regular
// expressions, so the cost is linear and bounded by the marker's short length). What a marker may
// look like, and its level or family, is the grammar's (grammar.ts): this file reads the
// characters, the grammar says whether they form a marker.

import { DI_WORDS, grammarRow, markerStyle, MARKER_GRAMMAR, RANGE_UNITS, SEQUENCE_WORD_VARIANTS, SEQUENCE_WORDS, type MarkerRow, type MarkerStyle, type NumeralStyle, type PointFamily } from './grammar';
import { isBlank, isClauseMark, isClosingMark, isLeadEnd } from './marks';
import { isIdeograph } from './chars';
import { CHINESE_NUMERAL_CHARS, DIGIT_RANGES, digitValue, ENCLOSED_NUMBER_RANGES, enclosedNumberValue, isChineseNumeralChar, isDigit, parseChineseNumeralAt } from './numerals';

/** A marker found in the text. `end` is the offset just past the marker. */
export interface MarkerMatch {
  /** Headings: 1–4. Points: 0. */
  readonly level: number;
  readonly family: PointFamily | undefined;
  readonly ordinal: number;
  readonly style: MarkerStyle;
  readonly start: number;
  readonly end: number;
}

const YAO = 0x8981; // 要
const SHI = 0x662f; // 是
const DI = 0x7b2c; // 第
const DUN = 0x3001; // 、
/** Characters after 要 that make a word (要素, 要点…), not an exhortation. */
const YAO_WORD_TAILS = new Set([...'素件旨诀津点'].map((char) => char.charCodeAt(0)));
/** Longest Chinese numeral read in a heading marker (九百九十九 is five characters, 一百零一 four). */
const MAX_HEADING_NUMERAL = 7;
/** Longest Chinese numeral read in a point marker (三十要, 第九十九，). */
const MAX_POINT_NUMERAL = 3;
/** Longest run of digits read as a heading's number (2025. is a year, not a marker). */
const MAX_DIGITS = 3;

// Characters that can begin a marker, from the grammar: one table lookup per character.
const POINT_START = 1;
const HEADING_START = 2;
const STARTS = new Uint8Array(0x10000);
// From the numerals' own character lists (a loop over every code point costs milliseconds of start-up).
for (const char of CHINESE_NUMERAL_CHARS) {
  STARTS[char.charCodeAt(0)] |= POINT_START | HEADING_START;
}
for (const [from, to] of [...DIGIT_RANGES, ...ENCLOSED_NUMBER_RANGES]) {
  STARTS.fill(STARTS[from] | HEADING_START, from, to + 1);
}
for (const row of MARKER_GRAMMAR) {
  if (row.style.prefix !== '') {
    STARTS[row.style.prefix.charCodeAt(0)] |= row.kind === 'heading' ? HEADING_START : POINT_START;
  }
}
for (const word of SEQUENCE_WORDS) {
  STARTS[word.charCodeAt(0)] |= POINT_START;
}

/** True for a character that can begin a point marker; lets callers skip most text cheaply. */
export function canStartPoint(code: number): boolean {
  return (STARTS[code] & POINT_START) !== 0;
}

/** True for a character that can begin a heading marker. */
export function canStartHeading(code: number): boolean {
  return (STARTS[code] & HEADING_START) !== 0;
}

function scanChineseNumeral(text: string, pos: number, end: number, maxLength: number): number {
  let i = pos;
  while (i < end && i - pos < maxLength && isChineseNumeralChar(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

const RANGE_UNITS_BY_FIRST = new Map<number, string[]>();
for (const unit of RANGE_UNITS) {
  RANGE_UNITS_BY_FIRST.set(unit.charCodeAt(0), [...(RANGE_UNITS_BY_FIRST.get(unit.charCodeAt(0)) ?? []), unit]);
}
const NO_UNITS: readonly string[] = [];

/** True when a number range goes on after `X、` ending at `pos`: another numeral, then 、 or a range unit (grammar.ts). */
function isNumberRange(text: string, pos: number, end: number): boolean {
  const numeralEnd = scanChineseNumeral(text, pos, end, MAX_HEADING_NUMERAL);
  if (numeralEnd === pos || numeralEnd >= end) {
    return false;
  }
  if (text.charCodeAt(numeralEnd) === DUN) {
    return true;
  }
  for (const unit of RANGE_UNITS_BY_FIRST.get(text.charCodeAt(numeralEnd)) ?? NO_UNITS) {
    if (text.startsWith(unit, numeralEnd)) {
      return true;
    }
  }
  return false;
}

/**
 * The idiom 一是一、二是二 (一是一，二是二; the run 一是一是…): after X是 comes a bare numeral with
 * punctuation, 是 or nothing after it. 二是一些企业… and 三是三个方面… are points. The rule reads only
 * what follows 是, never X, so renumbering a point cannot turn it into the idiom.
 */
function isShiIdiom(text: string, after: number, end: number): boolean {
  const afterEnd = scanChineseNumeral(text, after, end, MAX_POINT_NUMERAL);
  if (afterEnd === after) {
    return false;
  }
  const next = afterEnd < end ? text.charCodeAt(afterEnd) : 0;
  return next === SHI || !isIdeograph(next);
}

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
  return !isLeadEnd(code) && !isClauseMark(code) && !isClosingMark(code);
}

/** True when `word` is written at `pos`, compared by char codes (startsWith is a call into the engine). */
function isWordAt(text: string, pos: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (text.charCodeAt(pos + i) !== word.charCodeAt(i)) {
      return false;
    }
  }
  return true;
}

/** The index in `words` of the word at `pos`, or -1 (without slicing the text). */
function wordIndexAt(text: string, pos: number, words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    if (isWordAt(text, pos, words[i])) {
      return i;
    }
  }
  return -1;
}

/** 首先 其次 再次 最后 and their variants (最後), with the index in SEQUENCE_WORDS each stands for. */
const SEQUENCE_FORMS: readonly string[] = [...SEQUENCE_WORDS, ...SEQUENCE_WORD_VARIANTS.keys()];
const SEQUENCE_FORM_INDEX: readonly number[] = [...SEQUENCE_WORDS.keys(), ...SEQUENCE_WORD_VARIANTS.values()];

/** The index in SEQUENCE_WORDS of the word (or its variant) at `pos`, or -1 (without slicing the text). */
export function sequenceWordAt(text: string, pos: number): number {
  const form = wordIndexAt(text, pos, SEQUENCE_FORMS);
  return form < 0 ? -1 : SEQUENCE_FORM_INDEX[form];
}

// The numeral readNumeral found. Module state instead of a result object: readNumeral runs at every
// place a marker may start, and most of them hold none (no garbage for the collector).
let numeralStyle: NumeralStyle = 'chinese';
let numeralOrdinal = 0;
let numeralEnd = 0;

/** Reads the numeral at `pos` into numeralStyle, numeralOrdinal and numeralEnd; false when none is there. */
function readNumeral(text: string, pos: number, end: number, kind: 'heading' | 'point'): boolean {
  if (pos >= end) {
    return false;
  }
  const first = text.charCodeAt(pos);
  if (isChineseNumeralChar(first)) {
    const to = scanChineseNumeral(text, pos, end, kind === 'heading' ? MAX_HEADING_NUMERAL : MAX_POINT_NUMERAL);
    const ordinal = parseChineseNumeralAt(text, pos, to);
    if (ordinal === undefined) {
      return false;
    }
    numeralStyle = 'chinese';
    numeralOrdinal = ordinal;
    numeralEnd = to;
    return true;
  }
  if (kind === 'point') {
    const form = wordIndexAt(text, pos, SEQUENCE_FORMS);
    if (form < 0) {
      return false;
    }
    numeralStyle = 'sequence';
    numeralOrdinal = SEQUENCE_FORM_INDEX[form] + 1;
    numeralEnd = pos + SEQUENCE_FORMS[form].length;
    return true;
  }
  if (isDigit(first)) {
    // No leading zero: 01. is not a marker.
    if (digitValue(first) === 0) {
      return false;
    }
    let i = pos;
    let ordinal = 0;
    while (i < end && isDigit(text.charCodeAt(i))) {
      if (i - pos === MAX_DIGITS) {
        return false;
      }
      ordinal = ordinal * 10 + digitValue(text.charCodeAt(i));
      i++;
    }
    numeralStyle = first >= 0xff10 ? 'fullwidth' : 'ascii';
    numeralOrdinal = ordinal;
    numeralEnd = i;
    return true;
  }
  const enclosed = enclosedNumberValue(first);
  if (enclosed === 0) {
    return false;
  }
  numeralStyle = first >= 0x2474 ? 'parenthesized' : 'circled';
  numeralOrdinal = enclosed;
  numeralEnd = pos + 1;
  return true;
}

// The grammar row of a style read from the text, looked up by char codes: building the prefix and
// suffix strings and interning them (markerStyle) at every candidate would make garbage. A
// separator that ends no row's suffix is rejected at once; the few other combinations are cached.
const SEPARATORS = new Set(MARKER_GRAMMAR.filter((row) => row.style.suffix !== '').map((row) => row.style.suffix.charCodeAt(row.style.suffix.length - 1)));
const NUMERAL_INDEX: Record<NumeralStyle, number> = { chinese: 0, ascii: 1, fullwidth: 2, circled: 3, parenthesized: 4, sequence: 5 };
/** Prefix characters by a small index (1…), so that a lookup key stays a small integer. */
const PREFIX_INDEX = new Map<number, number>();
interface StyleRow {
  readonly style: MarkerStyle;
  readonly row: MarkerRow | undefined;
}
const STYLE_ROWS = new Map<number, StyleRow>();

/** The style of a numeral with its prefix (0: none), 第's word (-1: none) and separator (0: none), and its grammar row. */
function styleRow(prefix: number, word: number, separator: number): StyleRow {
  let prefixIndex = PREFIX_INDEX.get(prefix);
  if (prefixIndex === undefined) {
    prefixIndex = PREFIX_INDEX.size + 1;
    PREFIX_INDEX.set(prefix, prefixIndex);
  }
  const key = ((prefixIndex * 8 + NUMERAL_INDEX[numeralStyle]) * 16 + word + 1) * 0x10000 + separator;
  let found = STYLE_ROWS.get(key);
  if (found === undefined) {
    const suffix = separator === 0 ? '' : (word < 0 ? '' : DI_WORDS[word]) + String.fromCharCode(separator);
    const style = markerStyle(numeralStyle, prefix === 0 ? '' : String.fromCharCode(prefix), suffix);
    found = { style, row: grammarRow(style) };
    STYLE_ROWS.set(key, found);
  }
  return found;
}

/** Blanks a bracketed heading number may have inside its brackets: （ 一 ）, as PDFs and some pages space them. */
const MAX_BRACKET_BLANKS = 2;

/** `pos` moved over at most MAX_BRACKET_BLANKS spaces (ASCII or ideographic). */
function skipBracketBlanks(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && i - pos < MAX_BRACKET_BLANKS && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000)) {
    i++;
  }
  return i;
}

/** The marker of `kind` at `pos` as the grammar allows it, before the checks on what follows it. */
function readMarker(text: string, pos: number, end: number, kind: 'heading' | 'point'): MarkerMatch | undefined {
  const first = text.charCodeAt(pos);
  // An opening character, when the grammar has one for this kind: （ ( for headings, 第 for points.
  const hasPrefix = !isChineseNumeralChar(first) && (STARTS[first] & (kind === 'heading' ? HEADING_START : POINT_START)) !== 0 &&
    !isDigit(first) && enclosedNumberValue(first) === 0 && sequenceWordAt(text, pos) < 0;
  const bracketed = hasPrefix && kind === 'heading';
  if (!readNumeral(text, bracketed ? skipBracketBlanks(text, pos + 1, end) : hasPrefix ? pos + 1 : pos, end, kind)) {
    return undefined;
  }
  const enclosed = numeralStyle === 'circled' || numeralStyle === 'parenthesized';
  // After 第 and the number, a word may stand before the separator: 第一点， 第一个方面，.
  const word = hasPrefix && first === DI ? wordIndexAt(text, numeralEnd, DI_WORDS) : -1;
  const separatorAt = bracketed ? skipBracketBlanks(text, numeralEnd, end) : numeralEnd + (word < 0 ? 0 : DI_WORDS[word].length);
  const hasSuffix = !enclosed && separatorAt < end;
  const separator = hasSuffix ? text.charCodeAt(separatorAt) : 0;
  if (hasSuffix && !SEPARATORS.has(separator)) {
    return undefined;
  }
  const { style, row } = styleRow(hasPrefix ? first : 0, hasSuffix ? word : -1, separator);
  if (row === undefined || row.kind !== kind || numeralOrdinal < 1 || numeralOrdinal > row.maxOrdinal) {
    return undefined;
  }
  return { level: row.level, family: row.family, ordinal: numeralOrdinal, style, start: pos, end: hasSuffix ? separatorAt + 1 : numeralEnd };
}

/**
 * A numbered heading marker at `pos` (paragraph start): 一、 （一） (一) 1. 1、 １． （1） (1) ⑴ ①.
 * Returns undefined for numbers that are not markers (1.5亿元, 2025年, （2025年3月1日）) and for a
 * marker with no text after it.
 */
export function matchHeadingMarker(text: string, pos: number, end: number): MarkerMatch | undefined {
  const match = readMarker(text, pos, end, 'heading');
  if (match === undefined || !hasTextAfter(text, match.end, end)) {
    return undefined;
  }
  if (match.style.numeral === 'chinese') {
    if (match.style.suffix === '.' || match.style.suffix === '．') {
      // 一．指导思想 is a heading; 五.一期间 (a holiday) and 三.5亿元 are not.
      let i = match.end;
      while (i < end && isBlank(text.charCodeAt(i))) {
        i++;
      }
      const next = text.charCodeAt(i);
      return isChineseNumeralChar(next) || isDigit(next) ? undefined : match;
    }
    // 一、2025年工作回顾 and （二）2026年主要目标 are headings; 三、四月份… and 一、二季度… are number ranges.
    return match.level === 1 && isNumberRange(text, match.end, end) ? undefined : match;
  }
  // A number right after a numeric marker is data, not a heading: (010)12345678, 1、2025年, 1.5亿元…
  let i = match.end;
  while (i < end && isBlank(text.charCodeAt(i))) {
    i++;
  }
  return isDigit(text.charCodeAt(i)) ? undefined : match;
}

/**
 * A point marker at `pos`: 一要 / 一是 / 第一， (第一点， 第一个方面， 第一条， 其一，) / 首先，. The caller
 * guarantees `pos` is at a paragraph start or right after a sentence end. Rejects words (一要素,
 * 一是一、二是二, 是否, 第一书记, 第一次, 一方面) and markers with no text after them.
 */
export function matchPointMarker(text: string, pos: number, end: number): MarkerMatch | undefined {
  const match = readMarker(text, pos, end, 'point');
  if (match === undefined || !hasTextAfter(text, match.end, end)) {
    return undefined;
  }
  const word = text.charCodeAt(match.end - 1);
  if (match.family === 'yao' && word === YAO && YAO_WORD_TAILS.has(text.charCodeAt(match.end))) {
    return undefined;
  }
  if (match.family === 'shi' && word === SHI) {
    const next = match.end < end ? text.charCodeAt(match.end) : 0;
    if (next === 0x5426 /* 否 */ || isShiIdiom(text, match.end, end)) {
      return undefined;
    }
  }
  return match;
}
