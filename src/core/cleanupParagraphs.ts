// Steps 3 and 4 of the cleanup, on lines: split collapsed paragraphs (at runs of ideographic or
// no-break spaces, before a heading or point marker that follows a sentence end, and before a
// sub-heading run on after its heading, where the parser sees structure) and join
// hard-wrapped lines back into their paragraph or heading.

import { canStartHeading, canStartPoint, matchHeadingMarker, matchPointMarker, type MarkerMatch } from './markers';
import { isBlank } from './marks';
import { isDateOrSpeakerLine, isSalutationLike, isSpeechTitle } from './prelude';
import { columns, endsSentenceBeforeHeading, subheadingRunOn } from './scanText';
import { closesSentence, contentEnd, endsSentence, indentEnd, trimBlanks } from './cleanupText';

/** True when `piece` is a marker with nothing after it (一、 （二） 1. 一是 第一，): a run after it is not a paragraph break. */
function isBareMarker(piece: string): boolean {
  const probe = piece + '甲';
  const heading = canStartHeading(probe.charCodeAt(0)) ? matchHeadingMarker(probe, 0, probe.length) : undefined;
  const point = heading === undefined && canStartPoint(probe.charCodeAt(0)) ? matchPointMarker(probe, 0, probe.length) : undefined;
  return (heading ?? point)?.end === piece.length;
}

const IDEOGRAPHIC_SPACE = 0x3000;
const NO_BREAK_SPACE = 0xa0;

/** Lines split at space runs, each with the index of the line it came from. */
export interface SplitLines {
  readonly lines: string[];
  readonly source: number[];
}

/**
 * Splits lines at runs holding two or more ideographic or no-break spaces (the lost first-line
 * indent of the next paragraph). The run stays at the start of the new line, as its indent.
 * A run after a single character (讲　　话) or after a bare marker (一、　　总体要求) is not a break.
 * Whether a split separated paragraphs is known only once residue is removed (a web page's meta
 * line 时间：…　　来源：… splits into pieces that are all residue): `source` tells which pieces belong together.
 */
export function splitAtSpaceRuns(lines: readonly string[]): SplitLines {
  const out: string[] = [];
  const source: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const end = contentEnd(line);
    let pieceStart = 0;
    let i = indentEnd(line);
    let contentStart = i;
    while (i < end) {
      if (!isBlank(line.charCodeAt(i))) {
        i++;
        continue;
      }
      const runStart = i;
      let wide = 0;
      while (i < end && isBlank(line.charCodeAt(i))) {
        const code = line.charCodeAt(i);
        if (code === IDEOGRAPHIC_SPACE || code === NO_BREAK_SPACE) {
          wide++;
        }
        i++;
      }
      if (wide >= 2 && i < end && runStart - contentStart >= 2 && !isBareMarker(line.slice(contentStart, runStart))) {
        out.push(line.slice(pieceStart, runStart));
        source.push(index);
        pieceStart = runStart;
        contentStart = i;
      }
    }
    out.push(pieceStart === 0 ? line : line.slice(pieceStart));
    source.push(index);
  }
  return { lines: out, source };
}

interface Boundary {
  /** Where the heading or point starts. */
  readonly at: number;
  /** Where the line is cut: after the sentence end and its closing marks (the blanks go with the next line). */
  readonly cut: number;
  /** A heading after a sentence end (evidence that the page was collapsed). */
  readonly heading: boolean;
  /** A sub-heading run on after its heading's text with no mark between (一、统一思想（一）提高认识…). */
  readonly runOn: boolean;
}

/**
 * Where `line` holds structure the parser reads inside a line: a heading or point marker right
 * after a sentence end (。！？ as the parser reads it: after ；or ： the points of one paragraph
 * go on, 一是…；二是…), and a sub-heading numbered one run on after its heading's text.
 */
function markerBoundaries(line: string): Boundary[] {
  const found: Boundary[] = [];
  const end = line.length;
  // A heading's text may run into its first sub-heading, and that one into its own (the parser's rule).
  const runOns = (heading: MarkerMatch): void => {
    for (let match: MarkerMatch | undefined = heading; match !== undefined;) {
      const at = subheadingRunOn(line, match.level, match.end, end);
      if (at < 0) {
        return;
      }
      found.push({ at, cut: at, heading: true, runOn: true });
      match = matchHeadingMarker(line, at, end);
    }
  };
  const start = indentEnd(line);
  if (start < end && canStartHeading(line.charCodeAt(start))) {
    const heading = matchHeadingMarker(line, start, end);
    if (heading !== undefined) {
      runOns(heading);
    }
  }
  for (let i = found.length === 0 ? start : found[found.length - 1].at; i < end; i++) {
    if (!endsSentenceBeforeHeading(line.charCodeAt(i))) {
      continue;
    }
    let cut = i + 1;
    while (cut < end && closesSentence(line.charCodeAt(cut))) {
      cut++;
    }
    let j = cut;
    while (j < end && isBlank(line.charCodeAt(j))) {
      j++;
    }
    if (j >= end) {
      break;
    }
    const code = line.charCodeAt(j);
    const heading = canStartHeading(code) ? matchHeadingMarker(line, j, end) : undefined;
    if (heading !== undefined) {
      found.push({ at: j, cut, heading: true, runOn: false });
      runOns(heading);
      i = found[found.length - 1].at;
      continue;
    }
    if (canStartPoint(code) && matchPointMarker(line, j, end) !== undefined) {
      found.push({ at: j, cut, heading: false, runOn: false });
    }
    i = j - 1;
  }
  return found;
}

