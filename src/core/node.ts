// The node of the speech model as the parser builds it: plain fields for what the scan finds and
// the tree sets, the rest derived on demand (text from the source, lines by binary search).

import type { MarkerStyle, PointFamily } from './grammar';
import type { LineIndex } from './lines';
import { isBlank } from './marks';
import { cleanText, skipInvisible } from './paragraphs';
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
  /** A point of a series restarted after a colon inside a point of its series (二是…：一是…二是…). */
  nested = false;
  /** A closing candidate that a later section ruled out; skipped when the tree is built. */
  discarded = false;

  private constructor(
    readonly source: Source,
    readonly kind: NodeKind,
    readonly family: PointFamily | undefined,
    readonly inline: boolean,
    public level: number,
    /** The ordinal the marker itself says (最后 says 4; its `ordinal` follows its siblings). */
    readonly markerOrdinal: number,
    readonly start: number,
    /** Offset just past the marker (`start` when there is none). */
    readonly markerEnd: number,
    public headingEnd: number,
    readonly style: MarkerStyle | undefined,
  ) {
    this.ordinal = markerOrdinal;
    this.end = headingEnd;
  }

  /** A node the scanner found: `match` is its marker, if it has one. */
  static create(source: Source, kind: NodeKind, match: MarkerMatch | undefined, start: number, headingEnd: number, inline: boolean): ParsedNode {
    return new ParsedNode(source, kind, match?.family, inline, match?.level ?? 0, match?.ordinal ?? 0, start, match?.end ?? start, headingEnd, match?.style);
  }

  /** This node's copy in another version of the text, `delta` characters further on; not yet in a tree. */
  movedTo(source: Source, delta: number): ParsedNode {
    const copy = new ParsedNode(source, this.kind, this.family, this.inline, this.level, this.markerOrdinal, this.start + delta, this.markerEnd + delta,
      this.headingEnd + delta, this.style);
    copy.nested = this.nested;
    copy.discarded = this.discarded;
    return copy;
  }

  discard(): void {
    this.discarded = true;
  }

  get line(): number {
    return this.source.lines.lineAt(this.start);
  }

  get endLine(): number {
    return this.source.lines.lineAt(Math.max(this.start, this.end - 1));
  }

  /**
   * True for a heading or a point that begins its line (its first paragraph): the scan's state is
   * known there, and a scan may start again at its line. A paragraph after a break inside a line
   * (a collapsed page) begins no line.
   */
  get isSyncPoint(): boolean {
    if (this.inline || (this.kind !== 'heading' && this.kind !== 'point')) {
      return false;
    }
    const { text, lines } = this.source;
    return skipInvisible(text, lines.lineStart(this.line), this.start, isBlank) === this.start;
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
   * left in a pasted page and blanks after the marker are not shown; a hard-wrapped heading's lines are joined.
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
    // Blanks between the marker and its text (a tab from Word's automatic numbering: 一、<TAB>提高站位) are not shown.
    let textStart = this.markerEnd;
    while (textStart < end && isBlank(text.charCodeAt(textStart))) {
      textStart++;
    }
    const written = textStart === this.markerEnd ? text.slice(this.start, end) : text.slice(this.start, this.markerEnd) + text.slice(textStart, end);
    return shorten(cleanText(written, isPageNumberLine));
  }
}

function shorten(text: string): string {
  return text.length > MAX_NAME_LENGTH ? text.slice(0, MAX_NAME_LENGTH) + '…' : text;
}
