// The speech model: one parse of a draft into its parts and its outline tree. Everything else
// (symbols, folding, selection ranges, completions, numbering checks, the CLI) derives from it.

import { LineIndex } from './lines';
import {
  canStartHeading,
  canStartPoint,
  isBlank,
  isLeadEnd,
  isSentenceEnd,
  matchHeadingMarker,
  matchPointMarker,
  type MarkerMatch,
  type MarkerStyle,
  type PointFamily,
} from './markers';
import { isResidueSpan } from './residue';

/** What a node of the outline is. */
export type NodeKind = 'title' | 'dateline' | 'salutation' | 'heading' | 'point' | 'closing';

/** One part of a speech: a title, salutation, numbered heading, enumerated point or closing. */
export interface SpeechNode {
  readonly kind: NodeKind;
  /** Headings: 1–4 (一、 （一） 1. （1）). Points: one below their parent (1 at the root). Others: 0. */
  readonly level: number;
  /** The point family (要/是/第/首先), for points only. */
  readonly family: PointFamily | undefined;
  /** The marker as written (`一、`, `（二）`, `1.`, `三要`, `第一，`, `首先，`); empty for other kinds. */
  readonly marker: string;
  /** The marker's number (1 for 一、, 3 for 三要); 0 for nodes without a marker. */
  readonly ordinal: number;
  /** How the marker is written, for nodes with a marker. */
  readonly style: MarkerStyle | undefined;
  /** The heading's text after the marker, or a point's lead sentence after the marker. */
  readonly label: string;
  /** What the outline shows: the marker and label as written (shortened when very long). */
  readonly name: string;
  /** Offset where the node's heading begins (its marker, or its first character). */
  readonly start: number;
  /** Offset just past the marker (equal to `start` when there is none). */
  readonly markerEnd: number;
  /** Offset just past the heading text (marker + label). */
  readonly headingEnd: number;
  /** Offset just past the node's whole section (its heading, body and children). */
  readonly end: number;
  /** Zero-based line of `start`. */
  readonly line: number;
  /** Zero-based line of the section's last character. */
  readonly endLine: number;
  /** True when the node starts inside a paragraph (after another sentence), not at its start. */
  readonly inline: boolean;
  readonly parent: SpeechNode | undefined;
  readonly children: readonly SpeechNode[];
}

/** The parsed draft. */
export interface SpeechModel {
  /** The text this model was parsed from. */
  readonly text: string;
  readonly lines: LineIndex;
  /** Top-level nodes in document order. */
  readonly roots: readonly SpeechNode[];
  /** Every node in document order (a pre-order walk of `roots`). */
  readonly nodes: readonly SpeechNode[];
}

/** Longest line that can be a title, date line or salutation. */
const MAX_PRELUDE_LINE = 60;

/** Longest name the outline shows before shortening with an ellipsis. */
export const MAX_NAME_LENGTH = 80;

/** What a node's text and lines are read from; an update hands its nodes a new one. */
interface Source {
  readonly text: string;
  readonly lines: LineIndex;
}

const KINDS: readonly NodeKind[] = ['title', 'dateline', 'salutation', 'heading', 'point', 'closing'];
const FAMILIES: readonly (PointFamily | undefined)[] = [undefined, 'yao', 'shi', 'di', 'sequence'];

// A node's small fields share one integer (a small integer to the engine, so no extra object):
// kind 3 bits, family 3, inline 1, level 4, marker length 4, marker ordinal 10, discarded 1.
const FAMILY_SHIFT = 3;
const INLINE_BIT = 1 << 6;
const LEVEL_SHIFT = 7;
const MARKER_LENGTH_SHIFT = 11;
const MARKER_ORDINAL_SHIFT = 15;
const DISCARDED_BIT = 1 << 25;

/**
 * A node as the parser builds it: nine fields, the rest derived on demand (text from the source,
 * lines by binary search), which keeps a large draft's model small. Positions are mutable so
 * that an incremental update can shift the nodes after an edit.
 */
