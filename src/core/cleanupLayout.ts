// Step 6 of the cleanup: one paragraph per line, blank lines and first-line indents as the user
// chooses. Trailing blanks always go.

import { parseSpeech } from './model';
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
