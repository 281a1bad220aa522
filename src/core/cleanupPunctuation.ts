// Step 5 of the cleanup, per line: punctuation as GB/T 15834 writes it in Chinese text.
// - half-width , : ; ? ! become full width after a Chinese character (or before one, after a
//   letter or a closing mark), and . becomes 。 after a Chinese character at a sentence's end or
//   between two Chinese characters; never inside numbers (3.5, 9:30, 1,000), URLs, 1. markers or
//   a 一. written as a marker; ( ) become （ ） around text holding a Chinese character;
// - full-width digits ０–９ become ASCII (dates are written 2026年3月6日);
// - spaces between a Chinese character and a digit or Latin letter go (official text uses no
//   "pangu" spaces), and so do spaces next to a mark made full width.

import { ideographBefore, isAsciiDigit, isAsciiLetter, isFullWidthDigit, isIdeograph } from './chars';
import { isChineseNumeralChar } from './numerals';
import { isClosingMark, isHalfWidthFullStop, isSentenceEnd } from './marks';

export interface PunctuationCounts {
  punctuation: number;
  digits: number;
  spaces: number;
}

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };

/** Closing marks after which a half-width mark still belongs to Chinese text: 》” ）」 (marks.ts's, but `)` and `]`). */
function isChineseClosing(code: number): boolean {
  return code > 0x7f && isClosingMark(code);
}
/** Opening quotes and brackets a sentence can start with: 。 before them ends the sentence. */
const OPENING = new Set([0x201c, 0x2018, 0xff08, 0x28, 0x300a, 0x300c, 0x300e, 0x3010, 0x3014]);
/** Chinese marks after which another mark is Chinese too: 好！! → 好！！. */
const CHINESE_MARKS = new Set([0x3001, 0x3002, 0xff01, 0xff1f, 0xff0c, 0xff1b, 0xff1a, 0x2026]);

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

function isAlnum(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code);
}

/** Marks [start, end) of URLs and e-mail-like runs in `line`: nothing inside them changes. */
function urlSpans(line: string): Uint8Array | undefined {
  if (!line.includes('://') && !line.includes('www.') && !line.includes('WWW.')) {
    return undefined;
  }
  let mask: Uint8Array | undefined;
  for (const opener of ['://', 'www.', 'WWW.']) {
    for (let at = line.indexOf(opener); at >= 0; at = line.indexOf(opener, at + 1)) {
      let start = at;
      if (opener === '://') {
        while (start > 0 && isAsciiLetter(line.charCodeAt(start - 1))) {
          start--;
        }
      }
      let end = at + opener.length;
      while (end < line.length) {
        const code = line.charCodeAt(end);
        if (code <= 0x20 || code >= 0x2000) {
          break;
        }
        end++;
      }
      // A URL does not end in sentence punctuation: 见www.gov.cn. keeps its final mark for the sentence.
      while (end > at + opener.length && '.,;:!?)'.includes(line[end - 1])) {
        end--;
      }
      mask ??= new Uint8Array(line.length);
      mask.fill(1, start, end);
      at = Math.max(at, end - 1);
    }
  }
  return mask;
}

/** Index of the first non-space character at or after `i` (the line's length when none). */
function skipSpacesForward(line: string, i: number): number {
  while (i < line.length && isSpace(line.charCodeAt(i))) {
    i++;
  }
  return i;
}

/** Index just past the last non-space character before `i`. */
function skipSpacesBack(line: string, i: number): number {
  while (i > 0 && isSpace(line.charCodeAt(i - 1))) {
    i--;
  }
  return i;
}

/** True when the text ending at `end` reads as Chinese: an ideograph or a Chinese closing mark. */
function chineseBefore(line: string, end: number): boolean {
  return ideographBefore(line, end) || (end > 0 && (isChineseClosing(line.charCodeAt(end - 1)) || CHINESE_MARKS.has(line.charCodeAt(end - 1))));
}

/** True when `.` at `dot` follows a Chinese numeral that starts the line or a sentence: 一.加强 is a marker, not a sentence. */
function isNumeralMarkerDot(line: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && isChineseNumeralChar(line.charCodeAt(i - 1)) && dot - i < 4) {
    i--;
  }
  if (i === dot) {
    return false;
  }
  const before = skipSpacesBack(line, i);
  const code = before > 0 ? line.charCodeAt(before - 1) : 0;
  return before === 0 || code === 0x3000 || isSentenceEnd(code) || code === 0x2e || code === 0xff1a || code === 0x3a;
}

/** The index of the `)`/`）` closing the bracket opened at `open` on this line, or -1 (stops at the next opening bracket). */
function closingBracket(line: string, open: number): number {
  for (let i = open + 1; i < line.length && i - open <= 200; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x29 || code === 0xff09) {
      return i;
    }
    if (code === 0x28 || code === 0xff08) {
      return -1;
    }
  }
  return -1;
}

