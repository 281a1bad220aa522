// The scanner: turns a draft's lines into entries (nodes and residue barriers) in document order.
// Its state is the same after every heading or paragraph-start point once a section has been
// seen, which is what lets an update re-scan only the lines between two such sync points.

import { COLON_CHARS, isBlank, isClosingMark, isHalfWidthFullStop, isLeadEnd, isPunctuationEnd, isSentenceEnd, SENTENCE_END_CHARS } from './marks';
import { pointSeries, type MarkerStyle } from './grammar';
import { isChineseNumeralChar, isDigit } from './numerals';
import { canStartHeading, canStartPoint, matchHeadingMarker, matchPointMarker, type MarkerMatch } from './markers';
import type { NodeKind } from './model';
import { ParsedNode, type Source } from './node';
import { isClosingCue, isDateOrSpeakerLine, isSalutationLike, isTitleContinuation, isTitleLike, MAX_PRELUDE_LINE } from './prelude';
import { mayBeInvisible, ParagraphBreaks, skipInvisible } from './paragraphs';
import { MAX_RESIDUE_LINE, mayBeResidue, residueKind } from './residue';

/** A residue line: closes every open section without appearing in the outline. */
export interface Barrier {
  readonly barrier: number;
}

export type Entry = ParsedNode | Barrier;

export function isBarrier(entry: Entry): entry is Barrier {
  return (entry as Barrier).barrier !== undefined;
}

export function entryStart(entry: Entry): number {
  return isBarrier(entry) ? entry.barrier : entry.start;
}

/** What the scan knows about the speech before the lines it scans. */
export interface ScanState {
  structureSeen: boolean;
  contentLines: number;
  title: ParsedNode | undefined;
  /** The content line the title is on (its date lines and salutation follow within a few lines). */
  titleLine: number;
  /** Residue came after the title: a page's chrome, so a title-like line after it is the real title. */
  residueAfterTitle: boolean;
  /** A paragraph of body text was seen: the title can no longer change. */
  bodySeen: boolean;
  datelines: ParsedNode[];
  salutation: ParsedNode | undefined;
}


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
/** Lines between a title and its salutation: a ——subtitle, the speaker, the date. */
const MAX_DATELINES = 3;


/**
 * A cheap first test before reading a heading marker inside a paragraph: a Chinese numeral must be
 * followed by 、, digits by . 、 or ．; brackets and enclosed numbers go to the full test.
 */
