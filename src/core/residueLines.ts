// The lines of a parsed draft that are web residue (breadcrumbs, meta lines, page actions,
// footers, page numbers): lines no node begins on whose content the residue table knows. The
// outline has no node for them, the Word export leaves them out, and the counts skip them.

import { isBlank } from './marks';
import type { SpeechModel } from './model';
import { isResidueSpan } from './residue';
import { trimEndOffset } from './scanText';

const cache = new WeakMap<SpeechModel, Int32Array>();

/**
 * The residue lines of `model`, as [contentStart, contentEnd) pairs in document order
 * (indentation and trailing blanks are not part of a span). Computed once per model.
 */
export function residueSpans(model: SpeechModel): Int32Array {
  let spans = cache.get(model);
  if (spans !== undefined) {
    return spans;
  }
  const { text, lines, nodes } = model;
  const found: number[] = [];
  // The first node starting at or after the line's content: nodes come in document order.
  let next = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const lineEnd = lines.lineContentEnd(line);
    let pos = lines.lineStart(line);
    while (pos < lineEnd && isBlank(text.charCodeAt(pos))) {
      pos++;
    }
    const end = trimEndOffset(text, pos, lineEnd);
    if (pos >= end || !isResidueSpan(text, pos, end)) {
      continue;
    }
    // A heading or point is never residue: a line a node begins on is content.
    while (next < nodes.length && nodes[next].start < pos) {
      next++;
    }
    if (next < nodes.length && nodes[next].start === pos) {
      continue;
    }
    found.push(pos, end);
  }
  spans = Int32Array.from(found);
  cache.set(model, spans);
  return spans;
}
