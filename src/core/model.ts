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
import { isResidueLine, mayBeResidue } from './residue';

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

/** A node as the parser builds it; the text-derived fields are read from the source on demand. */
class MutableNode implements SpeechNode {
  level: number;
  ordinal: number;
  end: number;
  endLine: number;
  parent: MutableNode | undefined = undefined;
  children: MutableNode[] = NO_CHILDREN;

  constructor(
    private readonly text: string,
    readonly kind: NodeKind,
    match: MarkerMatch | undefined,
    readonly start: number,
    public headingEnd: number,
    readonly line: number,
    readonly inline: boolean,
  ) {
    this.level = match?.level ?? 0;
    this.ordinal = match?.ordinal ?? 0;
    this.family = match?.family;
    this.style = match?.style;
    this.markerEnd = match ? match.end : start;
    this.end = headingEnd;
    this.endLine = line;
  }

  readonly family: PointFamily | undefined;
  readonly style: MarkerStyle | undefined;
  readonly markerEnd: number;

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
  readonly barrier: number;
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

/** Parses a draft. Linear in the text's length; never throws on any string. */
export function parseSpeech(text: string): SpeechModel {
  const lines = LineIndex.of(text);
  const entries: Entry[] = [];
  let structureSeen = false;
  let contentLines = 0;
  let title: MutableNode | undefined;
  let datelines = 0;
  let salutation: MutableNode | undefined;
  // The first paragraph with a closing cue since the last paragraph that began a section.
  let closing: { node: MutableNode; entryIndex: number } | undefined;
  const closings: { node: MutableNode; entryIndex: number }[] = [];
  // Title (and date lines) that may start the next speech, waiting for its salutation.
  let nextTitle: MutableNode[] | undefined;

  const makeNode = (kind: NodeKind, match: MarkerMatch | undefined, start: number, headingEnd: number, line: number, inline: boolean): MutableNode =>
    new MutableNode(text, kind, match, start, headingEnd, line, inline);

  /** Finds points that start after a sentence end in [from, to); returns where the first one's boundary is. */
  const scanInlinePoints = (from: number, to: number, line: number): number => {
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
      entries.push(makeNode('point', match, j, leadEnd, line, true));
      i = leadEnd - 1;
    }
    return firstBoundary;
  };

  const flushClosing = (): void => {
    if (closing !== undefined) {
      closings.push(closing);
      closing = undefined;
    }
  };
  /** The lines held as a possible title were body text after all: look for points in them. */
  const dropNextTitle = (): void => {
    for (const held of nextTitle ?? []) {
      scanInlinePoints(held.start, held.headingEnd, held.line);
    }
    nextTitle = undefined;
  };

  for (let line = 0; line < lines.lineCount; line++) {
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
    if (mayBeResidue(first) && isResidueLine(text.slice(pos, contentEnd))) {
      dropNextTitle();
      entries.push({ barrier: pos });
      continue;
    }
    contentLines++;
    const heading = canStartHeading(first) ? matchHeadingMarker(text, pos, lineEnd) : undefined;
    const point = heading === undefined && canStartPoint(first) ? matchPointMarker(text, pos, lineEnd) : undefined;
    if (heading !== undefined || point !== undefined) {
      dropNextTitle();
    }
    if (heading !== undefined) {
      const node = makeNode('heading', heading, pos, pos, line, false);
      entries.push(node);
      // The heading's text stops at its first sentence end, or where a point starts on its line.
      const boundary = scanInlinePoints(heading.end, lineEnd, line);
      node.headingEnd = trimEndOffset(text, heading.end, findEnd(text, heading.end, boundary, isSentenceEnd));
      structureSeen = true;
      closing = undefined;
      continue;
    }
    if (point !== undefined) {
      const leadEnd = trimEndOffset(text, point.end, findEnd(text, point.end, lineEnd, isLeadEnd));
      entries.push(makeNode('point', point, pos, leadEnd, line, false));
      scanInlinePoints(leadEnd, lineEnd, line);
      structureSeen = true;
      closing = undefined;
      continue;
    }
    // Title, date and salutation lines are short; long paragraphs skip those checks and their slice.
    const short = contentEnd - pos <= MAX_PRELUDE_LINE;
    const lineText = short ? text.slice(pos, contentEnd) : '';
    if (!structureSeen) {
      if (short && contentLines === 1 && isTitleLike(lineText)) {
        title = makeNode('title', undefined, pos, pos + lineText.length, line, false);
        entries.push(title);
        continue;
      }
      if (title !== undefined && salutation === undefined && datelines < 2 && contentLines === 2 + datelines && short && isDateOrSpeakerLine(lineText)) {
        datelines++;
        entries.push(makeNode('dateline', undefined, pos, pos + lineText.length, line, false));
        continue;
      }
      if (short && salutation === undefined && contentLines <= 4 && isSalutationLike(lineText)) {
        salutation = makeNode('salutation', undefined, pos, pos + lineText.length, line, false);
        entries.push(salutation);
        continue;
      }
    } else {
      // In a collection of speeches, a title-like line followed by a salutation (maybe with a
      // date line between) starts the next speech.
      if (short && nextTitle === undefined && isTitleLike(lineText)) {
        nextTitle = [makeNode('title', undefined, pos, pos + lineText.length, line, false)];
        continue;
      }
      if (nextTitle !== undefined) {
        if (short && nextTitle.length < 3 && isDateOrSpeakerLine(lineText)) {
          nextTitle.push(makeNode('dateline', undefined, pos, pos + lineText.length, line, false));
          continue;
        }
        if (short && isSalutationLike(lineText)) {
          flushClosing();
          entries.push(...nextTitle, makeNode('salutation', undefined, pos, pos + lineText.length, line, false));
          nextTitle = undefined;
          continue;
        }
        dropNextTitle();
      }
      if (closing === undefined && isClosingCue(text, pos)) {
        const node = makeNode('closing', undefined, pos, pos, line, false);
        closing = { node, entryIndex: entries.length };
        // Its lead sentence stops at its first sentence end, or where a point starts on its line.
        const boundary = scanInlinePoints(pos, lineEnd, line);
        node.headingEnd = trimEndOffset(text, pos, findEnd(text, pos, boundary, isSentenceEnd));
        continue;
      }
    }
    scanInlinePoints(pos, lineEnd, line);
  }
  dropNextTitle();
  flushClosing();
  if (closings.length > 0) {
    // Insert each closing where it was found, in one pass.
    const merged: Entry[] = [];
    let next = 0;
    for (let i = 0; i <= entries.length; i++) {
      while (next < closings.length && closings[next].entryIndex === i) {
        merged.push(closings[next++].node);
      }
      if (i < entries.length) {
        merged.push(entries[i]);
      }
    }
    return buildTree(text, lines, merged);
  }
  return buildTree(text, lines, entries);
}

function isBarrier(entry: Entry): entry is Barrier {
  return (entry as Barrier).barrier !== undefined;
}

/** Nests the entries (headings by level, points under the nearest heading or other-family point) and sets section ends. */
function buildTree(text: string, lines: LineIndex, entries: Entry[]): SpeechModel {
  const roots: MutableNode[] = [];
  const nodes: MutableNode[] = [];
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
    node.endLine = lines.lineAt(Math.max(node.start, end - 1));
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
    nodes.push(node);
    stack.push(node);
  }
  popTo(0, text.length);
  return { lines, roots, nodes };
}
