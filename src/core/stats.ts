// Length and speaking time of a draft: the counting rule (counting.ts) per section of the outline
// (a heading's marker is not spoken; web residue lines, residueLines.ts, are not counted), for any
// range (a selection), and as minutes at a rate.

import { countSegments, countText, type TextCount } from './counting';
import { message, type Message } from './messages';
import type { SpeechModel, SpeechNode } from './model';
import { residueSpans } from './residueLines';

/** The default speaking rate of an official reading a prepared speech, in 字 per minute. */
export const DEFAULT_SPEAKING_RATE = 200;

/** Lengths of a parsed draft: the whole and each section (a node with everything under it). */
export interface SpeechStats {
  /** The whole draft; heading markers are not spoken. */
  readonly total: TextCount;
  /** A node's section: its heading or lead, body and children. Zero for a node of another model. */
  of(node: SpeechNode): TextCount;
  /** The length of [from, to), with the heading markers inside it not spoken (for a selection). */
  range(from: number, to: number): TextCount;
}

const ZERO_COUNT: TextCount = { chars: 0, spoken: 0 };

/** The heading markers of a model in document order, as [start, end) pairs. */
function markerSpans(model: SpeechModel): Int32Array {
  let count = 0;
  for (const node of model.nodes) {
    if (node.kind === 'heading' && node.markerEnd > node.start) {
      count++;
    }
  }
  const spans = new Int32Array(count * 2);
  let k = 0;
  for (const node of model.nodes) {
    if (node.kind === 'heading' && node.markerEnd > node.start) {
      spans[k++] = node.start;
      spans[k++] = node.markerEnd;
    }
  }
  return spans;
}

class ModelStats implements SpeechStats {
  readonly total: TextCount;
  private readonly index = new Map<SpeechNode, number>();
  private readonly chars: Int32Array;
  private readonly spoken: Int32Array;
  private spans: Int32Array | undefined;

  constructor(private readonly model: SpeechModel) {
    const nodes = model.nodes;
    const residue = residueSpans(model);
    // Segment boundaries: every node's start, its marker's end and its section's end, and both
    // ends of every residue line. Nodes come in document order, so starts ascend; ends do not, so
    // all of them are sorted together.
    const raw = new Int32Array(nodes.length * 3 + residue.length);
    for (let i = 0; i < nodes.length; i++) {
      raw[3 * i] = nodes[i].start;
      raw[3 * i + 1] = nodes[i].markerEnd;
      raw[3 * i + 2] = nodes[i].end;
    }
    raw.set(residue, nodes.length * 3);
    raw.sort();
    let unique = 0;
    for (let i = 0; i < raw.length; i++) {
      if (i === 0 || raw[i] !== raw[i - 1]) {
        raw[unique++] = raw[i];
      }
    }
    const boundaries = raw.subarray(0, unique);
    // Per segment, then prefix sums: a section's count is a difference of two sums.
    const segmentChars = new Int32Array(unique + 1);
    const segmentSpoken = new Int32Array(unique + 1);
    countSegments(model.text, 0, model.text.length, boundaries, segmentChars, segmentSpoken);
    // A heading's marker is its own segment [start, markerEnd): not spoken.
    for (const node of nodes) {
      if (node.kind === 'heading' && node.markerEnd > node.start) {
        segmentSpoken[lowerBound(boundaries, node.start) + 1] = 0;
      }
    }
    // Web residue (a breadcrumb, a meta line, a page number) is not part of the speech: not counted.
    for (let k = 0; k < residue.length; k += 2) {
      const past = lowerBound(boundaries, residue[k + 1]) + 1;
      for (let segment = lowerBound(boundaries, residue[k]) + 1; segment < past; segment++) {
        segmentChars[segment] = 0;
        segmentSpoken[segment] = 0;
      }
    }
    const prefixChars = new Float64Array(unique + 2);
    const prefixSpoken = new Float64Array(unique + 2);
    for (let s = 0; s <= unique; s++) {
      prefixChars[s + 1] = prefixChars[s] + segmentChars[s];
      prefixSpoken[s + 1] = prefixSpoken[s] + segmentSpoken[s];
    }
    this.total = { chars: prefixChars[unique + 1], spoken: prefixSpoken[unique + 1] };
    // Segment k+1 starts at boundaries[k]: a section [start, end) is segments lowerBound(start)+1 …
    // lowerBound(end), i.e. prefix[lowerBound(end) + 1] − prefix[lowerBound(start) + 1].
    this.chars = new Int32Array(nodes.length);
    this.spoken = new Int32Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const first = lowerBound(boundaries, nodes[i].start) + 1;
      const past = lowerBound(boundaries, nodes[i].end) + 1;
      this.chars[i] = prefixChars[past] - prefixChars[first];
      this.spoken[i] = prefixSpoken[past] - prefixSpoken[first];
      this.index.set(nodes[i], i);
    }
  }

  of(node: SpeechNode): TextCount {
    const i = this.index.get(node);
    return i === undefined ? ZERO_COUNT : { chars: this.chars[i], spoken: this.spoken[i] };
  }

  range(from: number, to: number): TextCount {
    const spans = (this.spans ??= markerSpans(this.model));
    // The whole markers inside [from, to) split it as they split sections: marker segments are the
    // odd ones, counted but not spoken.
    let first = lowerBound(spans, from);
    first += first & 1; // a span's end: that marker started before the range
    let past = first;
    while (past + 1 < spans.length && spans[past + 1] <= to) {
      past += 2;
    }
    const inside = spans.subarray(first, past);
    const chars = new Int32Array(inside.length + 1);
    const spoken = new Int32Array(inside.length + 1);
    countSegments(this.model.text, Math.max(0, from), Math.min(to, this.model.text.length), inside, chars, spoken);
    let totalChars = 0;
    let totalSpoken = 0;
    for (let segment = 0; segment < chars.length; segment++) {
      totalChars += chars[segment];
      totalSpoken += segment & 1 ? 0 : spoken[segment];
    }
    // Less what residue lines inside the range hold (no marker is inside one).
    const residue = residueSpans(this.model);
    for (let k = lowerBound(residue, from) & ~1; k < residue.length && residue[k] < to; k += 2) {
      const overlap = countText(this.model.text, Math.max(from, residue[k]), Math.min(to, residue[k + 1]));
      totalChars -= overlap.chars;
      totalSpoken -= overlap.spoken;
    }
    return { chars: totalChars, spoken: totalSpoken };
  }
}

