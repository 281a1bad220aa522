// What comes next: the markers a writer may want at a position of a draft, derived from the
// shared model. At a paragraph start that is the next sibling of every open level (三、 after 二、,
// 3. after 2. inside （一）, 三要 after 二要) and the first child of the innermost open node
// (（一） under 一、); after a sentence end inside a paragraph only points fit.

import { CLOSING_BRACKETS, formatMarker, maxOrdinal, OPENING_BRACKETS, standardHeadingStyle, SEQUENCE_WORDS, standardPointStyle, type MarkerStyle, type PointFamily } from './grammar';
import { canStartHeading, canStartPoint, sequenceWordAt } from './markers';
import { isBlank, isClosingMark, isLeadEnd, isLineBreak } from './marks';
import type { SpeechModel, SpeechNode } from './model';
import { formatChineseNumeral } from './numerals';
import { majorityStyle, ownMembers, sequenceOf, sequenceStyle } from './siblings';

/** `next` continues a sequence; `first` opens a new one under a node (or at the top level). */
export type MarkerRelation = 'next' | 'first';

/** One marker the writer may want at the cursor. */
export interface MarkerCandidate {
  /** The marker as it would be written: 三、 （三） 3. 三要 第三， 其次， */
  readonly marker: string;
  readonly kind: 'heading' | 'point';
  /** Headings: 1–4. Points: the level the point would get (one below its parent, 1 at the top). */
  readonly level: number;
  /** The point family, for points only. */
  readonly family: PointFamily | undefined;
  readonly ordinal: number;
  readonly style: MarkerStyle;
  readonly relation: MarkerRelation;
  /** The node the new marker would belong to; undefined at the top level. */
  readonly parent: SpeechNode | undefined;
  /** For `next`: the sibling it continues. */
  readonly previous: SpeechNode | undefined;
  /** For `next`: the last few sibling markers of the sequence, oldest first (for display). */
  readonly sequence: readonly string[];
}

/** Where a marker can be written at the cursor, what the writer typed of it, and what fits. */
export interface MarkerContext {
  /** Offset where the marker would start: the line start after indentation, or after a sentence end. */
  readonly start: number;
  /** Offset just past the text a marker replaces: the cursor, or past an auto-closed bracket after it. */
  readonly end: number;
  /** The part of a marker typed so far (text between `start` and the cursor). */
  readonly typed: string;
  /** True inside a paragraph, after a sentence end: only points can start there. */
  readonly inline: boolean;
  /** The candidates that fit `typed`, most likely first. */
  readonly candidates: readonly MarkerCandidate[];
}

/** Longest marker prefix a writer types before it is clearly text, not a marker (（一百零一） is 7). */
const MAX_TYPED = 8;
/** How many earlier sibling markers a candidate shows. */
const SEQUENCE_SHOWN = 3;

/** The order in which new point sequences are offered when the draft gives no preference. */
const FAMILY_ORDER: readonly PointFamily[] = ['yao', 'shi', 'di', 'sequence'];
/** At the top level of a speech, 第一， is the usual enumeration. */
const TOP_FAMILY_ORDER: readonly PointFamily[] = ['di', 'shi', 'yao', 'sequence'];

/**
 * The markers that continue the numbering at `offset` in `text` (the text `model` was parsed from),
 * or undefined where no marker can start: in the middle of a sentence, or after more than a short
 * marker's worth of typed text.
 */
