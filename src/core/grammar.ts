// The marker grammar: one table of the ways a heading or point marker is written, with its level,
// its point family and its style series. The parser (markers.ts) accepts exactly the styles this
// table allows, completion offers its standard styles, renumbering writes numbers in them, and
// level conversion (promote/demote) moves along a series.

import { formatChineseNumeral, formatCircled, formatParenthesizedNumber, toFullWidthDigits } from './numerals';

/** How a marker writes its number. */
export type NumeralStyle = 'chinese' | 'ascii' | 'fullwidth' | 'circled' | 'parenthesized' | 'sequence';

/** The four families of enumerated points in running text: 一要, 一是, 第一，, 首先，. */
export type PointFamily = 'yao' | 'shi' | 'di' | 'sequence';

/**
 * A style series: the heading styles of levels 1–4 that belong together, so converting a marker to
 * another level keeps its look. `standard` is GB/T 9704 (一、 （一） 1. （1））; the others differ
 * in bracket width, digit width, separator or enclosed numbers.
 */
export type StyleSeries = 'standard' | 'halfWidth' | 'fullWidth' | 'dun' | 'enclosed' | 'circled' | 'period' | 'halfPeriod';

/** How a marker is written: the characters around its number and the number's style. */
export interface MarkerStyle {
  readonly numeral: NumeralStyle;
  readonly prefix: string;
  readonly suffix: string;
}

/** One row of the grammar. */
export interface MarkerRow {
  readonly kind: 'heading' | 'point';
  /** Headings: 1–4. Points: 0 (a point's level comes from where it stands). */
  readonly level: number;
  /** Points only. */
  readonly family: PointFamily | undefined;
  /** Headings only: the series this row is the level-`level` style of. */
  readonly series: StyleSeries | undefined;
  readonly style: MarkerStyle;
  /** The largest number the parser reads in this style (一要 stops at 三十要; 九百九十九、). */
  readonly maxOrdinal: number;
  /** The style completion offers when a draft gives no other (one per heading level and point family). */
  readonly standard: boolean;
}

const STYLES = new Map<number | string, MarkerStyle>();
const NUMERAL_STYLES: readonly NumeralStyle[] = ['chinese', 'ascii', 'fullwidth', 'circled', 'parenthesized', 'sequence'];

/**
 * The one shared (frozen, interned) style object for a numeral style with its prefix and suffix,
 * so styles compare with `===`. (Prefixes and suffixes of one character, the parser's usual case,
 * are looked up by a number; longer ones by a string.)
 */
export function markerStyle(numeral: NumeralStyle, prefix: string, suffix: string): MarkerStyle {
  const key = prefix.length <= 1 && suffix.length <= 1
    ? NUMERAL_STYLES.indexOf(numeral) + 8 * ((prefix.charCodeAt(0) || 0) + 0x10000 * (suffix.charCodeAt(0) || 0))
    : `${prefix}|${numeral}|${suffix}`;
  let style = STYLES.get(key);
  if (style === undefined) {
    style = Object.freeze({ numeral, prefix, suffix });
    STYLES.set(key, style);
  }
  return style;
}

/** A stable key for comparing styles. */
export function styleKey(style: MarkerStyle): string {
  return `${style.prefix}|${style.numeral}|${style.suffix}`;
}

/** The numbers 首先 其次 再次 最后 stand for (1–4). */
export const SEQUENCE_WORDS: readonly string[] = ['首先', '其次', '再次', '最后'];
/** The index in SEQUENCE_WORDS a traditional form stands for (首先 其次 再次 are the same in both). */
export const SEQUENCE_WORD_VARIANTS: ReadonlyMap<string, number> = new Map([['最後', 3]]);

