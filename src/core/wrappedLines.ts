// A PDF's hard wrap: a heading or a point's lead broken over two lines (with page numbers
// between), whose text goes on at the start of the next line. The scanner asks after each line
// whose last node's text runs to the line's end.

import { isBlank, isClosingMark, isHalfWidthFullStop, isLeadEnd, isPunctuationEnd, isSentenceEnd } from './marks';
import type { ParsedNode, Source } from './node';
import { mayBeInvisible } from './paragraphs';
import { isClosingCue, isSalutationLike, MAX_PRELUDE_LINE } from './prelude';
import { MAX_RESIDUE_LINE, mayBeResidue, residueKind } from './residue';
import { columns, startsSection, trimEndOffset } from './scanText';

/**
 * A PDF's hard wrap: a heading at least this long (from its line's start) that runs to the end of
 * its line with no punctuation may go on at the start of the next line.
 */
const MIN_WRAPPED_LINE = 16;
/** Longest rest of a hard-wrapped heading on the next line. */
const MAX_HEADING_CONTINUATION = 24;
/** Longest stretch of the next line a hard-wrapped lead may run over before its sentence ends. */
const MAX_LEAD_CONTINUATION = 40;
/** Page-number lines a hard-wrapped heading may be split by. */
const MAX_PAGE_LINES_BETWEEN = 2;

/**
 * A PDF broke a heading or a point's lead over two lines (page numbers may stand between): its
 * text goes on at the start of the next line. Only for a long line without punctuation at its
 * end, and an unindented next line that is no marker, residue or closing. When that line has no
 * sentence in it and is short, it is the text's end as a whole (the line is then done); when the
 * text's sentence ends early in it, the text runs to there and the rest of the line is read as
 * usual — but only where the two lines have the width of a hard wrap (the line before or after
 * is as wide), so that a heading left without its 。 is not joined to the paragraph under it.
 * Returns the last line the text took as a whole (to be skipped), or -1.
 */
export function continueWrappedLead(source: Source, node: ParsedNode, line: number): number {
  const { text, lines } = source;
  const lineStart = lines.lineStart(line);
  const last = text.charCodeAt(node.headingEnd - 1);
  if (node.headingEnd - lineStart < MIN_WRAPPED_LINE || isPunctuationEnd(last) || isClosingMark(last)) {
    return -1;
  }
  let next = line + 1;
  for (let skipped = 0; next < lines.lineCount; next++, skipped++) {
    const start = lines.lineStart(next);
    const end = trimEndOffset(text, start, lines.lineContentEnd(next));
    if (skipped === MAX_PAGE_LINES_BETWEEN || end - start > 40 || residueKind(text.slice(start, end)) !== 'pageNumber') {
      break;
    }
  }
  if (next >= lines.lineCount) {
    return -1;
  }
  const start = lines.lineStart(next);
  const end = trimEndOffset(text, start, lines.lineContentEnd(next));
  // Nor a line that begins a node of its own (a section, closing, salutation) or is residue.
  if (end === start || isBlank(text.charCodeAt(start)) || startsSection(text, start, end) || isClosingCue(text, start) ||
    (end - start <= MAX_PRELUDE_LINE && isSalutationLike(text.slice(start, end))) ||
    (mayBeResidue(text.charCodeAt(start)) && end - start <= MAX_RESIDUE_LINE && residueKind(text.slice(start, end)) !== undefined)) {
    return -1;
  }
  const isEnd = node.kind === 'heading' ? isSentenceEnd : isLeadEnd;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isEnd(code) || (code === 0x2e && isHalfWidthFullStop(text, i))) {
      if (i > start && i - start <= MAX_LEAD_CONTINUATION && hardWrapped(source, line, next)) {
        node.headingEnd = trimEndOffset(text, start, i);
      }
      return -1;
    }
    if (isLeadEnd(code) || mayBeInvisible(code)) {
      return -1; // a heading's colon, or a tag, entity or wide blank that may break the paragraph
    }
  }
  if (end - start > MAX_HEADING_CONTINUATION) {
    return -1;
  }
  node.headingEnd = end;
  return next;
}

/**
 * True when `line` is as wide as `next` (±2 columns), or as the line before it where that line was
 * wrapped too (it ends without punctuation): the width of a hard wrap. A one-line paragraph that
 * ends its sentence and happens to be as wide as a heading under it is no evidence.
 */
function hardWrapped(source: Source, line: number, next: number): boolean {
  const { text, lines } = source;
  const width = (at: number): number => columns(text, lines.lineStart(at), lines.lineContentEnd(at));
  const own = width(line);
  if (Math.abs(width(next) - own) <= 2) {
    return true;
  }
  if (line === 0 || Math.abs(width(line - 1) - own) > 2) {
    return false;
  }
  const before = trimEndOffset(text, lines.lineStart(line - 1), lines.lineContentEnd(line - 1));
  const last = text.charCodeAt(before - 1);
  return !isPunctuationEnd(last) && !isClosingMark(last);
}