/** Index of the first boundary ≥ `offset`. */
function lowerBound(boundaries: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (boundaries[mid] < offset) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

const statsCache = new WeakMap<SpeechModel, SpeechStats>();

/**
 * The lengths of a draft and of each section: one linear pass over the text (plus sorting the
 * nodes' boundaries), computed once per model.
 */
export function speechStats(model: SpeechModel): SpeechStats {
  let stats = statsCache.get(model);
  if (stats === undefined) {
    stats = new ModelStats(model);
    statsCache.set(model, stats);
  }
  return stats;
}

/** Speaking time in minutes of `spoken` units at `rate` 字 per minute (the default when not positive). */
export function speakingMinutes(spoken: number, rate = DEFAULT_SPEAKING_RATE): number {
  return spoken / (rate > 0 ? rate : DEFAULT_SPEAKING_RATE);
}

/** Minutes rounded for people: one decimal under ten minutes, whole minutes above. */
export function roundMinutes(minutes: number): number {
  return minutes < 10 ? Math.round(minutes * 10) / 10 : Math.round(minutes);
}

/**
 * A speaking time as people read it, in a table's minutes column: rounded (roundMinutes), "<0.1"
 * when spoken text rounds to nothing (a bare heading, a short closing: "0" reads as a counting
 * slip), "0" only when nothing is spoken. The one rule for every place that shows minutes — the
 * editor (src/vscode/length.ts) and the CLI's --stats alike.
 */
export function minutesFigure(spoken: number, rate = DEFAULT_SPEAKING_RATE): string {
  const minutes = roundMinutes(speakingMinutes(spoken, rate));
  return minutes === 0 && spoken > 0 ? '<0.1' : String(minutes);
}

/** A share as a whole percentage, "23%"; "<1%" for a part too small to round to 1% (never "0%" for something). */
export function sharePercent(share: number): string {
  const percent = Math.round(share * 100);
  return percent === 0 && share > 0 ? '<1%' : `${percent}%`;
}

/** "≈6.2 min" / "约 6.2 分钟"; "<0.1 min" / "不到 0.1 分钟" too short to time; "0 min" with nothing spoken (minutesFigure). */
export function minutesMessage(spoken: number, rate = DEFAULT_SPEAKING_RATE): Message {
  const minutes = roundMinutes(speakingMinutes(spoken, rate));
  if (minutes > 0) {
    return message('≈{0} min', minutes);
  }
  return spoken > 0 ? message('<0.1 min') : message('{0} min', 0);
}

/**
 * The target length a draft's file name states, in minutes: `…（20分钟）.speech`, `…_15min.txt`,
 * `… 30 minutes.speech`. The per-draft way to set a target without writing into the speech.
 */
export function targetMinutesFromName(fileName: string): number | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const match = /(\d+(?:\.\d+)?)\s*(?:分钟|min(?:ute)?s?\b)/i.exec(base);
  if (match === null) {
    return undefined;
  }
  const minutes = Number(match[1]);
  return minutes > 0 ? minutes : undefined;
}

/** Nodes that have a length of their own worth showing (a section): headings, points, the closing. */
export function isSection(node: SpeechNode): boolean {
  return node.kind === 'heading' || node.kind === 'point' || node.kind === 'closing';
}

/** One row of the breakdown by top-level section. */
export interface SectionShare {
  /** The top-level node; undefined for the row of everything outside the sections. */
  readonly node: SpeechNode | undefined;
  readonly count: TextCount;
  /** The section's share of the draft's spoken units, 0–1. */
  readonly share: number;
  /** True when the share is above the limit asked for. */
  readonly tooLong: boolean;
}

/**
 * The draft by top-level section (headings, points and the closing at the root), each with its
 * share of the whole, then one row for the rest (title, salutation, opening) when it holds any
 * text. `maxShare` (0–1; 0 or less: never) marks the sections above it.
 */
export function sectionShares(model: SpeechModel, maxShare = 0): SectionShare[] {
  const stats = speechStats(model);
  const whole = stats.total.spoken;
  const rows: SectionShare[] = [];
  let chars = 0;
  let spoken = 0;
  for (const node of model.roots) {
    if (!isSection(node)) {
      continue;
    }
    const count = stats.of(node);
    chars += count.chars;
    spoken += count.spoken;
    const share = whole > 0 ? count.spoken / whole : 0;
    rows.push({ node, count, share, tooLong: maxShare > 0 && share > maxShare && node.kind !== 'closing' });
  }
  const rest = { chars: stats.total.chars - chars, spoken: stats.total.spoken - spoken };
  if (rest.chars > 0) {
    rows.push({ node: undefined, count: rest, share: whole > 0 ? rest.spoken / whole : 0, tooLong: false });
  }
  return rows;
}