/** The number alone, in a numeral style. */
export function formatNumeral(numeral: NumeralStyle, ordinal: number): string {
  switch (numeral) {
    case 'chinese':
      return formatChineseNumeral(ordinal);
    case 'ascii':
      return String(ordinal);
    case 'fullwidth':
      return toFullWidthDigits(ordinal);
    case 'circled':
      return formatCircled(ordinal);
    case 'parenthesized':
      return formatParenthesizedNumber(ordinal);
    case 'sequence':
      return SEQUENCE_WORDS[Math.min(ordinal, 4) - 1] ?? SEQUENCE_WORDS[3];
  }
}

/** Writes `ordinal` in a marker style: `formatMarker(markerStyle('chinese', '（', '）'), 3)` → `（三）`. */
export function formatMarker(style: MarkerStyle, ordinal: number): string {
  return style.prefix + formatNumeral(style.numeral, ordinal) + style.suffix;
}

function heading(series: StyleSeries, level: number, numeral: NumeralStyle, prefix: string, suffix: string): MarkerRow {
  const maxOrdinal = numeral === 'circled' || numeral === 'parenthesized' ? 20 : 999;
  return { kind: 'heading', level, family: undefined, series, style: markerStyle(numeral, prefix, suffix), maxOrdinal, standard: series === 'standard' };
}

function point(family: PointFamily, numeral: NumeralStyle, prefix: string, suffix: string, maxOrdinal: number, standard: boolean): MarkerRow {
  return { kind: 'point', level: 0, family, series: undefined, style: markerStyle(numeral, prefix, suffix), maxOrdinal, standard };
}

/**
 * Words between the number of a 第 marker and its separator: 第一点， 第一个方面， 第一个问题，
 * 第一条， (longest first; traditional 點 個 問題 條 too). Each word, and 其 (其一， 其二，), makes a series of its own within the 第 family, so a
 * 第一个方面 list can sit under a 第二点 point.
 */
export const DI_WORDS: readonly string[] = ['个方面', '個方面', '个问题', '個問題', '部分', '方面', '点', '點', '条', '條'];
/** Separators of a part (第一部分　2025年工作回顾): a blank, or a point's separator. */
const PART_SEPARATORS = ' \u3000';

/** What may follow the number (and word) of a 第 or 其 marker. */
export const POINT_SEPARATORS = '，,、：:';

/**
 * True for the style of a part of a long report (第一部分　2025年工作回顾: 部分, then a blank): a division
 * above the numbered headings, which nest under it and number afresh in each part (when it begins
 * its paragraph). 第一部分，讲形势。 is a point like 第一点，.
 */
export function isPartStyle(style: MarkerStyle | undefined): boolean {
  return style !== undefined && style.prefix === '第' && (style.suffix === '部分 ' || style.suffix === '部分\u3000');
}

/**
 * The series a point's marker belongs to within its family: 第一， 第一、 第一： are one series;
 * 第一点， 第一个方面， 第一条， and 其一， each another. Siblings share a series, another series nests.
 */
export function pointSeries(style: MarkerStyle): string {
  // Parts (第一部分　…) are a series of their own, apart from 第一部分，… points.
  return isPartStyle(style) ? '第部分　' : style.prefix + style.suffix.slice(0, -1);
}

/**
 * Units that make 三、四… a number range opening a sentence, never a heading: 三、四月份 一、二季度
 * 二、三产业 七、八十年代 十一、十二月份 一、二年级 三、四线城市 一、二等奖 二、三个月 三、五天; so does a
 * chain of numerals (一、二、三等奖). A heading whose text begins with a number and another word stays
 * a heading (三、四个全面, 一、二〇二五年工作回顾): 个 and 年 alone are not range units.
 */
export const RANGE_UNITS: readonly string[] = [
  '月', '季', '产业', '年代', '年级', '线', '等', '类', '级', '档', '期', '届', '批', '轮', '周', '天', '日', '岁', '次', '号', '成', '倍',
  '层', '个月', '个小时', '小时', '个百分点', '百分点', '万', '亿', '名', '位', '家', '人', '户',
];

