// Length and speaking time: the draft's 字数 as Word counts it, the units a speaker says aloud,
// per section of the outline and for any range (a selection). The one place the counting rule lives.
//
// 字数 (Word-compatible, what drafters' offices check): each 汉字 1, each full-width punctuation
// mark 1, each Latin word or digit run 1 (letters and digits joined by . , ' - _ : / inside the
// run: 1.5, 3.2%, 9:30, COVID-19 are one), any other visible symbol 1 (an emoji with its
// modifiers and joins is one); half-width punctuation, spaces, line breaks and a BOM 0.
// Spoken units: 汉字, Latin words and digit runs only; never punctuation, symbols, or the markers of
// numbered headings (一、 （一） 1. （1）, not read aloud). Point markers (一要, 第一，) are words of
// the sentence and are spoken.

import type { SpeechModel, SpeechNode } from './model';

/** A length: Word-compatible 字数 and spoken units (what speaking time is computed from). */
export interface TextCount {
  readonly chars: number;
  readonly spoken: number;
}

/** The default speaking rate of an official reading a prepared speech, in 字 per minute. */
export const DEFAULT_SPEAKING_RATE = 200;

// Character classes of UTF-16 code units.
const ZERO = 0; // spaces, line breaks, half-width punctuation, controls, BOM
const HAN = 1; // 汉字 (and kana, Hangul syllables, 〇 々): 1 char, 1 spoken
const MARK = 2; // full-width punctuation and other visible symbols: 1 char
const ALNUM = 3; // Latin letters and digits of any width: a run counts once
const JOINER = 4; // half-width . , ' - _ : / — inside an alphanumeric run, part of it
const EXTEND = 5; // combining marks, variation selectors, ZWJ, keycap: continue the previous token
const HIGH = 6; // a high surrogate: classified by its code point
const LOW = 7; // a low surrogate on its own

const CLASS = buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(0x10000).fill(MARK);
  const set = (from: number, to: number, value: number): void => {
    table.fill(value, from, to + 1);
  };
  set(0x00, 0x7f, ZERO);
  set(0x30, 0x39, ALNUM);
  set(0x41, 0x5a, ALNUM);
  set(0x61, 0x7a, ALNUM);
  for (const joiner of ".,'-_:/") {
    table[joiner.charCodeAt(0)] = JOINER;
  }
  set(0x80, 0x9f, ZERO);
  table[0xa0] = ZERO; // no-break space
  table[0xad] = ZERO; // soft hyphen
  set(0xc0, 0x24f, ALNUM); // Latin-1 letters and Latin Extended
  table[0xd7] = MARK; // ×
  table[0xf7] = MARK; // ÷
  set(0x300, 0x36f, EXTEND);
  set(0x370, 0x3ff, ALNUM); // Greek
  set(0x400, 0x4ff, ALNUM); // Cyrillic
  set(0x1680, 0x1680, ZERO);
  set(0x2000, 0x200c, ZERO); // spaces, zero-width space and non-joiner
  table[0x200d] = EXTEND; // zero-width joiner
  set(0x2028, 0x2029, ZERO);
  table[0x202f] = ZERO;
  table[0x205f] = ZERO;
  set(0x2060, 0x206f, ZERO); // invisible operators and formatting
  set(0x20d0, 0x20ff, EXTEND); // combining marks for symbols (keycap)
  table[0x3000] = ZERO; // ideographic space
  table[0x3005] = HAN; // 々
  table[0x3007] = HAN; // 〇
  set(0x3040, 0x30ff, HAN); // kana
  table[0x30fb] = MARK; // ・
  table[0x30fc] = HAN; // ー
  set(0x3400, 0x4dbf, HAN); // CJK Extension A
  set(0x4e00, 0x9fff, HAN); // CJK Unified Ideographs
  set(0xac00, 0xd7a3, HAN); // Hangul syllables
  set(0xd800, 0xdbff, HIGH);
  set(0xdc00, 0xdfff, LOW);
  set(0xf900, 0xfaff, HAN); // CJK Compatibility Ideographs
  set(0xfe00, 0xfe0f, EXTEND); // variation selectors
  table[0xfeff] = ZERO; // BOM, zero-width no-break space
  set(0xff10, 0xff19, ALNUM); // full-width digits
  set(0xff21, 0xff3a, ALNUM); // full-width letters
  set(0xff41, 0xff5a, ALNUM);
  return table;
}

/** The class of a supplementary code point. */
function supplementaryClass(codePoint: number): number {
  if (codePoint >= 0x20000 && codePoint <= 0x3ffff) {
    return HAN; // CJK Extensions B–H
  }
  if ((codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) || (codePoint >= 0xe0000 && codePoint <= 0xe01ef)) {
    return EXTEND; // skin tones, tags, variation selectors supplement
  }
  if (codePoint >= 0x1d400 && codePoint <= 0x1d7ff) {
    return ALNUM; // mathematical letters and digits
  }
  return MARK;
}