class MutableNode implements SpeechNode {
  private bits: number;
  ordinal: number;
  end: number;
  parent: MutableNode | undefined = undefined;
  children: MutableNode[] = NO_CHILDREN;

  constructor(
    public source: Source,
    kind: NodeKind,
    match: MarkerMatch | undefined,
    public start: number,
    public headingEnd: number,
    inline: boolean,
    readonly style: MarkerStyle | undefined = match?.style,
  ) {
    const markerOrdinal = match === undefined ? 0 : Math.min(match.ordinal, 1023);
    this.bits = KINDS.indexOf(kind) | (FAMILIES.indexOf(match?.family) << FAMILY_SHIFT) | (inline ? INLINE_BIT : 0) |
      ((match?.level ?? 0) << LEVEL_SHIFT) | (match === undefined ? 0 : (match.end - start) << MARKER_LENGTH_SHIFT) |
      (markerOrdinal << MARKER_ORDINAL_SHIFT);
    this.ordinal = markerOrdinal;
    this.end = headingEnd;
  }

  get kind(): NodeKind {
    return KINDS[this.bits & 7];
  }

  get family(): PointFamily | undefined {
    return FAMILIES[(this.bits >> FAMILY_SHIFT) & 7];
  }

  get inline(): boolean {
    return (this.bits & INLINE_BIT) !== 0;
  }

  get level(): number {
    return (this.bits >> LEVEL_SHIFT) & 15;
  }

  set level(level: number) {
    this.bits = (this.bits & ~(15 << LEVEL_SHIFT)) | (Math.min(level, 15) << LEVEL_SHIFT);
  }

  get markerEnd(): number {
    return this.start + ((this.bits >> MARKER_LENGTH_SHIFT) & 15);
  }

  /** The ordinal the marker itself says (最后 says 4; its ordinal follows its siblings). */
  get markerOrdinal(): number {
    return (this.bits >> MARKER_ORDINAL_SHIFT) & 1023;
  }

  /** A closing candidate that a later section ruled out; skipped when the tree is built. */
  get discarded(): boolean {
    return (this.bits & DISCARDED_BIT) !== 0;
  }

  discard(): void {
    this.bits |= DISCARDED_BIT;
  }

  get line(): number {
    return this.source.lines.lineAt(this.start);
  }

  get endLine(): number {
    return this.source.lines.lineAt(Math.max(this.start, this.end - 1));
  }

  private get text(): string {
    return this.source.text;
  }

  /** True for a heading or a point that begins its paragraph: the scan's state is known there. */
  get isSyncPoint(): boolean {
    return !this.inline && (this.kind === 'heading' || this.kind === 'point');
  }

  /** Moves the node by an edit before it. */
  shift(delta: number): void {
    this.start += delta;
    this.headingEnd += delta;
  }

  get marker(): string {
    return this.text.slice(this.start, this.markerEnd);
  }

  get label(): string {
    let labelStart = this.markerEnd;
    while (labelStart < this.headingEnd && isBlank(this.text.charCodeAt(labelStart))) {
      labelStart++;
    }
    return this.text.slice(labelStart, this.headingEnd);
  }

  get name(): string {
    return shorten(this.text.slice(this.start, this.headingEnd));
  }

  addChild(child: MutableNode): void {
    if (this.children === NO_CHILDREN) {
      this.children = [];
    }
    this.children.push(child);
  }
}

/** Shared by every leaf until it gets a child. */
const NO_CHILDREN: MutableNode[] = [];

/** A residue line: closes every open section without appearing in the outline. */
interface Barrier {
  barrier: number;
}

type Entry = MutableNode | Barrier;

const CLOSING_CUES = ['希望', '让我们', '谢谢', '同志们，', '同志们,', '同志们！', '同志们!', '朋友们，', '各位代表，', '各位委员，'];
const CLOSING_QUOTES = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x29, 0x300b]);