/** Fixes punctuation, digits and spaces on one line (no line break inside). */
export function fixPunctuation(line: string, counts: PunctuationCounts): string {
  // Full-width digits first, so that numbers below are seen as numbers.
  let text = line;
  for (let i = 0; i < text.length; i++) {
    if (isFullWidthDigit(text.charCodeAt(i))) {
      text = text.replace(/[０-９]/g, (digit) => {
        counts.digits++;
        return String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30);
      });
      break;
    }
  }
  const protectedSpans = urlSpans(text);
  const out: string[] = [];
  let copied = 0;
  /** Replaces [from, to) with `value` in the output. */
  const replace = (from: number, to: number, value: string): void => {
    out.push(text.slice(copied, from), value);
    copied = to;
  };
  // Bracket pairs to make full width: the index of each bracket to change.
  const brackets = new Set<number>();
  for (let i = text.indexOf('('), scanned = -1; i >= 0; i = text.indexOf('(', i + 1)) {
    if (i <= scanned) {
      continue;
    }
    const close = closingBracket(text, i);
    scanned = close;
    if (close > 0 && !protectedSpans?.[i]) {
      let chinese = false;
      for (let j = i + 1; j < close && !chinese; j++) {
        chinese = isIdeograph(text.charCodeAt(j));
      }
      if (chinese) {
        brackets.add(i);
        if (text.charCodeAt(close) === 0x29) {
          brackets.add(close);
        }
      }
    }
  }
  // A lone ) closing a full-width （ around Chinese text.
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    const close = closingBracket(text, i);
    if (close > 0 && text.charCodeAt(close) === 0x29) {
      let chinese = false;
      for (let j = i + 1; j < close && !chinese; j++) {
        chinese = isIdeograph(text.charCodeAt(j));
      }
      if (chinese) {
        brackets.add(close);
      }
    }
  }
  // Marks made full width so far: a mark right after one of them follows Chinese text too.
  const converted = brackets;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (protectedSpans?.[i]) {
      i++;
      continue;
    }
    if (code === 0x28 || code === 0x29) {
      if (brackets.has(i)) {
        replace(i, i + 1, FULL[text[i]]);
        counts.punctuation++;
      }
      i++;
      continue;
    }
    if (code === 0x2c || code === 0x3a || code === 0x3b || code === 0x3f || code === 0x21 || code === 0x2e) {
      const left = skipSpacesBack(text, i);
      const right = skipSpacesForward(text, i + 1);
      const leftCode = left > 0 ? text.charCodeAt(left - 1) : 0;
      const rightCode = right < text.length ? text.charCodeAt(right) : 0;
      const atEnd = right >= text.length;
      let convert: boolean;
      if (code === 0x2e) {
        // 。 where the parser reads a sentence end (marks.isHalfWidthFullStop), and only before Chinese
        // text or the line's end; never 一. as a marker.
        convert = isHalfWidthFullStop(text, i) && (atEnd || isIdeograph(rightCode) || isChineseClosing(rightCode) || OPENING.has(rightCode)) &&
          !isNumeralMarkerDot(text, i);
      } else {
        const afterChinese = (chineseBefore(text, left) || converted.has(left - 1)) && !(isAsciiDigit(rightCode) && code === 0x3a && isAsciiDigit(leftCode));
        // After a letter, digit or % but before Chinese text: 增长3%,同比… (never between digits: 1,000).
        const beforeChinese = isIdeograph(rightCode) && leftCode !== 0 && !isSpace(leftCode) && (isAlnum(leftCode) || leftCode === 0x25 || leftCode === 0x29);
        convert = afterChinese || beforeChinese;
      }
      if (convert) {
        // Spaces around the mark go with it when Chinese text is on their side.
        const from = chineseBefore(text, left) || converted.has(left - 1) ? left : i;
        const to = atEnd || isIdeograph(rightCode) || isAlnum(rightCode) ? right : i + 1;
        if (from < copied) {
          i++;
          continue;
        }
        replace(from, to, FULL[text[i]]);
        counts.punctuation++;
        converted.add(i);
        i = to;
        continue;
      }
      i++;
      continue;
    }
    if (isSpace(code) && i > 0) {
      const end = skipSpacesForward(text, i);
      const leftCode = text.charCodeAt(i - 1);
      const rightCode = end < text.length ? text.charCodeAt(end) : 0;
      const leftChinese = ideographBefore(text, i);
      if (end < text.length && !protectedSpans?.[end] && i >= copied &&
        ((leftChinese && isAlnum(rightCode)) || (isAlnum(leftCode) && isIdeograph(rightCode)))) {
        replace(i, end, '');
        counts.spaces++;
      }
      i = end;
      continue;
    }
    i++;
  }
  if (copied === 0) {
    return text;
  }
  out.push(text.slice(copied));
  return out.join('');
}
