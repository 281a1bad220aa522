// The inputs: generated drafts of several sizes (as speech text and as Markdown), and hostile
// inputs that would expose anything worse than linear in the parser.

import { formatChineseNumeral } from '../../src/core';
import { generateDraft } from '../generate';

/** One measured input: its bytes as a file would hold them. */
export interface Draft {
  /** Short label: '1 MB', 'markers 2×'. */
  readonly label: string;
  readonly bytes: Buffer;
  /** Number of UTF-16 code units once decoded (the in-memory size is twice this). */
  readonly length: number;
}

/** A size of generated draft. */
export interface DraftSize {
  readonly label: string;
  readonly bytes: number;
}

const KB = 1024;
const MB = 1024 * 1024;

/** The generated sizes: 20 KB to 5 MB, and 40 KB (a long work report) for the 1 ms budget. */
export const DRAFT_SIZES: readonly DraftSize[] = [
  { label: '20 KB', bytes: 20 * KB },
  { label: '40 KB', bytes: 40 * KB },
  { label: '200 KB', bytes: 200 * KB },
  { label: '1 MB', bytes: MB },
  { label: '5 MB', bytes: 5 * MB },
];

function draftOf(label: string, text: string): Draft {
  return { label, bytes: Buffer.from(text, 'utf8'), length: text.length };
}

/** The speech draft of a size, and the same draft with Markdown headings (for the peer). */
export function generatedDrafts(size: DraftSize): { speech: Draft; markdown: Draft } {
  return {
    speech: draftOf(size.label, generateDraft({ bytes: size.bytes, seed: 1 })),
    markdown: draftOf(size.label, generateDraft({ bytes: size.bytes, seed: 1, markdown: true })),
  };
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['千', '百', '十', ''];

/** 1…9999 in Chinese; `inner` writes 一十 (not 十) when a higher part comes before. */
function belowTenThousand(value: number, inner: boolean): string {
  const digits = [Math.floor(value / 1000), Math.floor(value / 100) % 10, Math.floor(value / 10) % 10, value % 10];
  let out = '';
  let started = false;
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const digit = digits[i];
    if (digit === 0) {
      zero = started;
      continue;
    }
    if (zero) {
      out += '零';
      zero = false;
    }
    if (!(digit === 1 && i === 2 && !started && !inner)) {
      out += CHINESE_DIGITS[digit];
    }
    out += UNITS[i];
    started = true;
  }
  return out;
}

/** 1…99,999,999 in Chinese (十万, 二十万零一): the ordinals of the sibling-sections input. */
export function largeChineseNumeral(value: number): string {
  if (value < 10_000) {
    return belowTenThousand(value, false);
  }
  const low = value % 10_000;
  const high = largeChineseNumeral(Math.floor(value / 10_000)) + '万';
  return low === 0 ? high : high + (low < 1000 ? '零' : '') + belowTenThousand(low, true);
}

/** One line of `unit` repeated to about `bytes` UTF-8 bytes. */
function oneLine(label: string, unit: string, bytes: number): Draft {
  return draftOf(label, unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit, 'utf8'))));
}

/** `count` sibling sections, one heading line each, numbered by `ordinal(i)`. */
function siblingSections(label: string, count: number, ordinal: (i: number) => string): Draft {
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) {
    lines.push(`${ordinal(i)}、加强组织领导`);
  }
  return draftOf(label, lines.join('\n') + '\n');
}

/** Markers after sentence ends, of every kind a collapsed line can hold: headings, a series after a comma, a restarted series. */
export const MIDLINE_UNIT = '甲。一、乙。（一）丙。1.丁。一是戊。主要有两点，一是己；二是庚：一是辛。';
/** Tags and entities between markers. */
export const HTML_UNIT = '<BR>一是甲。</SPAN></td><P>&nbsp;&nbsp;（二）乙　　';

/** A hostile input at its base size and at twice that, to check that time grows linearly. */
export interface HostileInput {
  readonly id: string;
  readonly description: string;
  readonly base: Draft;
  readonly double: Draft;
}

/** The hostile inputs: long single lines of markers and brackets, and 100,000 sibling sections. */
export function hostileInputs(): HostileInput[] {
  const sections = 100_000;
  return [
    {
      id: 'markers',
      description: '1 MB single line 一是一是一是…',
      base: oneLine('1 MB', '一是', MB),
      double: oneLine('2 MB', '一是', 2 * MB),
    },
    {
      // The worst case for headings inside a collapsed line: every sentence end may start one.
      id: 'midline',
      description: `1 MB single line ${MIDLINE_UNIT}…`,
      base: oneLine('1 MB', MIDLINE_UNIT, MB),
      double: oneLine('2 MB', MIDLINE_UNIT, 2 * MB),
    },
    {
      id: 'html',
      description: `1 MB single line ${HTML_UNIT}…`,
      base: oneLine('1 MB', HTML_UNIT, MB),
      double: oneLine('2 MB', HTML_UNIT, 2 * MB),
    },
    {
      id: 'brackets',
      description: '1 MB single line （（（（…',
      base: oneLine('1 MB', '（', MB),
      double: oneLine('2 MB', '（', 2 * MB),
    },
    {
      id: 'sections',
      description: '100,000 sibling sections 一、…十万、',
      base: siblingSections('100,000', sections, largeChineseNumeral),
      double: siblingSections('200,000', 2 * sections, largeChineseNumeral),
    },
    {
      // Numerals stop at 九百九十九 for the parser: this variant makes every line a heading.
      id: 'sections-999',
      description: '100,000 sibling sections 一、…九百九十九、 repeated',
      base: siblingSections('100,000', sections, (i) => formatChineseNumeral(((i - 1) % 999) + 1)),
      double: siblingSections('200,000', 2 * sections, (i) => formatChineseNumeral(((i - 1) % 999) + 1)),
    },
  ];
}