function shorten(text: string): string {
  return text.length > MAX_NAME_LENGTH ? text.slice(0, MAX_NAME_LENGTH) + '…' : text;
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

function hasPunctuationEnd(line: string): boolean {
  return '。！？；，、：:,.!?;…'.includes(line[line.length - 1]);
}

/** True when `line` has a lead end (。；！？：) before `end`: a line with a sentence inside may hold points. */
function hasLeadEnd(line: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    if (isLeadEnd(line.charCodeAt(i))) {
      return true;
    }
  }
  return false;
}

// Title, date and salutation lines never hold points (no sentence end inside them), so their
// recognition cannot change what else the line contains.
function isTitleLike(line: string): boolean {
  return line.length > 0 && line.length <= MAX_PRELUDE_LINE && !hasPunctuationEnd(line) && !hasLeadEnd(line, line.length);
}

function isDateOrSpeakerLine(line: string): boolean {
  if (hasLeadEnd(line, line.length)) {
    return false;
  }
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  if ((first === 0xff08 || first === 0x28) && (last === 0xff09 || last === 0x29) && line.length <= 40) {
    return /[0-9０-９年]/.test(line);
  }
  if (line.startsWith('——') || line.startsWith('--')) {
    return line.length <= 60;
  }
  // A speaker's name alone on its line: a few characters, no punctuation.
  return line.length <= 12 && /^[\u4e00-\u9fff·\u3000 ]+$/.test(line);
}

function isSalutationLike(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return (last === 0xff1a || last === 0x3a) && line.length <= 40 && !hasLeadEnd(line, line.length - 1);
}

const CLOSING_CUE_FIRSTS = new Set(CLOSING_CUES.map((cue) => cue.charCodeAt(0)));

function isClosingCue(text: string, pos: number): boolean {
  if (!CLOSING_CUE_FIRSTS.has(text.charCodeAt(pos))) {
    return false;
  }
  for (const cue of CLOSING_CUES) {
    if (text.startsWith(cue, pos)) {
      return true;
    }
  }
  return false;
}

/** What the scan knows about the speech before the lines it scans. */
interface ScanState {
  structureSeen: boolean;
  contentLines: number;
  title: MutableNode | undefined;
  datelines: number;
  salutation: MutableNode | undefined;
}

/**
 * Turns lines into entries (nodes and residue barriers) in document order. Its state is the same
 * after every heading or paragraph-start point once a section has been seen, which is what lets
 * an update re-scan only the lines between two such sync points.
 */
class EntryScanner {
  readonly entries: Entry[] = [];
  // The first paragraph with a closing cue since the last paragraph that began a section. It is
  // an entry from the start, and discarded if a section follows it.
  private closing: MutableNode | undefined;
  // Title (and date lines) that may start the next speech, waiting for its salutation.
  private nextTitle: MutableNode[] | undefined;

  constructor(
    private readonly source: Source,
    private readonly state: ScanState,
  ) {}

