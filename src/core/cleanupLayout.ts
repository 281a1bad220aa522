// Step 6 of the cleanup: one paragraph per line, blank lines and first-line indents as the user
// chooses. Trailing blanks always go.

import { parseSpeech } from './model';
import { indentEnd, trimBlanks } from './cleanupText';

/** Blank lines between paragraphs: none, exactly one, or as the draft has them (a run becomes one). */
export type BlankLines = 'none' | 'one' | 'keep';
/** First-line indent: none, two ideographic spaces (not on the title, date line or salutation), or as the draft has it (any indent becomes two ideographic spaces). */
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
  let noIndent: Set<number> | undefined;
  if (indent === 'ideographic') {
    // The title, date line and salutation stay flush left (GB/T 9704 centres the title; 同志们： starts the line).
    let plain = '';
    const lineOf: number[] = [];
    let line = 0;
    paragraphs.forEach((paragraph, index) => {
      const sep = separator(index);
      line += sep === '' ? 0 : sep === eol ? 1 : 2;
      lineOf.push(line);
      plain += sep.replaceAll('\r', '') + paragraph.text;
    });
    const prelude = new Set<number>();
    for (const node of parseSpeech(plain).nodes) {
      if (node.kind === 'title' || node.kind === 'dateline' || node.kind === 'salutation') {
        prelude.add(node.line);
      }
    }
    noIndent = new Set(lineOf.flatMap((at, index) => (prelude.has(at) ? [index] : [])));
  }
  const out: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const indented = indent === 'keep' ? paragraph.indented : indent === 'ideographic' && !noIndent?.has(index);
    out.push(separator(index), indented ? INDENT : '', paragraph.text);
  });
  return out.join('');
}
