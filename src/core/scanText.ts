// The character-level rules of the scanner: where a node may begin inside a paragraph (after
// which marks, before which characters), a point's series, a heading's run-on sub-heading, and
// small text measures. The paste cleanup reads the same rules (endsSentenceBeforeHeading,
// subheadingRunOn), so that it splits lines exactly where the parser reads a node.

import { COLON_CHARS, isBlank, isClosingMark, isHalfWidthFullStop, isLeadEnd, SENTENCE_END_CHARS } from './marks';
import { pointSeries, type MarkerStyle } from './grammar';
import { isChineseNumeralChar, isDigit } from './numerals';
import { canStartHeading, canStartPoint, matchHeadingMarker, matchPointMarker, type MarkerMatch } from './markers';
import { mayBeInvisible } from './paragraphs';

/**
 * A cheap first test before reading a heading marker inside a paragraph: a Chinese numeral must be
 * followed by 、 . or ．, digits by . 、 or ．; brackets and enclosed numbers go to the full test.
 */
export function mayBeHeadingAt(text: string, pos: number, to: number): boolean {
  const first = text.charCodeAt(pos);
  let i = pos;
  if (isChineseNumeralChar(first)) {
    while (i < to && i - pos < 8 && isChineseNumeralChar(text.charCodeAt(i))) {
      i++;
    }
    const separator = i < to ? text.charCodeAt(i) : 0;
    return separator === 0x3001 || separator === 0x2e || separator === 0xff0e;
  }
  if (isDigit(first)) {
    while (i < to && i - pos < 4 && isDigit(text.charCodeAt(i))) {
      i++;
    }
    const separator = i < to ? text.charCodeAt(i) : 0;
    return separator === 0x2e || separator === 0x3001 || separator === 0xff0e;
  }
  return true;
}

/**
 * Ends a paragraph's sentence so that a heading may follow it in a collapsed line: 。！？ (not ；： or ，).
 * The paste cleanup splits collapsed lines after the same marks (cleanupParagraphs.ts).
 */
export function endsSentenceBeforeHeading(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f;
}

export function isColon(code: number): boolean {
  return code === 0xff1a || code === 0x3a;
}

/** Series by style (styles are interned): one string per style, not one per point. */
const SERIES = new Map<MarkerStyle, string>();

/** A point marker's series: its family and the words around its number (第一点， and 第一， differ). */
export function seriesOf(match: MarkerMatch): string {
  let series = SERIES.get(match.style);
  if (series === undefined) {
    series = `${match.family}|${pointSeries(match.style)}`;
    SERIES.set(match.style, series);
  }
  return series;
}

/** 一是 or 一要 at `pos`: what may begin a series right after a comma. */
export function startsFirstItem(text: string, pos: number, to: number): boolean {
  if (pos + 1 >= to || text.charCodeAt(pos) !== 0x4e00 /* 一 */) {
    return false;
  }
  const word = text.charCodeAt(pos + 1);
  return word === 0x662f /* 是 */ || word === 0x8981; /* 要 */
}

// One table lookup per character in scanRun: the marks after which a node may begin (a lead end,
// or a comma before a series' first item). Built from the few characters themselves, so loading
// costs nothing.
export const LEAD_END_MARK = 1;
export const COMMA_MARK = 2;
export const MARKS = new Uint8Array(0x10000);
for (const char of SENTENCE_END_CHARS + COLON_CHARS) {
  MARKS[char.charCodeAt(0)] = LEAD_END_MARK;
}
for (const char of '，,') {
  MARKS[char.charCodeAt(0)] = COMMA_MARK;
}
// A `.` ends a sentence only where isHalfWidthFullStop says so (工作.一是…, not 1.5).
export const PERIOD_MARK = 3;
MARKS[0x2e] = PERIOD_MARK;

/** What may stand right after a mark, before a node: a marker's first character, a blank, a closing quote, a tag or entity. */
export function mayFollowMark(code: number): boolean {
  return canStartPoint(code) || canStartHeading(code) || isBlank(code) || isClosingMark(code) || mayBeInvisible(code);
}

/**
 * Where a bracketed sub-heading numbered one ((一) under 一、, （1） under 1.) begins right after a
 * heading's text in [from, to), with no sentence end between: a collapsed page lost the break. -1 if none.
 */
export function findSubheading(text: string, level: number, from: number, to: number, paragraphEnd: number): number {
  for (let i = from + 1; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff08 || code === 0x28) {
      const match = matchHeadingMarker(text, i, paragraphEnd);
      if (match !== undefined && match.level > level && match.ordinal === 1) {
        return i;
      }
    }
  }
  return -1;
}

/**
 * Where a heading of `level` whose text starts at `textStart` runs into its first sub-heading, in a
 * paragraph ending at `to` (一、主要成效（一）粮食生产…), or -1: the rule openText reads (findSubheading),
 * for the paste cleanup, which splits the line there; it stops where another node may begin first.
 */
export function subheadingRunOn(text: string, level: number, textStart: number, to: number): number {
  // Up to the heading text's first lead end (。；！？：) or a comma before 一是/一要: a point may begin
  // there before the sub-heading is reached (一、要求：首先，（1）… holds no sub-heading).
  let end = textStart;
  while (end < to) {
    const code = text.charCodeAt(end);
    if (isLeadEnd(code) || ((code === 0xff0c || code === 0x2c) && startsFirstItem(text, end + 1, to))) {
      break;
    }
    end++;
  }
  return findSubheading(text, level, textStart, end, to);
}

/** `to`, moved back over trailing blanks (not before `from`). */
export function trimEndOffset(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isBlank(text.charCodeAt(end - 1))) {
    end--;
  }
  return end;
}

/** The printed width of [from, to) without its trailing blanks: two columns for a wide character, one for ASCII. */
export function columns(text: string, from: number, to: number): number {
  const end = trimEndOffset(text, from, to);
  let width = 0;
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    width += code < 0x80 ? 1 : code >= 0xdc00 && code <= 0xdfff ? 0 : 2;
  }
  return width;
}

/** The first offset in [from, to) where `isEnd` holds, or `to`. */
export function findEnd(text: string, from: number, to: number, isEnd: (code: number) => boolean): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isEnd(code) || (code === 0x2e && isHalfWidthFullStop(text, i))) {
      return i;
    }
  }
  return to;
}

/** True when a heading or point marker begins at `pos` (in a paragraph ending at `end`). */
export function startsSection(text: string, pos: number, end: number): boolean {
  const first = text.charCodeAt(pos);
  return (canStartHeading(first) && matchHeadingMarker(text, pos, end) !== undefined) ||
    (canStartPoint(first) && matchPointMarker(text, pos, end) !== undefined);
}
