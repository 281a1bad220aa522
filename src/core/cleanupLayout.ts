// Step 6 of the cleanup: one paragraph per line, blank lines and first-line indents as the user
// chooses. Trailing blanks always go.

import { canStartHeading, canStartPoint, matchHeadingMarker, matchPointMarker } from './markers';
import { isBlank } from './marks';
import { parseSpeech } from './model';
import { isDigit } from './numerals';
import { indentEnd, trimBlanks } from './cleanupText';

/** Blank lines between paragraphs: none, exactly one, or as the draft has them (a run becomes one). */
export type BlankLines = 'none' | 'one' | 'keep';
/**
 * First-line indent: none; two ideographic spaces on every body paragraph; or as the draft has it
 * (any indent becomes two ideographic spaces). The title, date lines and salutation are never
 * indented, and with `ideographic` neither are headings that start their line (see flushLeftParagraphs).
 */
export type Indent = 'none' | 'ideographic' | 'keep';

export const INDENT = '\u3000\u3000';

/** The end of a heading or point marker at the start of `line` (after its indent) when blanks follow it, else -1. */
function markerBeforeBlank(line: string): number {
  const start = indentEnd(line);
  const code = line.charCodeAt(start);
  const match = (canStartHeading(code) ? matchHeadingMarker(line, start, line.length) : undefined) ??
    (canStartPoint(code) ? matchPointMarker(line, start, line.length) : undefined);
  return match !== undefined && isBlank(line.charCodeAt(match.end)) ? match.end : -1;
}

/**
 * The blanks between a heading or point marker that begins its line and its text go, as GB/T
 * 9704 writes it and Word's automatic numbering does not (一、<TAB>提高站位, 1. 加强师资, （一）　深化改革
 * → 一、提高站位): only where the parser reads that marker as a heading or point of its own line,
 * and never before a digit (1. 5亿元 would become a number). `counts.markerBlanks` counts the markers.
 */
export function closeMarkerGaps(lines: readonly string[], counts: { markerBlanks: number }): string[] {
  const candidates = new Map<number, number>();
  for (let index = 0; index < lines.length; index++) {
    const end = markerBeforeBlank(lines[index]);
    if (end >= 0) {
      candidates.set(index, end);
    }
  }
  if (candidates.size === 0) {
    return [...lines];
  }
  // Where each line starts in the text the parser reads (lines joined by '\n', none holding a break).
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const readAt = new Set<number>();
  for (const node of parseSpeech(lines.join('\n')).nodes) {
    if ((node.kind === 'heading' || node.kind === 'point') && !node.inline) {
      readAt.add(node.markerEnd);
    }
  }
  const out = [...lines];
  for (const [index, end] of candidates) {
    const line = lines[index];
    let text = end;
    while (text < line.length && isBlank(line.charCodeAt(text))) {
      text++;
    }
    if (text < line.length && !isDigit(line.charCodeAt(text)) && readAt.has(starts[index] + end)) {
      out[index] = line.slice(0, end) + line.slice(text);
      counts.markerBlanks++;
    }
  }
  return out;
}

/** Lays out `lines` (no line breaks inside) as paragraphs joined by `eol`. */
export function layOut(lines: readonly string[], blankLines: BlankLines, indent: Indent, eol: string): string {
  const paragraphs: { text: string; indented: boolean; blankBefore: boolean }[] = [];
  let blank = false;
  for (const line of lines) {
    const text = trimBlanks(line);
    if (text.length === 0) {
      blank = true;
      continue;
    }
    paragraphs.push({ text, indented: indentEnd(line) > 0, blankBefore: blank && paragraphs.length > 0 });
    blank = false;
  }
  const separator = (index: number): string => {
    if (index === 0) {
      return '';
    }
    const blankLine = blankLines === 'one' || (blankLines === 'keep' && paragraphs[index].blankBefore);
    return blankLine ? eol + eol : eol;
  };
  const flush = indent === 'none' ? undefined : flushLeftParagraphs(paragraphs.map((paragraph, index) => ({ text: paragraph.text, blankBefore: separator(index).length > eol.length })), indent);
  const out: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const indented = indent !== 'none' && !flush!.has(index) && (indent === 'ideographic' || paragraph.indented);
    out.push(separator(index), indented ? INDENT : '', paragraph.text);
  });
  return out.join('');
}

/**
 * The paragraphs (indexes) that stay flush left, read from the model of the laid-out text: the
 * title (GB/T 9704 centres it), date and speaker lines and the salutation always; with
 * `ideographic` also the numbered headings that begin their line (as in our samples: 一、 （一） 1.
 * flush left; body paragraphs, points and the closing indented). `keep` leaves headings as the
 * draft has them.
 */
function flushLeftParagraphs(paragraphs: readonly { text: string; blankBefore: boolean }[], indent: 'ideographic' | 'keep'): Set<number> {
  // The text as laid out, without indents and with '\n' breaks; paragraphOf[line] = its paragraph.
  const paragraphOf: number[] = [];
  const plain = paragraphs.map((paragraph, index) => {
    if (paragraph.blankBefore) {
      paragraphOf.push(-1);
    }
    paragraphOf.push(index);
    return (paragraph.blankBefore ? '\n' : '') + paragraph.text;
  }).join('\n');
  const model = parseSpeech(plain);
  const flush = new Set<number>();
  for (const node of model.nodes) {
    const prelude = node.kind === 'title' || node.kind === 'dateline' || node.kind === 'salutation';
    if (prelude || (indent === 'ideographic' && node.kind === 'heading' && !node.inline)) {
      // A two-line title (its subtitle line) stays flush left too.
      const last = prelude ? model.lines.lineAt(Math.max(node.start, node.headingEnd - 1)) : node.line;
      for (let line = node.line; line <= last; line++) {
        flush.add(paragraphOf[line]);
      }
    }
  }
  return flush;
}
