// The lines of a parsed draft that are web residue (breadcrumbs, meta lines, page actions,
// footers, page numbers): lines no node begins on whose content the residue table knows. The
// outline has no node for them, the Word export leaves them out, and the counts skip them.

import { isBlank } from './marks';
import type { SpeechModel } from './model';
import { isResidueSpan } from './residue';

const cache = new WeakMap<SpeechModel, Int32Array>();

/** Index of the first node starting at or after `offset` (nodes come in document order). */
function firstNodeFrom(model: SpeechModel, offset: number): number {
  const nodes = model.nodes;
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (nodes[mid].start < offset) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

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
  for (let line = 0; line < lines.lineCount; line++) {
    const lineEnd = lines.lineContentEnd(line);
    let pos = lines.lineStart(line);
    while (pos < lineEnd && isBlank(text.charCodeAt(pos))) {
      pos++;
    }
    let end = lineEnd;
    while (end > pos && isBlank(text.charCodeAt(end - 1))) {
      end--;
    }
    if (pos >= end || !isResidueSpan(text, pos, end)) {
      continue;
    }
    // A heading or point is never residue: a line a node begins on is content.
    const next = firstNodeFrom(model, pos);
    if (next < nodes.length && nodes[next].start === pos) {
      continue;
    }
    found.push(pos, end);
  }
  spans = Int32Array.from(found);
  cache.set(model, spans);
  return spans;
}
