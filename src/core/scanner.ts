// The scanner: turns a draft's lines into entries (nodes and residue barriers) in document order.
// Its state is the same after every heading or paragraph-start point once a section has been
// seen, which is what lets an update re-scan only the lines between two such sync points.

import { isBlank, isClosingMark, isHalfWidthFullStop, isLeadEnd, isSentenceEnd } from './marks';
import { canStartHeading, canStartPoint, matchHeadingMarker, matchPointMarker, type MarkerMatch } from './markers';
import { isPartStyle } from './grammar';
import type { NodeKind } from './model';
import { ParsedNode, type Source } from './node';
import { isClosingCue, isDateOrSpeakerLine, isSalutationLike, isTitleLike, MAX_PRELUDE_LINE } from './prelude';
import { ParagraphBreaks, skipInvisible } from './paragraphs';
import { isContentsEntry, opensAttachmentList, MAX_RESIDUE_LINE, mayBeResidue, residueKind } from './residue';
import { isBarrier, type Entry, type ScanState } from './entries';
import { scanPreludeLine } from './scanPrelude';
import {
  COMMA_MARK, endsSentenceBeforeHeading, findEnd, findSubheading, isColon, MARKS, mayBeHeadingAt, mayFollowMark, PERIOD_MARK, seriesOf,
  startsFirstItem, trimEndOffset,
} from './scanText';
import { continueWrappedLead } from './wrappedLines';

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
  // After 附件：1.… (or a bare 附件：), inside the list of numbered attachment titles that follows.
  private inAttachments = false;
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

  /** A residue line at `pos`. `chrome`: a page's (not a table of contents): a title-like line after it is the article's title. */
  private barrier(pos: number, chrome = true): void {
    this.dropNextTitle();
    if (chrome && !this.state.structureSeen && this.state.title !== undefined && this.state.salutation === undefined) {
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
        this.continuedTo = continueWrappedLead(this.source, last, line);
      }
      if (this.continuedTo > line) {
        line = this.continuedTo;
      }
    }
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
    if (atLineStart && isContentsEntry(text, pos, trimEndOffset(text, pos, lines.lineContentEnd(line)))) {
      // An entry of a table of contents (一、2025年工作回顾……2): no heading, whatever it starts with.
      this.inAttachments = false;
      this.barrier(pos, false);
      return Read.Line;
    }
    const heading = canStartHeading(first) ? matchHeadingMarker(text, pos, end) : undefined;
    const point = heading === undefined && canStartPoint(first) ? matchPointMarker(text, pos, end) : undefined;
    if (this.inAttachments) {
      if (atLineStart && heading !== undefined && heading.style.prefix === '' && (heading.style.numeral === 'ascii' || heading.style.numeral === 'fullwidth')) {
        // The next title of an attachment list (附件：1.… / 2.…): not a heading, and nothing of the speech.
        this.barrier(pos);
        return Read.Line;
      }
      this.inAttachments = false;
    }
    if (heading === undefined && point === undefined && mayBeResidue(first)) {
      // Residue: a short line starting with it is residue as a whole (时间：…　　来源：…); so is a
      // short paragraph of a long line. It closes every open section, except a page number (a
      // PDF's page break sits inside a section).
      const residueEnd = atLineStart ? trimEndOffset(text, pos, lines.lineContentEnd(line)) : contentEnd;
      const kind = residueEnd - pos <= MAX_RESIDUE_LINE ? residueKind(text.slice(pos, residueEnd)) : undefined;
      if (kind !== undefined) {
        if (kind !== 'pageNumber') {
          this.barrier(pos, kind !== 'contents');
        }
        if (kind === 'attachment') {
          this.inAttachments = opensAttachmentList(text.slice(pos, residueEnd));
        }
        return atLineStart ? Read.Line : Read.Paragraph;
      }
    }
    state.contentLines++;
    if (heading !== undefined) {
      this.sectionStarts();
      // A paragraph's first node is not inline, also after a break inside a line (a collapsed page's lost indent).
      const node = this.node('heading', heading, pos, pos, false);
      entries.push(node);
      this.scanRun(heading.end, end, node);
      return Read.Paragraph;
    }
    if (point !== undefined) {
      this.sectionStarts();
      this.lastLeadEnd = findEnd(text, point.end, end, isLeadEnd);
      const leadEnd = trimEndOffset(text, point.end, this.lastLeadEnd);
      entries.push(this.node('point', point, pos, leadEnd, false));
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
        this.closeOpen(i);
        i = this.openInlineHeading(matchHeadingMarker(text, i, to)!, i, to);
        subheadingAt = this.subheadingAt;
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
          i = this.openInlineHeading(heading, j, to);
          subheadingAt = this.subheadingAt;
          continue;
        }
      }
      if (!canStartPoint(next)) {
        continue;
      }
      const match = matchPointMarker(text, j, to);
      // A part (第二部分　…) begins its paragraph: inside one, it is text.
      if (match === undefined || isPartStyle(match.style) || (afterComma && !this.startsSeriesAfterComma(match, to))) {
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

  /** A heading found at `at` inside a paragraph ending at `to`: its node, its text opened; returns the index before its text. */
  private openInlineHeading(match: MarkerMatch, at: number, to: number): number {
    const node = this.node('heading', match, at, at, true);
    this.entries.push(node);
    this.openText(node, match.end, to);
    return match.end - 1;
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

  /** A paragraph that is neither residue nor a section: title, date line, salutation, closing. True when it was one. */
  private scanPlainLine(pos: number, contentEnd: number, lineEnd: number): boolean {
    const { source: { text }, state, entries } = this;
    // Title, date and salutation lines are short; long paragraphs skip those checks and their slice.
    const short = contentEnd - pos <= MAX_PRELUDE_LINE;
    const lineText = short ? text.slice(pos, contentEnd) : '';
    if (!state.structureSeen) {
      return scanPreludeLine(this.source, state, entries, pos, contentEnd, lineEnd, short ? lineText : undefined);
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

  /** True when the scan stopped inside an attachment list: how the next line reads depends on the lines before it. */
  get inAttachmentList(): boolean {
    return this.inAttachments;
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