/**
 * Splits collapsed lines before every heading or point marker that follows a sentence end. Only
 * when the text shows it was collapsed (`collapsed`: runs were split; or a line holds two or more
 * headings after sentence ends, or a sub-heading run on after its heading): otherwise 一是…。二是…。
 * in one paragraph, and a sentence like …。三、四月份… , stay as written. A run-on sub-heading is
 * always split off, as the parser always reads it as a sub-heading.
 */
export function splitAtMarkers(lines: readonly string[], collapsed: boolean, counts: { paragraphsSplit: number }): string[] {
  const boundaries = lines.map((line) => (line.length < 4 ? [] : markerBoundaries(line)));
  const evidence = collapsed || boundaries.some((found) => found.some((b) => b.runOn) || found.filter((b) => b.heading).length >= 2);
  const out: string[] = [];
  lines.forEach((line, index) => {
    let start = 0;
    for (const boundary of boundaries[index]) {
      if (evidence || boundary.runOn) {
        out.push(line.slice(start, boundary.cut));
        counts.paragraphsSplit++;
        start = boundary.at;
      }
    }
    out.push(start === 0 ? line : line.slice(start));
  });
  return out;
}

/** Wrap widths considered, in printed columns (scanText.columns: a non-ASCII character is two). */
const MIN_WRAP = 40;
const MAX_WRAP = 200;
/** How much shorter than the wrap width a full line may be (justification, punctuation at line ends). */
const TOLERANCE = 6;

/** True when `line` can continue the paragraph of the line before it: not blank, not indented, not a marker. */
function continues(line: string): boolean {
  if (line.length === 0 || isBlank(line.charCodeAt(0))) {
    return false;
  }
  const code = line.charCodeAt(0);
  return !(canStartHeading(code) && matchHeadingMarker(line, 0, line.length) !== undefined) &&
    !(canStartPoint(code) && matchPointMarker(line, 0, line.length) !== undefined);
}

/**
 * A speech's title (…会议上的讲话) as long as the wrap width, then its salutation or date line: the
 * end of a paragraph, not a wrap (the parser's prelude rules, prelude.ts).
 */
function titleBeforePrelude(line: string, next: string): boolean {
  const title = trimBlanks(line);
  const after = trimBlanks(next);
  return after.length > 1 && isSpeechTitle(title) && (isSalutationLike(after) || isDateOrSpeakerLine(after));
}

function isAsciiWord(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Joins hard-wrapped lines (text from a PDF) back into their paragraph or heading. The text is
 * taken as wrapped only when its lines show a wrap width: several lines of nearly one width, and
 * almost none wider. A line at that width that does not end a sentence then continues on the next
 * line, unless the next line is blank, indented or starts with a marker.
 */
export function joinWrappedLines(lines: readonly string[], counts: { linesJoined: number }): string[] {
  // A PDF is print: its lines are measured as the parser measures a hard wrap (every non-ASCII
  // character a full cell, “” and —— too), not by a terminal's East Asian width.
  const widths = lines.map((line) => columns(line, 0, line.length));
  const histogram = new Int32Array(MAX_WRAP * 2 + 2);
  let nonBlank = 0;
  for (const width of widths) {
    if (width > 0) {
      histogram[Math.min(width, histogram.length - 1)]++;
      nonBlank++;
    }
  }
  const prefix = new Int32Array(histogram.length + 1);
  for (let w = 0; w < histogram.length; w++) {
    prefix[w + 1] = prefix[w] + histogram[w];
  }
  const inBand = (w: number): number => prefix[w + 1] - prefix[Math.max(0, w - TOLERANCE)];
  let wrap = 0;
  let best = 0;
  for (let w = MIN_WRAP; w <= MAX_WRAP; w++) {
    if (inBand(w) >= best) {
      best = inBand(w);
      wrap = w;
    }
  }
  const wider = nonBlank - prefix[Math.min(wrap + TOLERANCE + 1, prefix.length - 1)];
  if (best < 3 || wider > Math.max(2, nonBlank / 10)) {
    return [...lines];
  }
  const joinsNext = (index: number): boolean => index + 1 < lines.length && widths[index] >= wrap - TOLERANCE && widths[index] <= wrap + TOLERANCE &&
    !endsSentence(lines[index]) && continues(lines[index + 1]) && !titleBeforePrelude(lines[index], lines[index + 1]);
  let joinable = 0;
  for (let index = 0; index < lines.length && joinable < 3; index++) {
    if (joinsNext(index)) {
      joinable++;
    }
  }
  if (joinable < 3) {
    return [...lines];
  }
  const out: string[] = [];
  let current: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (current === undefined) {
      current = line;
    } else {
      const head = current.slice(0, contentEnd(current));
      const tail = line.slice(0, contentEnd(line));
      const space = isAsciiWord(head.charCodeAt(head.length - 1)) && isAsciiWord(tail.charCodeAt(0)) ? ' ' : '';
      current = head + space + tail;
      counts.linesJoined++;
    }
    if (!joinsNext(index)) {
      out.push(current);
      current = undefined;
    }
  }
  return out;
}
