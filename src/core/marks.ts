// The punctuation the parser, the completion and the checks read, in one place: blanks, sentence
// ends, lead ends (a sentence end or a colon), clause marks and closing marks. One table lookup
// classifies a character, so the parser's hot loops stay cheap.

import { ideographBefore } from './chars';

export const BLANK_CHARS = ' \t\u3000\u00a0\ufeff';
/**
 * End a sentence: 。；！？ and their half-width forms. A half-width `.` ends one only after an
 * ideograph and before no letter (`isHalfWidthFullStop`): 工作.一是… yes, 1.5亿元 and 1. no.
 */
export const SENTENCE_END_CHARS = '。；！？;!?';
export const COLON_CHARS = '：:';
/** Separate clauses inside a sentence: ，、 and `,`. */
export const CLAUSE_CHARS = '，、,';
/**
 * Closing quotes and brackets. Text cannot start with them, and they may stand between a sentence
 * end and the next point (。” 一是… or ”。一是…).
 */
export const CLOSING_MARK_CHARS = '”’」』）)》】〉]';

const BLANK = 1;
const SENTENCE_END = 2;
const COLON = 4;
const CLAUSE = 8;
const CLOSING = 16;

const CLASSES = new Uint8Array(0x10000);
function mark(chars: string, flag: number): void {
  for (const char of chars) {
    CLASSES[char.charCodeAt(0)] |= flag;
  }
}
mark(BLANK_CHARS, BLANK);
mark(SENTENCE_END_CHARS, SENTENCE_END);
mark(COLON_CHARS, COLON);
mark(CLAUSE_CHARS, CLAUSE);
mark(CLOSING_MARK_CHARS, CLOSING);

/** Horizontal white space: ASCII space, tab, ideographic space, no-break space, BOM. */
export function isBlank(code: number): boolean {
  return (CLASSES[code] & BLANK) !== 0;
}

/** Ends a sentence (labels of headings stop there): 。；！？ full or half width. */
export function isSentenceEnd(code: number): boolean {
  return (CLASSES[code] & SENTENCE_END) !== 0;
}

/** Ends a point's lead sentence, and lets a point start after it: a sentence end or a colon. */
export function isLeadEnd(code: number): boolean {
  return (CLASSES[code] & (SENTENCE_END | COLON)) !== 0;
}

/** A clause mark: ，、 or `,`. */
export function isClauseMark(code: number): boolean {
  return (CLASSES[code] & CLAUSE) !== 0;
}

/** A closing quote or bracket: ” ’ 」 』 ） ) 》 】 〉 ]. */
export function isClosingMark(code: number): boolean {
  return (CLASSES[code] & CLOSING) !== 0;
}

/** Punctuation a line may end with, so that it reads as running text rather than a title: 。！？；，、：…  and `.` `,` `:`. */
export function isPunctuationEnd(code: number): boolean {
  return (CLASSES[code] & (SENTENCE_END | COLON | CLAUSE)) !== 0 || code === 0x2e /* . */ || code === 0x2026 /* … */;
}

/**
 * A `.` at `pos` typed for 。 with a half-width keyboard: right after an ideograph or a closing
 * quote (so never inside 1.5 or after the 1 of 1.), and not before a letter or another `.` (a domain
 * name, an ellipsis).
 */
export function isHalfWidthFullStop(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== 0x2e || !ideographBefore(text, isClosingMark(text.charCodeAt(pos - 1)) ? pos - 1 : pos)) {
    return false;
  }
  const next = text.charCodeAt(pos + 1);
  return !((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x2e);
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}
