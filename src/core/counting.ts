// The counting rule, in one place: a text's 字数 as Word counts it and the units a speaker says
// aloud. stats.ts applies it per section of the outline, to a selection, and to speaking time.
//
// 字数 (Word-compatible, what drafters' offices check): each 汉字 1, each full-width punctuation
// mark 1, each Latin word or digit run 1 (letters and digits joined by . , ' - _ : / inside the
// run: 1.5, 3.2%, 9:30, COVID-19 are one), any other visible symbol 1 (an emoji with its
// modifiers and joins is one); half-width punctuation, spaces, line breaks and a BOM 0.
// Spoken units: 汉字, Latin words and digit runs only; never punctuation, symbols, or the markers of
// numbered headings (一、 （一） 1. （1）, not read aloud). Point markers (一要, 第一，) are words of
// the sentence and are spoken.

/** A length: Word-compatible 字数 and spoken units (what speaking time is computed from). */
export interface TextCount {
  readonly chars: number;
  readonly spoken: number;
}

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
export function countSegments(text: string, from: number, to: number, boundaries: ArrayLike<number>, chars: Int32Array, spoken: Int32Array): void {
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
  countSegments(text, Math.max(0, from), Math.min(to, text.length), NO_BOUNDARIES, chars, spoken);
  return { chars: chars[0], spoken: spoken[0] };
}
