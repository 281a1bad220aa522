// Small character helpers for the cleanup steps.

import { isBlank, isClosingMark, isLeadEnd } from './marks';

/** Offset of the first non-blank character of `line` (its length when the line is blank). */
export function indentEnd(line: string): number {
  let i = 0;
  while (i < line.length && isBlank(line.charCodeAt(i))) {
    i++;
  }
  return i;
}

/** Offset just past the last non-blank character of `line`. */
export function contentEnd(line: string): number {
  let i = line.length;
  while (i > 0 && isBlank(line.charCodeAt(i - 1))) {
    i--;
  }
  return i;
}

/** The line without its indentation and trailing blanks. */
export function trimBlanks(line: string): string {
  const start = indentEnd(line);
  return start === line.length ? '' : line.slice(start, contentEnd(line));
}

/**
 * What may follow a sentence's final mark: the closing quotes and brackets (marks.ts), and in
 * pasted text the ASCII quotes too, which close a sentence as often as they open one.
 */
export function closesSentence(code: number): boolean {
  return isClosingMark(code) || code === 0x22 || code === 0x27;
}

/** How many columns a character takes in a monospaced CJK font: 2 for wide characters, 1 otherwise (0 for a low surrogate). */
export function columns(code: number): number {
  if (code >= 0xdc00 && code <= 0xdfff) {
    return 0;
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    return 2;
  }
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ? 2 : 1;
}

/** The display width of a whole text (trailing blanks included): the CLI's help wraps by it. */
export function textColumns(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    width += columns(text.charCodeAt(i));
  }
  return width;
}

/** The display width of `line` up to its trailing blanks. */
export function displayWidth(line: string, cap: number): number {
  const end = contentEnd(line);
  let width = 0;
  for (let i = 0; i < end && width <= cap; i++) {
    width += columns(line.charCodeAt(i));
  }
  return width;
}

/** True when `line` ends a sentence (or a salutation): 。！？；：…, half-width too, before closing quotes. */
export function endsSentence(line: string): boolean {
  let i = contentEnd(line) - 1;
  while (i >= 0 && closesSentence(line.charCodeAt(i))) {
    i--;
  }
  if (i < 0) {
    return false;
  }
  const code = line.charCodeAt(i);
  if (isLeadEnd(code) || code === 0x2026) {
    return true;
  }
  // A half-width period after a word, not in a number or a marker like 1.
  return code === 0x2e && i > 0 && !(line.charCodeAt(i - 1) >= 0x30 && line.charCodeAt(i - 1) <= 0x39);
}
