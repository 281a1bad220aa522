// The speech's opening part as the scanner reads it, line by line until its first section: the
// title (or, after a page's residue, the article's own title), a title set on two lines, date,
// speaker and ——subtitle lines, and the salutation. The shapes of those lines are prelude.ts's.

import { isBlank } from './marks';
import { ParsedNode, type Source } from './node';
import { skipInvisible } from './paragraphs';
import { isDateOrSpeakerLine, isSalutationLike, isSpeechTitle, isTitleContinuation, isTitleLike, MAX_PRELUDE_LINE } from './prelude';
import type { Entry, ScanState } from './entries';
import { trimEndOffset } from './scanText';

/** Lines between a title and its salutation: a ——subtitle, the speaker, the date. */
const MAX_DATELINES = 3;

/** True when the next non-blank line after `lineEnd` is a date, speaker or ——subtitle line, or a salutation. */
function preludeLineFollows(source: Source, lineEnd: number): boolean {
  const { text, lines } = source;
  for (let line = lines.lineAt(lineEnd) + 1; line < lines.lineCount; line++) {
    const start = skipInvisible(text, lines.lineStart(line), lines.lineContentEnd(line), isBlank);
    const end = trimEndOffset(text, start, lines.lineContentEnd(line));
    if (end > start) {
      if (end - start > MAX_PRELUDE_LINE) {
        return false;
      }
      const next = text.slice(start, end);
      return isDateOrSpeakerLine(next) || isSalutationLike(next);
    }
  }
  return false;
}

/**
 * A paragraph [pos, contentEnd) before the first section that is no residue, heading or point, on
 * a line ending at `lineEnd`; `lineText` is its text when it is short enough to be part of the
 * opening. Adds a title, date line or salutation to `entries` and returns true; returns false for
 * body text (after which the title no longer changes).
 */
export function scanPreludeLine(source: Source, state: ScanState, entries: Entry[], pos: number, contentEnd: number, lineEnd: number,
  lineText: string | undefined): boolean {
  if (lineText === undefined) {
    state.bodySeen = true;
    return false;
  }
  if (state.salutation === undefined && state.title !== undefined && lineText === state.title.name) {
    // The page repeats its title (a heading and the article's own): not a speaker's name.
    state.contentLines--;
    return true;
  }
  if (state.salutation === undefined && isTitleLike(lineText) &&
    (state.contentLines === 1 || (state.residueAfterTitle && !state.bodySeen && !isDateOrSpeakerLine(lineText)))) {
    // After residue, a title-like line is the article's title; the one before was the page's.
    state.title?.discard();
    for (const dateline of state.datelines) {
      dateline.discard();
    }
    state.title = ParsedNode.create(source, 'title', undefined, pos, contentEnd, false);
    state.titleLine = state.contentLines;
    state.datelines = [];
    state.residueAfterTitle = false;
    entries.push(state.title);
    return true;
  }
  if (state.title !== undefined && state.salutation === undefined && state.datelines.length === 0 &&
    state.contentLines === state.titleLine + 1 && !state.residueAfterTitle &&
    source.lines.lineAt(state.title.headingEnd) + 1 === source.lines.lineAt(pos) &&
    isTitleContinuation(lineText) && preludeLineFollows(source, lineEnd)) {
    // A title set on two lines (坚定信心　真抓实干 / 奋力开创…新局面) before its ——subtitle, date,
    // speaker or salutation: the second line is the title's too.
    state.title.headingEnd = contentEnd;
    state.titleLine++;
    return true;
  }
  if (state.title !== undefined && state.salutation === undefined && !state.bodySeen && !state.residueAfterTitle &&
    state.contentLines === state.titleLine + 1 + state.datelines.length && isSpeechTitle(lineText) && lineText !== state.title.name &&
    source.lines.lineAt(pos) > source.lines.lineAt(state.title.headingEnd) && preludeLineFollows(source, lineEnd)) {
    // A collection's title (领导讲话汇编), then its first speech's own title, date and salutation:
    // both are titles, and the lines under the second are its date and speaker lines.
    state.title = ParsedNode.create(source, 'title', undefined, pos, contentEnd, false);
    state.titleLine = state.contentLines;
    state.datelines = [];
    entries.push(state.title);
    return true;
  }
  if (state.title !== undefined && state.salutation === undefined && state.datelines.length < MAX_DATELINES &&
    state.contentLines === state.titleLine + 1 + state.datelines.length && isDateOrSpeakerLine(lineText)) {
    const dateline = ParsedNode.create(source, 'dateline', undefined, pos, contentEnd, false);
    state.datelines.push(dateline);
    entries.push(dateline);
    return true;
  }
  if (state.salutation === undefined && state.contentLines <= state.titleLine + 2 + Math.max(1, state.datelines.length) &&
    isSalutationLike(lineText)) {
    state.salutation = ParsedNode.create(source, 'salutation', undefined, pos, contentEnd, false);
    entries.push(state.salutation);
    return true;
  }
  state.bodySeen = true;
  return false;
}
