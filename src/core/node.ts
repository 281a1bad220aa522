// The node of the speech model as the parser builds it: plain fields for what the scan finds and
// the tree sets, the rest derived on demand (text from the source, lines by binary search).
// kind, family and the flags share one small integer: five fields fewer a node keeps the model
// within its memory budget (model / text ≤ 2×, see bench/).

import type { MarkerStyle, PointFamily } from './grammar';
import type { LineIndex } from './lines';
import { isBlank } from './marks';
import { cleanText } from './paragraphs';
import { isPageNumberLine } from './residue';
import type { MarkerMatch } from './markers';
import type { NodeKind, SpeechNode } from './model';

/** What a node's text and lines are read from: the text of one version of a document. */
export interface Source {
  readonly text: string;
  readonly lines: LineIndex;
}

/** Longest name the outline shows before shortening with an ellipsis. */
export const MAX_NAME_LENGTH = 80;

const KINDS: readonly NodeKind[] = ['title', 'dateline', 'salutation', 'heading', 'point', 'closing'];
const FAMILIES: readonly (PointFamily | undefined)[] = [undefined, 'yao', 'shi', 'di', 'sequence'];
const KIND_INDEX: Readonly<Record<NodeKind, number>> = { title: 0, dateline: 1, salutation: 2, heading: 3, point: 4, closing: 5 };
const FAMILY_INDEX: Readonly<Record<PointFamily | 'none', number>> = { none: 0, yao: 1, shi: 2, di: 3, sequence: 4 };
const KIND_MASK = 7;
const FAMILY_SHIFT = 3;
const FAMILY_MASK = 7;
const INLINE_BIT = 1 << 6;
const DISCARDED_BIT = 1 << 7;
const NESTED_BIT = 1 << 8;
const MARKER_LENGTH_SHIFT = 9;

/** Shared by every leaf (the tree builder gives a parent an array of its own). */
const NO_CHILDREN: ParsedNode[] = [];

/**
 * A node of one model. The scanner creates it; the tree builder sets its place in the tree
 * (`parent`, `children`, `level` of points, `ordinal` of 最后, `end`) once; after that it does not
 * change. An update copies the nodes it keeps (`movedTo`), so earlier models stay valid.
 */
export class ParsedNode implements SpeechNode {
  ordinal: number;
  end: number;
  parent: ParsedNode | undefined = undefined;
  children: ParsedNode[] = NO_CHILDREN;
  /** kind, family, the three flags and the marker's length in one small integer (six fields fewer a node). */
  private bits: number;

  private constructor(
    readonly source: Source,
    bits: number,
    public level: number,
    /** The ordinal the marker itself says (最后 says 4; its `ordinal` follows its siblings). */
    readonly markerOrdinal: number,
    readonly start: number,
    public headingEnd: number,
    readonly style: MarkerStyle | undefined,
  ) {
    this.ordinal = markerOrdinal;
    this.end = headingEnd;
    this.bits = bits;
  }

  /** Offset just past the marker (`start` when there is none). */
  get markerEnd(): number {
    return this.start + (this.bits >>> MARKER_LENGTH_SHIFT);
  }

  /** A node the scanner found: `match` is its marker, if it has one. */
  static create(source: Source, kind: NodeKind, match: MarkerMatch | undefined, start: number, headingEnd: number, inline: boolean): ParsedNode {
    // A marker is a few characters (numerals of at most 7, 第 and a word, a separator).
    const bits = KIND_INDEX[kind] | (FAMILY_INDEX[match?.family ?? 'none'] << FAMILY_SHIFT) | (inline ? INLINE_BIT : 0) |
      ((match === undefined ? 0 : match.end - start) << MARKER_LENGTH_SHIFT);
    return new ParsedNode(source, bits, match?.level ?? 0, match?.ordinal ?? 0, start, headingEnd, match?.style);
  }

  /** This node's copy in another version of the text, `delta` characters further on; not yet in a tree. */
  movedTo(source: Source, delta: number): ParsedNode {
    return new ParsedNode(source, this.bits, this.level, this.markerOrdinal, this.start + delta, this.headingEnd + delta, this.style);
  }

  get kind(): NodeKind {
    return KINDS[this.bits & KIND_MASK];
  }

  get family(): PointFamily | undefined {
    return FAMILIES[(this.bits >> FAMILY_SHIFT) & FAMILY_MASK];
  }

  get inline(): boolean {
    return (this.bits & INLINE_BIT) !== 0;
  }

  /** A closing candidate that a later section ruled out; skipped when the tree is built. */
  get discarded(): boolean {
    return (this.bits & DISCARDED_BIT) !== 0;
  }

  /** A point of a series restarted after a colon inside a point of its series (二是…：一是…二是…). */
  get nested(): boolean {
    return (this.bits & NESTED_BIT) !== 0;
  }

  set nested(nested: boolean) {
    this.bits = nested ? this.bits | NESTED_BIT : this.bits & ~NESTED_BIT;
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

  /** True for a heading or a point that begins its paragraph: the scan's state is known there. */
  get isSyncPoint(): boolean {
    return !this.inline && (this.kind === 'heading' || this.kind === 'point');
  }

  get marker(): string {
    return this.source.text.slice(this.start, this.markerEnd);
  }

  get label(): string {
    const text = this.source.text;
    let labelStart = this.markerEnd;
    while (labelStart < this.headingEnd && isBlank(text.charCodeAt(labelStart))) {
      labelStart++;
    }
    return cleanText(text.slice(labelStart, this.headingEnd), isPageNumberLine);
  }

  /**
   * The marker and its text as written: a heading's text to its first sentence end; a point's lead
   * phrase, to its first ，。；：！？ (一是结构调整取得积极成效, as a 提纲 shows it). Tags and entities
   * left in a pasted page are not shown; a hard-wrapped heading's lines are joined.
   */
  get name(): string {
    const text = this.source.text;
    let end = this.headingEnd;
    if (this.kind === 'point') {
      for (let i = this.markerEnd; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code === 0xff0c /* ， */ || code === 0x2c /* , */) {
          end = i;
          break;
        }
      }
    }
    return shorten(cleanText(text.slice(this.start, end), isPageNumberLine));
  }
}

function shorten(text: string): string {
  return text.length > MAX_NAME_LENGTH ? text.slice(0, MAX_NAME_LENGTH) + '…' : text;
}