function mayBeHeadingAt(text: string, pos: number, to: number): boolean {
  const first = text.charCodeAt(pos);
  let i = pos;
  if (isChineseNumeralChar(first)) {
    while (i < to && i - pos < 8 && isChineseNumeralChar(text.charCodeAt(i))) {
      i++;
    }
    return i < to && text.charCodeAt(i) === 0x3001;
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

function isColon(code: number): boolean {
  return code === 0xff1a || code === 0x3a;
}

/** Series by style (styles are interned): one string per style, not one per point. */
const SERIES = new Map<MarkerStyle, string>();

/** A point marker's series: its family and the words around its number (第一点， and 第一， differ). */
function seriesOf(match: MarkerMatch): string {
  let series = SERIES.get(match.style);
  if (series === undefined) {
    series = `${match.family}|${pointSeries(match.style)}`;
    SERIES.set(match.style, series);
  }
  return series;
}

/** 一是 or 一要 at `pos`: what may begin a series right after a comma. */
function startsFirstItem(text: string, pos: number, to: number): boolean {
  if (pos + 1 >= to || text.charCodeAt(pos) !== 0x4e00 /* 一 */) {
    return false;
  }
  const word = text.charCodeAt(pos + 1);
  return word === 0x662f /* 是 */ || word === 0x8981; /* 要 */
}


// One table lookup per character in scanRun: the marks after which a node may begin (a lead end,
// or a comma before a series' first item). Built from the few characters themselves, so loading
// costs nothing.
const LEAD_END_MARK = 1;
const COMMA_MARK = 2;
const MARKS = new Uint8Array(0x10000);
for (const char of SENTENCE_END_CHARS + COLON_CHARS) {
  MARKS[char.charCodeAt(0)] = LEAD_END_MARK;
}
for (const char of '，,') {
  MARKS[char.charCodeAt(0)] = COMMA_MARK;
}
// A `.` ends a sentence only where isHalfWidthFullStop says so (工作.一是…, not 1.5).
const PERIOD_MARK = 3;
MARKS[0x2e] = PERIOD_MARK;

/** What may stand right after a mark, before a node: a marker's first character, a blank, a closing quote, a tag or entity. */
function mayFollowMark(code: number): boolean {
  return canStartPoint(code) || canStartHeading(code) || isBlank(code) || isClosingMark(code) || mayBeInvisible(code);
}

/** What scanning a paragraph read: nothing (it was empty), the paragraph, or its whole line (residue). */
const enum Read {
  Nothing,
  Paragraph,
  Line,
}

/**
 * Turns lines into entries (nodes and residue barriers) in document order. Its state is the same
 * after every heading or paragraph-start point once a section has been seen, which is what lets
 * an update re-scan only the lines between two such sync points.
 *
 * A line holds one or more paragraphs (paragraphs.ts: HTML break tags and the lost indent of
 * collapsed pages separate them); each paragraph may begin with a heading or point, and more
 * begin after its sentence ends: points after 。；！？： (and a series' first item after ，),
 * headings after 。！？ (a collapsed page).
 */
export class EntryScanner {
  readonly entries: Entry[] = [];
  // The first paragraph with a closing cue since the last paragraph that began a section. It is
  // an entry from the start, and discarded if a section follows it.
  private closing: ParsedNode | undefined;
  // Title (and date lines) that may start the next speech, waiting for its salutation.
  private nextTitle: ParsedNode[] | undefined;
  // The series and lead end of the paragraph's last point, and the series restarted in the
  // paragraph right after a point's lead ending in a colon (二是…：一是…二是…), whose points nest
  // under that point.
  private lastSeries: string | undefined;
  private lastLeadEnd = -1;
  private nestedSeries: string | undefined;
  /** The number the last point of the paragraph had; and, while a series is nested, the next number each series expects. */
  private lastOrdinal = 0;
  private nestedNext = 0;
  private outerNext = 0;
  // A look-ahead's result: in [leadEndFrom, leadEndAt) of a paragraph ending at leadEndTo there is no lead end.
  private leadEndFrom = -1;
  private leadEndAt = -1;
  private leadEndTo = -1;
  // The last line a hard-wrapped heading took (its continuation), to be skipped.
  private continuedTo = -1;
  // The heading or closing whose text scanRun is reading: it ends at openEnd (its first sentence
  // end), at the next node's boundary, or where a sub-heading begins (subheadingAt).
  private open: ParsedNode | undefined;
  private openEnd = -1;
  private subheadingAt = -1;

  private readonly breaks: ParagraphBreaks;

  constructor(
    private readonly source: Source,
    private readonly state: ScanState,
  ) {
    this.breaks = new ParagraphBreaks(source.text, isBlank);
  }

  private node(kind: NodeKind, match: MarkerMatch | undefined, start: number, headingEnd: number, inline: boolean): ParsedNode {
    return ParsedNode.create(this.source, kind, match, start, headingEnd, inline);
  }

  /** A section follows: the closing candidate before it was not the closing. */
  private dropClosing(): void {
    this.closing?.discard();
    this.closing = undefined;
  }

  /** The lines held as a possible title were body text after all (they hold no points: nothing to add). */
  private dropNextTitle(): void {
    this.nextTitle = undefined;
  }

  private sectionStarts(): void {
    this.dropNextTitle();
    this.dropClosing();
    this.state.structureSeen = true;
  }

  private barrier(pos: number): void {
    this.dropNextTitle();
    if (!this.state.structureSeen && this.state.title !== undefined && this.state.salutation === undefined) {
      this.state.residueAfterTitle = true;
    }
    this.entries.push({ barrier: pos });
  }

  /** The first lead end in [from, to), remembered so that look-aheads over one stretch stay linear. */
  private leadEnd(from: number, to: number): number {
    if (to !== this.leadEndTo || from < this.leadEndFrom || from >= this.leadEndAt) {
      this.leadEndFrom = from;
      this.leadEndAt = findEnd(this.source.text, from, to, isLeadEnd);
      this.leadEndTo = to;
    }
    return this.leadEndAt;
  }

  /** Scans lines [from, to). */
  scanLines(from: number, to: number): void {
    const { source: { text, lines } } = this;
    for (let line = from; line < to; line++) {
      const lineEnd = lines.lineContentEnd(line);
      const pos = skipInvisible(text, lines.lineStart(line), lineEnd, isBlank);
      if (pos >= lineEnd) {
        continue;
      }
      let paragraph = pos;
      let atLineStart = true;
      for (;;) {
        const paragraphBreak = this.breaks.find(paragraph, lineEnd);
        const read = this.scanParagraph(paragraph, paragraphBreak?.start ?? lineEnd, atLineStart, line);
        if (read === Read.Line || paragraphBreak === undefined) {
          break;
        }
        if (read === Read.Paragraph) {
          atLineStart = false;
        }
        paragraph = paragraphBreak.end;
      }
      const last = this.entries[this.entries.length - 1];
      if (last !== undefined && !isBarrier(last) && (last.kind === 'heading' || last.kind === 'point') && last.headingEnd === trimEndOffset(text, pos, lineEnd)) {
        this.continueWrappedLead(last, line);
      }
      if (this.continuedTo > line) {
        line = this.continuedTo;
      }
    }
  }

  private startsSection(pos: number, end: number): boolean {
    const text = this.source.text;
    const first = text.charCodeAt(pos);
    return (canStartHeading(first) && matchHeadingMarker(text, pos, end) !== undefined) ||
      (canStartPoint(first) && matchPointMarker(text, pos, end) !== undefined);
  }

  /** Scans one paragraph [from, end) of `line`: what it read. */
  private scanParagraph(from: number, end: number, atLineStart: boolean, line: number): Read {
    const { source: { text, lines }, state, entries } = this;
    const pos = skipInvisible(text, from, end, isBlank);
    if (pos >= end) {
      return Read.Nothing;
    }
    this.lastSeries = undefined;
    this.nestedSeries = undefined;
    const first = text.charCodeAt(pos);
    const contentEnd = trimEndOffset(text, pos, end);
    const heading = canStartHeading(first) ? matchHeadingMarker(text, pos, end) : undefined;
    const point = heading === undefined && canStartPoint(first) ? matchPointMarker(text, pos, end) : undefined;
    if (heading === undefined && point === undefined && mayBeResidue(first)) {
      // Residue: a short line starting with it is residue as a whole (时间：…　　来源：…); so is a
      // short paragraph of a long line. It closes every open section, except a page number (a
      // PDF's page break sits inside a section).
      const residueEnd = atLineStart ? trimEndOffset(text, pos, lines.lineContentEnd(line)) : contentEnd;
      const kind = residueEnd - pos <= MAX_RESIDUE_LINE ? residueKind(text.slice(pos, residueEnd)) : undefined;
      if (kind !== undefined) {
        if (kind !== 'pageNumber') {
          this.barrier(pos);
        }
        return atLineStart ? Read.Line : Read.Paragraph;
      }
    }
    state.contentLines++;
    if (heading !== undefined) {
      this.sectionStarts();
      const node = this.node('heading', heading, pos, pos, !atLineStart);
      entries.push(node);
      this.scanRun(heading.end, end, node);
      return Read.Paragraph;
    }
    if (point !== undefined) {
      this.sectionStarts();
      this.lastLeadEnd = findEnd(text, point.end, end, isLeadEnd);
      const leadEnd = trimEndOffset(text, point.end, this.lastLeadEnd);
      entries.push(this.node('point', point, pos, leadEnd, !atLineStart));
      this.lastSeries = seriesOf(point);
      this.lastOrdinal = point.ordinal;
      this.scanRun(leadEnd, end, undefined);
      return Read.Paragraph;
    }
    if (!this.scanPlainLine(pos, contentEnd, end)) {
      this.scanRun(pos, end, undefined);
    }
    return Read.Paragraph;
  }

  /**
   * A PDF broke a heading or a point's lead over two lines (page numbers may stand between): its
   * text goes on at the start of the next line. Only for a long line without punctuation at its
   * end, and an unindented next line that is no marker, residue or closing. When that line has no
   * sentence in it and is short, it is the text's end as a whole (the line is then done); when the
   * text's sentence ends early in it, the text runs to there and the rest of the line is read as
   * usual — but only where the two lines have the width of a hard wrap (the line before or after
   * is as wide), so that a heading left without its 。 is not joined to the paragraph under it.
   */
  private continueWrappedLead(node: ParsedNode, line: number): void {
    const { text, lines } = this.source;
    const lineStart = lines.lineStart(line);
    const last = text.charCodeAt(node.headingEnd - 1);
    if (node.headingEnd - lineStart < MIN_WRAPPED_LINE || isPunctuationEnd(last) || isClosingMark(last)) {
      return;
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
      return;
    }
    const start = lines.lineStart(next);
    const end = trimEndOffset(text, start, lines.lineContentEnd(next));
    if (end === start || isBlank(text.charCodeAt(start)) || this.startsSection(start, end) || isClosingCue(text, start) ||
      (mayBeResidue(text.charCodeAt(start)) && end - start <= MAX_RESIDUE_LINE && residueKind(text.slice(start, end)) !== undefined)) {
      return;
    }
    const isEnd = node.kind === 'heading' ? isSentenceEnd : isLeadEnd;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (isEnd(code) || (code === 0x2e && isHalfWidthFullStop(text, i))) {
        if (i > start && i - start <= MAX_LEAD_CONTINUATION && this.hardWrapped(line, next)) {
          node.headingEnd = trimEndOffset(text, start, i);
        }
        return;
      }
      if (isLeadEnd(code) || mayBeInvisible(code)) {
        return; // a heading's colon, or a tag, entity or wide blank that may break the paragraph
      }
    }
    if (end - start > MAX_HEADING_CONTINUATION) {
      return;
    }
    node.headingEnd = end;
    this.continuedTo = next;
  }

  /** True when `line` is as wide as the line before it or as `next` (±2 columns): the width of a hard wrap. */
  private hardWrapped(line: number, next: number): boolean {
    const { text, lines } = this.source;
    const width = (at: number): number => columns(text, lines.lineStart(at), lines.lineContentEnd(at));
    const own = width(line);
    return (line > 0 && Math.abs(width(line - 1) - own) <= 2) || Math.abs(width(next) - own) <= 2;
  }

  /**
   * Reads [from, to) of a paragraph for the nodes that begin after its sentence ends. `open` is a
   * heading or closing whose text is being read: it ends at its first sentence end, where the next
   * node begins, or (a heading) where a sub-heading numbered one follows its text directly (a
   * collapsed page: 一、主要成效（一）粮食生产…).
   */
  private scanRun(from: number, to: number, open: ParsedNode | undefined): void {
    const { source: { text }, entries } = this;
    if (open !== undefined) {
      this.openText(open, from, to);
    } else {
      this.open = undefined;
    }
    let subheadingAt = this.subheadingAt;
    for (let i = from; i < to; i++) {
      if (i === subheadingAt) {
        const match = matchHeadingMarker(text, i, to)!;
        this.closeOpen(i);
        const node = this.node('heading', match, i, i, true);
        entries.push(node);
        this.openText(node, match.end, to);
        subheadingAt = this.subheadingAt;
        i = match.end - 1;
        continue;
      }
      // Most characters are text: one table lookup each, and one more after a mark.
      const code = text.charCodeAt(i);
      const mark = MARKS[code];
      if (mark === 0) {
        continue;
      }
      if (mark === PERIOD_MARK && !isHalfWidthFullStop(text, i)) {
        continue;
      }
      // After a comma only a series' first item may begin (一是 or 一要); after a lead end, any node.
      const afterComma = mark === COMMA_MARK;
      if (afterComma ? !startsFirstItem(text, i + 1, to) : i + 1 >= to || !mayFollowMark(text.charCodeAt(i + 1))) {
        continue;
      }
      let j = i + 1;
      while (j < to && (isClosingMark(text.charCodeAt(j)) || isBlank(text.charCodeAt(j)))) {
        j++;
      }
      j = skipInvisible(text, j, to, isBlank);
      if (j >= to) {
        continue;
      }
      const next = text.charCodeAt(j);
      if ((mark === PERIOD_MARK || endsSentenceBeforeHeading(code)) && canStartHeading(next) && mayBeHeadingAt(text, j, to)) {
        const heading = matchHeadingMarker(text, j, to);
        if (heading !== undefined) {
          this.closeOpen(i);
          this.sectionStarts();
          this.lastSeries = undefined;
          this.nestedSeries = undefined;
          const node = this.node('heading', heading, j, j, true);
          entries.push(node);
          this.openText(node, heading.end, to);
          subheadingAt = this.subheadingAt;
          i = heading.end - 1;
          continue;
        }
      }
      if (!canStartPoint(next)) {
        continue;
      }
      const match = matchPointMarker(text, j, to);
      if (match === undefined || (afterComma && !this.startsSeriesAfterComma(match, to))) {
        continue;
      }
      this.closeOpen(i);
      subheadingAt = -1;
      // A series restarted right after a point's lead ending in a colon, in the point's own
      // series, nests under that point, and so do its next items in the paragraph.
      const series = seriesOf(match);
      let nested = series === this.nestedSeries;
      if (nested && match.ordinal !== this.nestedNext && match.ordinal === this.outerNext) {
        // 三是 after 二是…：一是… continues the outer list: in the inner one it would skip 二是.
        nested = false;
        this.nestedSeries = undefined;
      }
      if (!nested && match.ordinal === 1 && isColon(code) && i === this.lastLeadEnd && series === this.lastSeries) {
        nested = true;
        this.nestedSeries = series;
        this.outerNext = this.lastOrdinal + 1;
      }
      if (nested) {
        this.nestedNext = match.ordinal + 1;
      }
      this.lastOrdinal = match.ordinal;
      this.lastLeadEnd = this.leadEnd(match.end, to);
      this.lastSeries = series;
      const leadEnd = trimEndOffset(text, match.end, this.lastLeadEnd);
      // The body has begun (a 主持词's agenda 一是…二是… may be all its structure): what follows is no
      // longer a title or salutation, and a closing may come. A closing's own points keep it.
      this.state.structureSeen = true;
      const node = this.node('point', match, j, leadEnd, true);
      if (nested) {
        node.nested = true;
      }
      entries.push(node);
      i = leadEnd - 1;
    }
    this.closeOpen(to);
  }

  /** Starts reading the text of a heading or closing from `textStart` in a paragraph ending at `to`. */
  private openText(node: ParsedNode, textStart: number, to: number): void {
    const text = this.source.text;
    this.open = node;
    this.openEnd = findEnd(text, textStart, to, isSentenceEnd);
    this.subheadingAt = node.kind === 'heading' ? findSubheading(text, node.level, textStart, this.openEnd, to) : -1;
  }

  /** The open text ends at `at` (where the next node's boundary is) or at its sentence end, whichever is first. */
  private closeOpen(at: number): void {
    const open = this.open;
    if (open !== undefined) {
      open.headingEnd = trimEndOffset(this.source.text, open.markerEnd, Math.min(at, this.openEnd));
      this.open = undefined;
      this.subheadingAt = -1;
    }
  }

  /**
   * After a comma only the first item of a series starts a point (主要有三点考虑，一是…；二是…):
   * 一是 or 一要 whose lead sentence is followed directly by the series' second item.
   */
  private startsSeriesAfterComma(match: MarkerMatch, to: number): boolean {
    if (match.ordinal !== 1 || (match.family !== 'shi' && match.family !== 'yao')) {
      return false;
    }
    const text = this.source.text;
    const leadEnd = this.leadEnd(match.end, to);
    if (leadEnd >= to || isColon(text.charCodeAt(leadEnd))) {
      return false;
    }
    let j = leadEnd + 1;
    while (j < to && (isClosingMark(text.charCodeAt(j)) || isBlank(text.charCodeAt(j)))) {
      j++;
    }
    const second = j < to && canStartPoint(text.charCodeAt(j)) ? matchPointMarker(text, j, to) : undefined;
    return second !== undefined && second.family === match.family && second.ordinal === 2;
  }

  /** True when the next non-blank line after `lineEnd` is a date, speaker or ——subtitle line, or a salutation. */
  private preludeLineFollows(lineEnd: number): boolean {
    const { text, lines } = this.source;
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

  /** A paragraph that is neither residue nor a section: title, date line, salutation, closing. True when it was one. */
  private scanPlainLine(pos: number, contentEnd: number, lineEnd: number): boolean {
    const { source: { text }, state, entries } = this;
    // Title, date and salutation lines are short; long paragraphs skip those checks and their slice.
    const short = contentEnd - pos <= MAX_PRELUDE_LINE;
    const lineText = short ? text.slice(pos, contentEnd) : '';
    if (!state.structureSeen) {
      if (short && state.salutation === undefined && state.title !== undefined && lineText === state.title.name) {
        // The page repeats its title (a heading and the article's own): not a speaker's name.
        state.contentLines--;
        return true;
      }
      if (short && state.salutation === undefined && isTitleLike(lineText) &&
        (state.contentLines === 1 || (state.residueAfterTitle && !state.bodySeen && !isDateOrSpeakerLine(lineText)))) {
        // After residue, a title-like line is the article's title; the one before was the page's.
        state.title?.discard();
        for (const dateline of state.datelines) {
          dateline.discard();
        }
        state.title = this.node('title', undefined, pos, contentEnd, false);
        state.titleLine = state.contentLines;
        state.datelines = [];
        state.residueAfterTitle = false;
        entries.push(state.title);
        return true;
      }
      if (short && state.title !== undefined && state.salutation === undefined && state.datelines.length === 0 &&
        state.contentLines === state.titleLine + 1 && isTitleContinuation(lineText) && this.preludeLineFollows(lineEnd)) {
        // A title set on two lines (坚定信心　真抓实干 / 奋力开创…新局面) before its ——subtitle, date,
        // speaker or salutation: the second line is the title's too.
        state.title.headingEnd = contentEnd;
        state.titleLine++;
        return true;
      }
      if (short && state.title !== undefined && state.salutation === undefined && state.datelines.length < MAX_DATELINES &&
        state.contentLines === state.titleLine + 1 + state.datelines.length && isDateOrSpeakerLine(lineText)) {
        const dateline = this.node('dateline', undefined, pos, contentEnd, false);
        state.datelines.push(dateline);
        entries.push(dateline);
        return true;
      }
      if (short && state.salutation === undefined && state.contentLines <= state.titleLine + 2 + Math.max(1, state.datelines.length) &&
        isSalutationLike(lineText)) {
        state.salutation = this.node('salutation', undefined, pos, contentEnd, false);
        entries.push(state.salutation);
        return true;
      }
      state.bodySeen = true;
      return false;
    }
    // In a collection of speeches, a title-like line followed by a salutation (maybe with a
    // date line between) starts the next speech.
    if (short && this.nextTitle === undefined && isTitleLike(lineText)) {
      this.nextTitle = [this.node('title', undefined, pos, contentEnd, false)];
      return true;
    }
    if (this.nextTitle !== undefined) {
      if (short && this.nextTitle.length < 3 && isDateOrSpeakerLine(lineText)) {
        this.nextTitle.push(this.node('dateline', undefined, pos, contentEnd, false));
        return true;
      }
      if (short && isSalutationLike(lineText)) {
        // The previous speech's closing candidate is its closing.
        this.closing = undefined;
        entries.push(...this.nextTitle, this.node('salutation', undefined, pos, contentEnd, false));
        this.nextTitle = undefined;
        return true;
      }
      this.dropNextTitle();
    }
    if (this.closing === undefined && isClosingCue(text, pos)) {
      const node = this.node('closing', undefined, pos, pos, false);
      this.closing = node;
      entries.push(node);
      // Its lead sentence stops at its first sentence end, or where a point starts in its paragraph.
      this.scanRun(pos, lineEnd, node);
      return true;
    }
    return false;
  }

  /**
   * Ends the scan. `atSyncPoint`: it stopped just before a sync point, where a pending closing
   * candidate is dropped, as a full scan would.
   */
  finish(atSyncPoint: boolean): Entry[] {
    this.dropNextTitle();
    if (atSyncPoint) {
      this.dropClosing();
    }
    return this.entries;
  }
}

/**
 * Where a bracketed sub-heading numbered one ((一) under 一、, （1） under 1.) begins right after a
 * heading's text in [from, to), with no sentence end between: a collapsed page lost the break. -1 if none.
 */
function findSubheading(text: string, level: number, from: number, to: number, paragraphEnd: number): number {
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

/** The state at the start of a draft. */
export function initialState(): ScanState {
  return { structureSeen: false, contentLines: 0, title: undefined, titleLine: 1, residueAfterTitle: false, bodySeen: false, datelines: [], salutation: undefined };
}

/** The state at a sync point: a section has been seen, the prelude is over. */
export function syncState(): ScanState {
  return { ...initialState(), structureSeen: true, contentLines: 1 };
}

function trimEndOffset(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isBlank(text.charCodeAt(end - 1))) {
    end--;
  }
  return end;
}

/** The printed width of [from, to) without its trailing blanks: two columns for a wide character, one for ASCII. */
function columns(text: string, from: number, to: number): number {
  const end = trimEndOffset(text, from, to);
  let width = 0;
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    width += code < 0x80 ? 1 : code >= 0xdc00 && code <= 0xdfff ? 0 : 2;
  }
  return width;
}

/** The first offset in [from, to) where `isEnd` holds, or `to`. */
function findEnd(text: string, from: number, to: number, isEnd: (code: number) => boolean): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isEnd(code) || (code === 0x2e && isHalfWidthFullStop(text, i))) {
      return i;
    }
  }
  return to;
}