/** Heading series as ladders of levels 1–4. The first series a style appears in is its own. */
const SERIES: Readonly<Record<StyleSeries, readonly [NumeralStyle, string, string][]>> = {
  standard: [['chinese', '', '、'], ['chinese', '（', '）'], ['ascii', '', '.'], ['ascii', '（', '）']],
  halfWidth: [['chinese', '', '、'], ['chinese', '(', ')'], ['ascii', '', '.'], ['ascii', '(', ')']],
  fullWidth: [['chinese', '', '、'], ['chinese', '（', '）'], ['fullwidth', '', '．'], ['fullwidth', '（', '）']],
  dun: [['chinese', '', '、'], ['chinese', '（', '）'], ['ascii', '', '、'], ['ascii', '（', '）']],
  enclosed: [['chinese', '', '、'], ['chinese', '（', '）'], ['ascii', '', '.'], ['parenthesized', '', '']],
  circled: [['chinese', '', '、'], ['chinese', '（', '）'], ['ascii', '', '.'], ['circled', '', '']],
  // 一． and 一. : level one with a period, as some pages and Word lists write it.
  period: [['chinese', '', '．'], ['chinese', '（', '）'], ['fullwidth', '', '．'], ['fullwidth', '（', '）']],
  halfPeriod: [['chinese', '', '.'], ['chinese', '(', ')'], ['ascii', '', '.'], ['ascii', '(', ')']],
};

/** The grammar: every heading style by series and level, then every point style by family (standard first). */
export const MARKER_GRAMMAR: readonly MarkerRow[] = [
  ...(Object.keys(SERIES) as StyleSeries[]).flatMap((series) =>
    SERIES[series].map(([numeral, prefix, suffix], index) => heading(series, index + 1, numeral, prefix, suffix))),
  point('yao', 'chinese', '', '要', 30, true),
  point('shi', 'chinese', '', '是', 30, true),
  point('di', 'chinese', '第', '，', 99, true),
  point('di', 'chinese', '第', ',', 99, false),
  point('di', 'chinese', '第', '、', 99, false),
  point('di', 'chinese', '第', '：', 99, false),
  point('di', 'chinese', '第', ':', 99, false),
  // 第一点， 第一个方面， 第一条， and 其一，: the 第 family in series of their own (see pointSeries).
  ...DI_WORDS.flatMap((word) => [...POINT_SEPARATORS].map((separator) => point('di', 'chinese', '第', word + separator, 99, false))),
  ...[...PART_SEPARATORS].map((separator) => point('di', 'chinese', '第', '部分' + separator, 20, false)),
  ...[...POINT_SEPARATORS].map((separator) => point('di', 'chinese', '其', separator, 10, false)),
  point('sequence', 'sequence', '', '，', 4, true),
  point('sequence', 'sequence', '', ',', 4, false),
];

// What the parser accepts: the rows' styles, and within one level (or family) and kind of numeral
// any mix of the rows' digit widths, opening and closing characters (（一) and １. are read too).
function numeralKind(numeral: NumeralStyle): string {
  return numeral === 'ascii' || numeral === 'fullwidth' ? 'digits' : numeral === 'circled' || numeral === 'parenthesized' ? 'enclosed' : numeral;
}

