// What to highlight in a draft, from the model (never a regex grammar): the title, each heading by
// level, points' markers and lead phrases (inline points too), the salutation, date lines and the
// closing's lead. The VS Code layer turns these spans into semantic tokens.

import type { SpeechModel } from './model';

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
  const push = (start: number, end: number, part: HighlightPart): void => {
    // Nodes' headings end at their line's end; cut at a line break anyway, to be safe.
    let stop = start;
    while (stop < end && text.charCodeAt(stop) !== 0x0a && text.charCodeAt(stop) !== 0x0d) {
      stop++;
    }
    if (stop > start) {
      spans.push({ start, end: stop, part });
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
