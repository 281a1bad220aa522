// What to highlight in a draft, from the model (never a regex grammar): the title, each heading by
// level, points' markers and lead phrases (inline points too), the salutation, date lines and the
// closing's lead. The VS Code layer turns these spans into semantic tokens.

import { isLineBreak } from './marks';
import type { SpeechModel } from './model';
import { isPageNumberLine } from './residue';

/** The kinds of highlighted span. */
export type HighlightPart = 'title' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'pointMarker' | 'pointLead' | 'salutation' | 'dateline' | 'closing';

/** Every part, in a fixed order (the semantic token legend's). */
export const HIGHLIGHT_PARTS: readonly HighlightPart[] = ['title', 'heading1', 'heading2', 'heading3', 'heading4', 'pointMarker', 'pointLead', 'salutation', 'dateline', 'closing'];

/** A highlighted span [start, end) of the text, on one line. */
export interface HighlightSpan {
  readonly start: number;
  readonly end: number;
  readonly part: HighlightPart;
}

/**
 * The highlighted spans in document order, none empty, none overlapping, none across a line
 * break. Headings deeper than four levels (never in GB/T 9704) highlight as level 4.
 */
export function highlightSpans(model: SpeechModel): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  const text = model.text;
  // A title set on two lines, or a heading or lead a PDF wrapped, runs over line breaks (and maybe
  // page-number lines): one span for each of its lines, none for a page number between them.
  const push = (start: number, end: number, part: HighlightPart): void => {
    let from = start;
    while (from < end) {
      let stop = from;
      while (stop < end && !isLineBreak(text.charCodeAt(stop))) {
        stop++;
      }
      if (stop > from && (from === start || !isPageNumberLine(text.slice(from, stop).trim()))) {
        spans.push({ start: from, end: stop, part });
      }
      from = stop;
      while (from < end && isLineBreak(text.charCodeAt(from))) {
        from++;
      }
    }
  };
  for (const node of model.nodes) {
    switch (node.kind) {
      case 'title':
      case 'salutation':
      case 'dateline':
      case 'closing':
        push(node.start, node.headingEnd, node.kind);
        break;
      case 'heading':
        push(node.start, node.headingEnd, `heading${Math.min(Math.max(node.level, 1), 4)}` as HighlightPart);
        break;
      case 'point':
        push(node.start, node.markerEnd, 'pointMarker');
        push(node.markerEnd, node.headingEnd, 'pointLead');
        break;
    }
  }
  return spans;
}
