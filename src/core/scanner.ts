// The scanner: turns a draft's lines into entries (nodes and residue barriers) in document order.
// Its state is the same after every heading or paragraph-start point once a section has been
// seen, which is what lets an update re-scan only the lines between two such sync points.

import { isBlank, isClosingMark, isLeadEnd, isSentenceEnd } from './marks';
import { canStartHeading, canStartPoint, matchHeadingMarker, matchPointMarker, type MarkerMatch } from './markers';
import type { NodeKind } from './model';
import { ParsedNode, type Source } from './node';
import { isClosingCue, isDateOrSpeakerLine, isSalutationLike, isTitleLike, MAX_PRELUDE_LINE } from './prelude';
import { isResidueSpan } from './residue';

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
  datelines: number;
  salutation: ParsedNode | undefined;
}

/** The state at the start of a draft. */
export function initialState(): ScanState {
  return { structureSeen: false, contentLines: 0, title: undefined, datelines: 0, salutation: undefined };
}

/** The state at a sync point: a section has been seen, the prelude is over. */
export function syncState(): ScanState {
  return { structureSeen: true, contentLines: 1, title: undefined, datelines: 0, salutation: undefined };
}

function trimEndOffset(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isBlank(text.charCodeAt(end - 1))) {
    end--;
  }
  return end;
}

/** The first offset in [from, to) where `isEnd` holds, or `to`. */
function findEnd(text: string, from: number, to: number, isEnd: (code: number) => boolean): number {
  for (let i = from; i < to; i++) {
    if (isEnd(text.charCodeAt(i))) {
      return i;
    }
  }
  return to;
}

/** Scans lines into entries; see the file comment. */
export class EntryScanner {
  readonly entries: Entry[] = [];
  // The first paragraph with a closing cue since the last paragraph that began a section. It is
  // an entry from the start, and discarded if a section follows it.
  private closing: ParsedNode | undefined;
  // Title (and date lines) that may start the next speech, waiting for its salutation.
  private nextTitle: ParsedNode[] | undefined;

  constructor(
    private readonly source: Source,
    private readonly state: ScanState,
  ) {}

  private node(kind: NodeKind, match: MarkerMatch | undefined, start: number, headingEnd: number, inline: boolean): ParsedNode {
    return ParsedNode.create(this.source, kind, match, start, headingEnd, inline);
  }

  /** Finds points that start after a sentence end in [from, to); returns where the first one's boundary is. */
  private scanInlinePoints(from: number, to: number): number {
    const text = this.source.text;
    let firstBoundary = to;
    for (let i = from; i < to; i++) {
      if (!isLeadEnd(text.charCodeAt(i))) {
        continue;
      }
      let j = i + 1;
      while (j < to && (isClosingMark(text.charCodeAt(j)) || isBlank(text.charCodeAt(j)))) {
        j++;
      }
      if (j >= to || !canStartPoint(text.charCodeAt(j))) {
        continue;
      }
      const match = matchPointMarker(text, j, to);
      if (match === undefined) {
        continue;
      }
      if (firstBoundary === to) {
        firstBoundary = i;
      }
      const leadEnd = trimEndOffset(text, match.end, findEnd(text, match.end, to, isLeadEnd));
      this.entries.push(this.node('point', match, j, leadEnd, true));
      i = leadEnd - 1;
    }
    return firstBoundary;
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

  /** Scans lines [from, to). */
  scanLines(from: number, to: number): void {
    const { source: { text, lines }, state, entries } = this;
    for (let line = from; line < to; line++) {
      const lineEnd = lines.lineContentEnd(line);
      let pos = lines.lineStart(line);
      while (pos < lineEnd && isBlank(text.charCodeAt(pos))) {
        pos++;
      }
      if (pos >= lineEnd) {
        continue;
      }
      const first = text.charCodeAt(pos);
      const contentEnd = trimEndOffset(text, pos, lineEnd);
      const heading = canStartHeading(first) ? matchHeadingMarker(text, pos, lineEnd) : undefined;
      const point = heading === undefined && canStartPoint(first) ? matchPointMarker(text, pos, lineEnd) : undefined;
      if (heading === undefined && point === undefined && isResidueSpan(text, pos, contentEnd)) {
        this.dropNextTitle();
        entries.push({ barrier: pos });
        continue;
      }
      state.contentLines++;
      if (heading !== undefined || point !== undefined) {
        this.dropNextTitle();
        this.dropClosing();
        state.structureSeen = true;
      }
      if (heading !== undefined) {
        const node = this.node('heading', heading, pos, pos, false);
        entries.push(node);
        // The heading's text stops at its first sentence end, or where a point starts on its line.
        const boundary = this.scanInlinePoints(heading.end, lineEnd);
        node.headingEnd = trimEndOffset(text, heading.end, findEnd(text, heading.end, boundary, isSentenceEnd));
        continue;
      }
      if (point !== undefined) {
        const leadEnd = trimEndOffset(text, point.end, findEnd(text, point.end, lineEnd, isLeadEnd));
        entries.push(this.node('point', point, pos, leadEnd, false));
        this.scanInlinePoints(leadEnd, lineEnd);
        continue;
      }
      if (!this.scanPlainLine(pos, contentEnd, lineEnd)) {
        this.scanInlinePoints(pos, lineEnd);
      }
    }
  }

  /** A line that is neither residue nor a section: title, date line, salutation, closing. True when it was one. */
  private scanPlainLine(pos: number, contentEnd: number, lineEnd: number): boolean {
    const { source: { text }, state, entries } = this;
    // Title, date and salutation lines are short; long paragraphs skip those checks and their slice.
    const short = contentEnd - pos <= MAX_PRELUDE_LINE;
    const lineText = short ? text.slice(pos, contentEnd) : '';
    if (!state.structureSeen) {
      if (short && state.contentLines === 1 && isTitleLike(lineText)) {
        state.title = this.node('title', undefined, pos, contentEnd, false);
        entries.push(state.title);
        return true;
      }
      if (short && state.title !== undefined && state.salutation === undefined && state.datelines < 2 &&
        state.contentLines === 2 + state.datelines && isDateOrSpeakerLine(lineText)) {
        state.datelines++;
        entries.push(this.node('dateline', undefined, pos, contentEnd, false));
        return true;
      }
      if (short && state.salutation === undefined && state.contentLines <= 4 && isSalutationLike(lineText)) {
        state.salutation = this.node('salutation', undefined, pos, contentEnd, false);
        entries.push(state.salutation);
        return true;
      }
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
      // Its lead sentence stops at its first sentence end, or where a point starts on its line.
      const boundary = this.scanInlinePoints(pos, lineEnd);
      node.headingEnd = trimEndOffset(text, pos, findEnd(text, pos, boundary, isSentenceEnd));
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