  private node(kind: NodeKind, match: MarkerMatch | undefined, start: number, headingEnd: number, inline: boolean): MutableNode {
    return new MutableNode(this.source, kind, match, start, headingEnd, inline);
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
      while (j < to && (CLOSING_QUOTES.has(text.charCodeAt(j)) || isBlank(text.charCodeAt(j)))) {
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

function initialState(): ScanState {
  return { structureSeen: false, contentLines: 0, title: undefined, datelines: 0, salutation: undefined };
}

/** Parses a draft. Linear in the text's length; never throws on any string. */
export function parseSpeech(text: string): SpeechModel {
  const source: Source = { text, lines: LineIndex.of(text) };
  const scanner = new EntryScanner(source, initialState());
  scanner.scanLines(0, source.lines.lineCount);
  return buildTree(source, scanner.finish(false));
}

/** Blocks compared natively before the characters of the first differing block are. */
const COMPARE_BLOCK = 2048;

/** Length of the longest common prefix of two strings. */
function commonPrefixLength(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  // Whole blocks first: string equality runs natively, far faster than a character loop.
  while (prefix + COMPARE_BLOCK <= shorter && a.slice(prefix, prefix + COMPARE_BLOCK) === b.slice(prefix, prefix + COMPARE_BLOCK)) {
    prefix += COMPARE_BLOCK;
  }
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) {
    prefix++;
  }
  return prefix;
}

/** Length of the longest common suffix of two strings, at most `limit`. */
function commonSuffixLength(a: string, b: string, limit: number): number {
  let suffix = 0;
  while (suffix + COMPARE_BLOCK <= limit &&
    a.slice(a.length - suffix - COMPARE_BLOCK, a.length - suffix) === b.slice(b.length - suffix - COMPARE_BLOCK, b.length - suffix)) {
    suffix += COMPARE_BLOCK;
  }
  while (suffix < limit && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) {
    suffix++;
  }
  return suffix;
}

function entryStart(entry: Entry): number {
  return isBarrier(entry) ? entry.barrier : entry.start;
}

function isSyncEntry(entry: Entry): boolean {
  return entry instanceof MutableNode && entry.isSyncPoint;
}

/**
 * The model of `text`, reusing `previous` (the model of an earlier version of the same document):
 * only the lines between the sync points around the changed region are scanned again, the
 * entries after it are shifted, and the tree is rebuilt. Equal to `parseSpeech(text)`.
 * `previous` must not be used afterwards: its nodes now belong to the new model.
 */
export function updateSpeech(previous: SpeechModel, text: string): SpeechModel {
  if (!(previous instanceof ParsedSpeech)) {
    return parseSpeech(text);
  }
  const oldText = previous.text;
  if (oldText === text) {
    return previous;
  }
  // The changed region: what lies between the common prefix and the common suffix.
  const prefix = commonPrefixLength(oldText, text);
  const suffix = commonSuffixLength(oldText, text, Math.min(oldText.length, text.length) - prefix);
  const oldLines = previous.lines;
  const firstChangedLine = oldLines.lineAt(prefix);
  const lastChangedLine = oldLines.lineAt(oldText.length - suffix);
  const entries = previous.entries;
  // The last sync point on a line before the change, and the first on a line after it.
  const firstChangedStart = oldLines.lineStart(firstChangedLine);
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entryStart(entries[mid]) < firstChangedStart) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  let from = low - 1;
  while (from >= 0 && !isSyncEntry(entries[from])) {
    from--;
  }
  if (from < 0) {
    // The change touches the first speech's opening part: its state is not a sync point.
    return parseSpeech(text);
  }
  const afterChange = lastChangedLine + 1 < oldLines.lineCount ? oldLines.lineStart(lastChangedLine + 1) : Infinity;
  let to = low;
  while (to < entries.length && !(entryStart(entries[to]) >= afterChange && isSyncEntry(entries[to]))) {
    to++;
  }
  const source: Source = { text, lines: LineIndex.of(text) };
  const delta = text.length - oldText.length;
  // Read the sync points' lines before their nodes move to the new source.
  const fromLine = (entries[from] as MutableNode).line;
  const toLine = to < entries.length ? (entries[to] as MutableNode).line + source.lines.lineCount - oldLines.lineCount : source.lines.lineCount;
  const scanner = new EntryScanner(source, { structureSeen: true, contentLines: 1, title: undefined, datelines: 0, salutation: undefined });
  scanner.scanLines(fromLine, toLine);
  const region = scanner.finish(to < entries.length);
  const updated: Entry[] = [];
  for (let i = 0; i < from; i++) {
    const entry = entries[i];
    if (entry instanceof MutableNode) {
      entry.source = source;
    }
    updated.push(entry);
  }
  for (const entry of region) {
    updated.push(entry);
  }
  for (let i = to; i < entries.length; i++) {
    const entry = entries[i];
    if (isBarrier(entry)) {
      entry.barrier += delta;
    } else {
      entry.source = source;
      entry.shift(delta);
    }
    updated.push(entry);
  }
  return buildTree(source, updated);
}

/** The model as built here: it keeps its flat entries so that an update can reuse them. */
class ParsedSpeech implements SpeechModel {
  constructor(
    private readonly source: Source,
    readonly roots: readonly SpeechNode[],
    readonly nodes: readonly SpeechNode[],
    readonly entries: readonly Entry[],
  ) {}