export function nextMarkers(model: SpeechModel, text: string, offset: number): MarkerContext | undefined {
  if (offset < 0 || offset > text.length) {
    return undefined;
  }
  const line = model.lines.lineAt(offset);
  const lineStart = model.lines.lineStart(line);
  const prefix = markerPrefixAt(text.slice(lineStart, model.lines.lineContentEnd(line)), offset - lineStart);
  if (prefix === undefined) {
    return undefined;
  }
  const { inline, typed } = prefix;
  const start = lineStart + prefix.start;
  const end = offset + autoClosedBracketLength(text, typed, offset);

  const innermost = lastOpenNode(model, start);
  let candidates: MarkerCandidate[];
  if (innermost === undefined) {
    candidates = topLevelFirsts(model);
  } else {
    const chain: SpeechNode[] = [];
    for (let node: SpeechNode | undefined = innermost; node; node = node.parent) {
      chain.push(node);
    }
    // A series restarted inside a point (二是…：一是…二是…) goes on only inside its paragraph.
    const siblings = chain.filter((node) => inline || !node.nested).flatMap((node) => continuations(model, node, start));
    const firsts = firstChildren(model, innermost, chain);
    // Right under a heading with no body yet, its first child is the likeliest next line.
    const bare = innermost.kind === 'heading' && !hasBodyBetween(text, innermost.headingEnd, start);
    candidates = bare ? [...firsts, ...siblings] : [...siblings, ...firsts];
  }
  const seen = new Set<string>();
  const fitting = candidates.filter((candidate) => {
    if ((inline && candidate.kind !== 'point') || seen.has(candidate.marker) || !fitsTyped(typed, candidate)) {
      return false;
    }
    seen.add(candidate.marker);
    return true;
  });
  return { start, end, typed, inline, candidates: fitting };
}

/** Where a marker being typed on a line begins, and what has been typed of it. */
export interface MarkerPrefix {
  /** Character on the line where the marker begins. */
  readonly start: number;
  /** The part of the marker typed so far (from `start` to the cursor). */
  readonly typed: string;
  /** True after a sentence end inside the paragraph, false at its start. */
  readonly inline: boolean;
}

/**
 * Where a marker typed at `character` of a line would begin: after the line's indentation, or
 * after a sentence end (and closing quotes and blanks) inside it. Undefined in mid-sentence and
 * when the typed text cannot begin any marker. Needs the line only, so callers can rule a
 * position out before they parse the draft.
 */
export function markerPrefixAt(lineText: string, character: number): MarkerPrefix | undefined {
  if (character < 0 || character > lineText.length) {
    return undefined;
  }
  let start = character;
  while (start > 0 && character - start <= MAX_TYPED) {
    const code = lineText.charCodeAt(start - 1);
    if (isBlank(code) || isLeadEnd(code)) {
      break;
    }
    start--;
  }
  if (character - start > MAX_TYPED) {
    return undefined;
  }
  let before = start;
  while (before > 0 && isBlank(lineText.charCodeAt(before - 1))) {
    before--;
  }
  let inline = false;
  if (before > 0) {
    // Closing quotes may stand on either side of the sentence end: 。” or ”。
    while (before > 0 && (isClosingMark(lineText.charCodeAt(before - 1)) || isBlank(lineText.charCodeAt(before - 1)))) {
      before--;
    }
    if (before === 0 || !isLeadEnd(lineText.charCodeAt(before - 1))) {
      return undefined;
    }
    while (start < character && (isClosingMark(lineText.charCodeAt(start)) || isBlank(lineText.charCodeAt(start)))) {
      start++;
    }
    inline = true;
  }
  const typed = lineText.slice(start, character);
  if (typed.length > 0 && !canStartHeading(typed.charCodeAt(0)) && !canStartPoint(typed.charCodeAt(0))) {
    return undefined;
  }
  return { start, typed, inline };
}

/** 1 when the typed text opens a bracket that the editor closed right after the cursor: （|）. */
function autoClosedBracketLength(text: string, typed: string, offset: number): number {
  if (typed.length === 0 || !OPENING_BRACKETS.includes(typed[0]) || [...CLOSING_BRACKETS].some((close) => typed.includes(close))) {
    return 0;
  }
  return offset < text.length && CLOSING_BRACKETS.includes(text[offset]) ? 1 : 0;
}

/**
 * The innermost heading or point before `start` whose numbering is still open there. A title or
 * salutation in between starts a new speech (nothing is open); a closing is looked through, since
 * a 希望… paragraph at the end of an unfinished draft only looks like one.
 */
