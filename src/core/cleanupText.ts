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