const REGIONAL_INDICATOR_FIRST = 0x1f1e6;
const REGIONAL_INDICATOR_LAST = 0x1f1ff;

/**
 * Counts `text` in one pass. `boundaries` (ascending offsets) split it into segments: each token
 * is added to `chars[segment]` and `spoken[segment]` of the segment where it starts, and no token
 * runs across a boundary. Segment 0 is before the first boundary, segment k+1 starts at boundary k.
 */
function scan(text: string, from: number, to: number, boundaries: ArrayLike<number>, chars: Int32Array, spoken: Int32Array): void {
  let segment = 0;
  let nextBoundary = boundaries.length > 0 ? boundaries[0] : Infinity;
  while (nextBoundary <= from && segment < boundaries.length) {
    segment++;
    nextBoundary = segment < boundaries.length ? boundaries[segment] : Infinity;
  }
  // What the previous code unit left open: an alphanumeric run (a joiner may continue it), a
  // symbol (a ZWJ, modifier or second regional indicator continues it).
  let inRun = false;
  let pendingJoiner = false;
  let inSymbol = false;
  let joined = false;
  let regionalOpen = false;
  for (let i = from; i < to; i++) {
    if (i >= nextBoundary) {
      while (i >= nextBoundary) {
        segment++;
        nextBoundary = segment < boundaries.length ? boundaries[segment] : Infinity;
      }
      inRun = pendingJoiner = inSymbol = joined = regionalOpen = false;
    }
    const code = text.charCodeAt(i);
    let kind = CLASS[code];
    let regional = false;
    if (kind === HIGH) {
      const low = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        const codePoint = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        kind = supplementaryClass(codePoint);
        regional = codePoint >= REGIONAL_INDICATOR_FIRST && codePoint <= REGIONAL_INDICATOR_LAST;
        i++;
      } else {
        kind = MARK;
      }
    } else if (kind === LOW) {
      kind = MARK;
    }
    switch (kind) {
      case ALNUM:
        if (!inRun) {
          chars[segment]++;
          spoken[segment]++;
          inRun = true;
        }
        pendingJoiner = inSymbol = joined = regionalOpen = false;
        break;
      case JOINER:
        // Joins only between alphanumerics: 1.5 and COVID-19, not the full stop in "end."
        if (inRun && !pendingJoiner) {
          pendingJoiner = true;
        } else {
          inRun = pendingJoiner = false;
        }
        inSymbol = joined = regionalOpen = false;
        break;
      case EXTEND:
        if (code === 0x200d && inSymbol) {
          joined = true;
        }
        break;
      case HAN:
        chars[segment]++;
        spoken[segment]++;
        inRun = pendingJoiner = inSymbol = joined = regionalOpen = false;
        break;
      case MARK:
        if (inSymbol && (joined || (regional && regionalOpen))) {
          // An emoji joined by ZWJ, or a flag's second regional indicator: the same symbol.
          joined = false;
          regionalOpen = false;
        } else {
          chars[segment]++;
          inSymbol = true;
          joined = false;
          regionalOpen = regional;
        }
        inRun = pendingJoiner = false;
        break;
      default:
        inRun = pendingJoiner = inSymbol = joined = regionalOpen = false;
    }
  }
}

const NO_BOUNDARIES: number[] = [];

/** Counts the text in [from, to) (the whole text by default). No marker is left out: see `speechStats`. */
export function countText(text: string, from = 0, to = text.length): TextCount {
  const chars = new Int32Array(1);
  const spoken = new Int32Array(1);
  scan(text, Math.max(0, from), Math.min(to, text.length), NO_BOUNDARIES, chars, spoken);
  return { chars: chars[0], spoken: spoken[0] };
}

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
    // Segment boundaries: every node's start, its marker's end and its section's end. Nodes come in
    // document order, so starts ascend; ends do not, so all of them are sorted together.
    const raw = new Int32Array(nodes.length * 3);
    for (let i = 0; i < nodes.length; i++) {
      raw[3 * i] = nodes[i].start;
      raw[3 * i + 1] = nodes[i].markerEnd;
      raw[3 * i + 2] = nodes[i].end;
    }
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
    scan(model.text, 0, model.text.length, boundaries, segmentChars, segmentSpoken);
    // A heading's marker is its own segment [start, markerEnd): not spoken.
    for (const node of nodes) {
      if (node.kind === 'heading' && node.markerEnd > node.start) {
        segmentSpoken[lowerBound(boundaries, node.start) + 1] = 0;
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
    scan(this.model.text, Math.max(0, from), Math.min(to, this.model.text.length), inside, chars, spoken);
    let totalChars = 0;
    let totalSpoken = 0;
    for (let segment = 0; segment < chars.length; segment++) {
      totalChars += chars[segment];
      totalSpoken += segment & 1 ? 0 : spoken[segment];
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