function lastOpenNode(model: SpeechModel, start: number): SpeechNode | undefined {
  const nodes = model.nodes;
  let low = 0;
  let high = nodes.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (nodes[mid].start < start) {
      last = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  for (let i = last; i >= 0; i--) {
    const node = nodes[i];
    if (node.kind === 'heading' || node.kind === 'point') {
      return node;
    }
    if (node.kind !== 'closing') {
      return undefined;
    }
  }
  return undefined;
}

/**
 * True when anything but blanks and line breaks lies in [from, to). A heading written as a
 * sentence (2.消费市场回暖。) reads like one of a list, so its end mark counts as body.
 */
function hasBodyBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isBlank(code) && !isLineBreak(code)) {
      return true;
    }
  }
  return false;
}

/** The members of `node`'s sibling sequence up to and including it, oldest first. */
function sequenceUpTo(model: SpeechModel, node: SpeechNode): SpeechNode[] {
  const sequence = sequenceOf(model, node);
  if (sequence === undefined) {
    return [node];
  }
  return sequence.members.slice(0, sequence.members.indexOf(node) + 1);
}

/**
 * The next sibling in `node`'s sequence, when `node` is its last member before `start`: 三、 after
 * 二、, 三要 after 一要…。二是… (the list 二是 continues), 其次， after 首先，; 再次， and 最后，
 * after 其次，. Written in the style the checks ask of the sequence (`sequenceStyle`).
 */
function continuations(model: SpeechModel, node: SpeechNode, start: number): MarkerCandidate[] {
  const sequence = sequenceOf(model, node);
  if (sequence === undefined || node.style === undefined) {
    return [];
  }
  const index = sequence.members.indexOf(node);
  const after = sequence.members[index + 1];
  if (after !== undefined && after.start < start) {
    return []; // a later member (a point continuing the list in another family) continues it
  }
  const own = ownMembers(sequence)[0] ?? node;
  const style = sequenceStyle(sequence) ?? node.style;
  const shown = sequence.members.slice(Math.max(0, index + 1 - SEQUENCE_SHOWN), index + 1).map((sibling) => sibling.marker);
  const make = (marker: string, ordinal: number): MarkerCandidate => ({
    marker, kind: own.kind === 'heading' ? 'heading' : 'point', level: own.level, family: own.family, ordinal, style,
    relation: 'next', parent: own.parent, previous: node, sequence: shown,
  });
  if (own.family === 'sequence') {
    if (sequenceWordAt(node.marker, 0) === SEQUENCE_WORDS.length - 1) { // 最后 (最後) ends the list
      return [];
    }
    const next = node.ordinal + 1;
    // formatMarker writes ordinals 1–4 as 首先 其次 再次 最后; the parser numbers 最后 after its predecessor.
    const out = [make(formatMarker(style, Math.min(next, 4)), next)];
    if (next < 4) {
      out.push(make(formatMarker(style, 4), next));
    }
    return out;
  }
  const next = node.ordinal + 1;
  // Past the largest number the parser reads in this style (三十一要), the marker would not be one.
  return next <= maxOrdinal(style) ? [make(formatMarker(style, next), next)] : [];
}

/** The heading level and style the children of a heading use: as its earlier siblings' children do, else one level down. */
function childHeading(model: SpeechModel, heading: SpeechNode): { level: number; style: MarkerStyle } | undefined {
  const earlier = sequenceUpTo(model, heading);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const child = earlier[i].children.find((node) => node.kind === 'heading');
    if (child !== undefined && child.style !== undefined) {
      return { level: child.level, style: child.style };
    }
  }
  const level = heading.level + 1;
  const style = headingStyleInUse(model, level);
  return style !== undefined ? { level, style } : undefined;
}