  get text(): string {
    return this.source.text;
  }

  get lines(): LineIndex {
    return this.source.lines;
  }
}

function isBarrier(entry: Entry): entry is Barrier {
  return (entry as Barrier).barrier !== undefined;
}

/** Nests the entries (headings by level, points under the nearest heading or other-family point) and sets section ends. */
function buildTree(source: Source, entries: Entry[]): ParsedSpeech {
  const text = source.text;
  const roots: MutableNode[] = [];
  // Usually every entry is a node: then the entries array serves as the node list too.
  let skipped = 0;
  for (const entry of entries) {
    if (isBarrier(entry) || entry.discarded) {
      skipped++;
    }
  }
  const nodes: MutableNode[] = skipped === 0 ? (entries as MutableNode[]) : new Array<MutableNode>(entries.length - skipped);
  let nodeCount = 0;
  const stack: MutableNode[] = [];

  const close = (node: MutableNode, at: number): void => {
    let end = at;
    while (end > node.headingEnd) {
      const code = text.charCodeAt(end - 1);
      if (!isBlank(code) && code !== 0x0a && code !== 0x0d) {
        break;
      }
      end--;
    }
    node.end = end;
  };
  const popTo = (depth: number, at: number): void => {
    while (stack.length > depth) {
      close(stack.pop()!, at);
    }
  };

  for (const entry of entries) {
    if (isBarrier(entry)) {
      popTo(0, entry.barrier);
      continue;
    }
    const node = entry;
    if (node.discarded) {
      continue;
    }
    // A node may come from an earlier tree (an update): start it afresh.
    node.children = NO_CHILDREN;
    node.ordinal = node.markerOrdinal;
    if (node.kind === 'heading') {
      let depth = stack.length;
      while (depth > 0) {
        const top = stack[depth - 1];
        if (top.kind === 'heading' && top.level < node.level) {
          break;
        }
        depth--;
      }
      popTo(depth, node.start);
    } else if (node.kind === 'point') {
      // A point of the same family further up is a sibling: return to its parent.
      let depth = stack.length;
      let sibling = -1;
      while (depth > 0 && stack[depth - 1].kind === 'point') {
        if (stack[depth - 1].family === node.family) {
          sibling = depth - 1;
          break;
        }
        depth--;
      }
      if (sibling >= 0) {
        popTo(sibling, node.start);
      } else if (stack.length > 0 && stack[stack.length - 1].kind !== 'heading' && stack[stack.length - 1].kind !== 'point') {
        popTo(0, node.start);
      }
    } else {
      popTo(0, node.start);
    }
    const parent = stack[stack.length - 1];
    if (node.kind === 'point') {
      node.level = parent ? parent.level + 1 : 1;
      if (node.family === 'sequence' && node.ordinal === 4) {
        // 最后 continues whatever came before it.
        const siblings = parent ? parent.children : roots;
        const previous = siblings[siblings.length - 1];
        node.ordinal = previous && previous.family === 'sequence' ? previous.ordinal + 1 : 1;
      }
    }
    node.parent = parent;
    if (parent) {
      parent.addChild(node);
    } else {
      roots.push(node);
    }
    if (skipped !== 0) {
      nodes[nodeCount] = node;
    }
    nodeCount++;
    stack.push(node);
  }
  popTo(0, text.length);
  return new ParsedSpeech(source, roots, nodes, entries);
}
