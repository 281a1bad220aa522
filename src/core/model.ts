// The speech model: one parse of a draft into its parts and its outline tree. Everything else
// (symbols, folding, selection ranges, completions, numbering checks, the CLI) derives from it.
//
// How it is built: scanner.ts reads the lines into flat entries (entries.ts; nodes from node.ts),
// with the marker grammar of markers.ts/grammar.ts, where a node may begin inside a paragraph
// (scanText.ts), the opening part (scanPrelude.ts, with the line shapes of prelude.ts) and PDF
// hard wraps (wrappedLines.ts); tree.ts nests them, update.ts re-scans only the changed region of
// a new version; parse.ts runs a whole parse.

import type { PointFamily, MarkerStyle } from './grammar';
import type { LineIndex } from './lines';
import { keepShapes, parseText } from './parse';

export { MAX_NAME_LENGTH } from './node';
export { updateSpeech } from './update';

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
  /** The marker's number (1 for 一、, 3 for 三要; 最后 follows its predecessor); 0 for nodes without a marker. */
  readonly ordinal: number;
  /** How the marker is written, for nodes with a marker (an interned style of the grammar: compare with ===). */
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
  /**
   * True for a point of a series restarted right after its parent point's lead ended in a colon
   * (二是…：一是…二是…): it nests under that point, and its series goes on only in that paragraph.
   */
  readonly nested: boolean;
  readonly parent: SpeechNode | undefined;
  readonly children: readonly SpeechNode[];
}

/** The parsed draft. Immutable: an update makes a new model and leaves this one valid. */
export interface SpeechModel {
  /** The text this model was parsed from. */
  readonly text: string;
  readonly lines: LineIndex;
  /** Top-level nodes in document order. */
  readonly roots: readonly SpeechNode[];
  /** Every node in document order (a pre-order walk of `roots`). */
  readonly nodes: readonly SpeechNode[];
}

/** Parses a draft. Linear in the text's length; never throws on any string. */
export function parseSpeech(text: string): SpeechModel {
  const { model } = parseText(text);
  keepShapes();
  return model;
}