/** The style the draft uses most for headings of `level`, else the standard one (GB/T 9704). */
function headingStyleInUse(model: SpeechModel, level: number): MarkerStyle | undefined {
  return majorityStyle(model.nodes.filter((node) => node.kind === 'heading' && node.level === level)) ?? standardHeadingStyle(level);
}

/** The style the draft uses most for a point family, else its usual one. */
function pointStyleInUse(model: SpeechModel, family: PointFamily): MarkerStyle {
  return majorityStyle(model.nodes.filter((node) => node.kind === 'point' && node.family === family)) ?? standardPointStyle(family);
}

function firstHeading(level: number, style: MarkerStyle, parent: SpeechNode | undefined): MarkerCandidate {
  return { marker: formatMarker(style, 1), kind: 'heading', level, family: undefined, ordinal: 1, style, relation: 'first', parent, previous: undefined, sequence: [] };
}

function firstPoint(model: SpeechModel, family: PointFamily, parent: SpeechNode | undefined): MarkerCandidate {
  const style = pointStyleInUse(model, family);
  return {
    marker: formatMarker(style, 1), kind: 'point', level: parent ? parent.level + 1 : 1, family, ordinal: 1, style,
    relation: 'first', parent, previous: undefined, sequence: [],
  };
}

/**
 * The first child of `node`: a heading one level down (for headings), then the point families
 * not already open around it, the family its earlier siblings used first.
 */
function firstChildren(model: SpeechModel, node: SpeechNode, chain: readonly SpeechNode[]): MarkerCandidate[] {
  const out: MarkerCandidate[] = [];
  if (node.kind === 'heading') {
    const child = childHeading(model, node);
    if (child !== undefined) {
      out.push(firstHeading(child.level, child.style, node));
    }
  }
  const open = new Set(chain.map((ancestor) => ancestor.family));
  const preferred = sequenceUpTo(model, node)
    .reverse()
    .flatMap((sibling) => sibling.children.filter((child) => child.kind === 'point').slice(0, 1))
    .map((child) => child.family!);
  for (const family of [...preferred, ...FAMILY_ORDER]) {
    if (!open.has(family)) {
      open.add(family);
      out.push(firstPoint(model, family, node));
    }
  }
  return out;
}

/** Before any structure (or at the start of a new speech): 一、 （一） and the point families. */
function topLevelFirsts(model: SpeechModel): MarkerCandidate[] {
  return [
    firstHeading(1, headingStyleInUse(model, 1)!, undefined),
    firstHeading(2, headingStyleInUse(model, 2)!, undefined),
    ...TOP_FAMILY_ORDER.map((family) => firstPoint(model, family, undefined)),
  ];
}

/** Width-folds brackets, digits and separators so （三 and (三 are typed alike. */
function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) {
      out += String.fromCharCode(code - 0xff10 + 0x30);
    } else {
      out += FOLDED.get(char) ?? char;
    }
  }
  return out;
}

const FOLDED = new Map([['（', '('], ['）', ')'], ['．', '.'], ['，', ','], ['：', ':'], ['；', ';']]);

/** How a candidate may be typed: as written, or with its number in the other script (3. ↔ 三). */
function spellings(candidate: MarkerCandidate): string[] {
  const { style, ordinal } = candidate;
  const out = [candidate.marker];
  switch (style.numeral) {
    case 'chinese':
      out.push(style.prefix + String(ordinal) + style.suffix);
      break;
    case 'ascii':
    case 'fullwidth':
      out.push(style.prefix + formatChineseNumeral(ordinal) + style.suffix);
      break;
    case 'circled':
    case 'parenthesized':
      out.push(`(${ordinal})`, String(ordinal));
      break;
    case 'sequence':
      break;
  }
  return out.map(fold);
}

/** True when `typed` is the beginning of one of the candidate's spellings. */
function fitsTyped(typed: string, candidate: MarkerCandidate): boolean {
  if (typed.length === 0) {
    return true;
  }
  const folded = fold(typed);
  return spellings(candidate).some((spelling) => spelling.startsWith(folded));
}