/** The row each accepted style reads as: its own row, or for a mix, the row of its numeral's style. */
const ROW_OF = new Map<MarkerStyle, MarkerRow>();
for (const row of MARKER_GRAMMAR) {
  if (!ROW_OF.has(row.style)) {
    ROW_OF.set(row.style, row);
  }
}
/** Rows read exactly as written, never mixed: 第一点， and 其一， (their words make series of their own). */
function isExact(row: MarkerRow): boolean {
  return row.style.suffix.length > 1 || row.style.prefix === '其';
}
// Each group once, each of its numerals once (with the row of its first style), its distinct
// prefixes and suffixes: a few hundred styles, built at every start of the extension and the CLI.
const GROUPS_DONE = new Set<string>();
for (const row of MARKER_GRAMMAR) {
  const key = `${row.kind}|${row.level}|${row.family}|${numeralKind(row.style.numeral)}`;
  if (isExact(row) || GROUPS_DONE.has(key)) {
    continue;
  }
  GROUPS_DONE.add(key);
  const group = MARKER_GRAMMAR.filter((other) => !isExact(other) &&
    other.kind === row.kind && other.level === row.level && other.family === row.family && numeralKind(other.style.numeral) === numeralKind(row.style.numeral));
  const prefixes = new Set(group.map((other) => other.style.prefix));
  const suffixes = new Set(group.map((other) => other.style.suffix));
  const numerals = new Set<NumeralStyle>();
  for (const a of group) {
    if (numerals.has(a.style.numeral)) {
      continue;
    }
    numerals.add(a.style.numeral);
    for (const prefix of prefixes) {
      for (const suffix of suffixes) {
        const style = markerStyle(a.style.numeral, prefix, suffix);
        if (!ROW_OF.has(style)) {
          // A mixed style belongs with the row of its numeral: １、 reads as full width.
          ROW_OF.set(style, ROW_OF.get(a.style)!);
        }
      }
    }
  }
}

/**
 * The grammar row a style reads as: for a heading style, its level and series; for a point style,
 * its family. Undefined for a style the parser does not accept.
 */
export function grammarRow(style: MarkerStyle): MarkerRow | undefined {
  return ROW_OF.get(style);
}

/** The style completion offers for a heading level (1–4) when the draft gives none: 一、 （一） 1. （1）. */
export function standardHeadingStyle(level: number): MarkerStyle | undefined {
  return MARKER_GRAMMAR.find((row) => row.kind === 'heading' && row.level === level && row.standard)?.style;
}

/** The usual style of a point family: 一要 一是 第一， 首先，. */
export function standardPointStyle(family: PointFamily): MarkerStyle {
  return MARKER_GRAMMAR.find((row) => row.kind === 'point' && row.family === family && row.standard)!.style;
}

/** The largest number the parser reads in a style (0 for a style it does not accept). */
export function maxOrdinal(style: MarkerStyle): number {
  return grammarRow(style)?.maxOrdinal ?? 0;
}

/**
 * The heading style of `level` in the same series as `style` (promote/demote): （一） → 一、 or 1.;
 * (一) → (1) at level 4; １． → （１）. A style outside every series (（一) with mixed brackets) is
 * read as its row's series. `hints` (such as the style of the section that moves) may tell the
 * series instead: a style that only the standard series has (一、, 1.) tells nothing, so a hint's
 * series wins over it (1. under (二) goes to (1), not （1）). Undefined when no style given is a
 * heading style, or for a level outside 1–4.
 */
export function styleAtLevel(style: MarkerStyle | undefined, level: number, hints: readonly (MarkerStyle | undefined)[] = []): MarkerStyle | undefined {
  const rows = [style, ...hints].map((given) => given && grammarRow(given)).filter((row): row is MarkerRow => row?.kind === 'heading');
  const series = (rows.find((row) => row.series !== 'standard') ?? rows[0])?.series;
  return series && MARKER_GRAMMAR.find((other) => other.kind === 'heading' && other.series === series && other.level === level)?.style;
}

/** The opening brackets of bracketed heading styles: （ and (. */
export const OPENING_BRACKETS: string = [...new Set(MARKER_GRAMMAR.filter((row) => row.kind === 'heading' && row.style.prefix !== '').map((row) => row.style.prefix))].join('');
/** Their closing brackets: ） and ). */
export const CLOSING_BRACKETS: string = [...new Set(MARKER_GRAMMAR.filter((row) => row.kind === 'heading' && row.style.prefix !== '').map((row) => row.style.suffix))].join('');
