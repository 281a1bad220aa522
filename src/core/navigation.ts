// Where the cursor is in the outline: the innermost node at an offset or on a line, the chain of
// ranges Expand Selection walks, the folding regions, and finding the problem a diagnostic shows.
// Pure rules over the model, which the VS Code features only convert.

import type { SpeechModel, SpeechNode } from './model';

/** A range of offsets [start, end). */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** The innermost node whose section contains `offset` (its end included), found by binary search at each level. */
export function innermostNodeAt(model: SpeechModel, offset: number): SpeechNode | undefined {
  let found: SpeechNode | undefined;
  let siblings = model.roots;
  for (;;) {
    let low = 0;
    let high = siblings.length - 1;
    let candidate = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (siblings[mid].start <= offset) {
        candidate = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (candidate < 0 || siblings[candidate].end < offset) {
      return found;
    }
    found = siblings[candidate];
    siblings = found.children;
  }
}

/** The innermost node whose lines hold `line` (the first of several starting on it wins ties by depth). */
export function innermostNodeOnLine(model: SpeechModel, line: number): SpeechNode | undefined {
  let innermost: SpeechNode | undefined;
  for (const node of model.nodes) {
    if (node.line > line) {
      break;
    }
    if (line <= node.endLine) {
      innermost = node;
    }
  }
  return innermost;
}

/**
 * What Expand Selection walks from `offset`, innermost first: the heading (marker and label) when
 * the offset is in it, then the node's section, then each enclosing section; never the same range
 * twice in a row. Empty outside every section.
 */
export function selectionChain(model: SpeechModel, offset: number): OffsetRange[] {
  const node = innermostNodeAt(model, offset);
  const chain: OffsetRange[] = [];
  for (let current = node; current; current = current.parent) {
    if (current === node && offset <= node.headingEnd) {
      chain.push({ start: node.start, end: node.headingEnd });
    }
    const last = chain[chain.length - 1];
    if (last === undefined || last.start !== current.start || last.end !== current.end) {
      chain.push({ start: current.start, end: current.end });
    }
  }
  return chain;
}

/** A folding region: whole lines, from a node's first line to its section's last. */
export interface FoldingRegion {
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * A region for every node whose section spans more than one line; only the first node on a line
 * owns a region there (an editor folds by line). Stops early, returning undefined, when
 * `cancelled()` (asked every 1,024 regions) says so.
 */
export function foldingRegions(model: SpeechModel, cancelled?: () => boolean): FoldingRegion[] | undefined {
  const regions: FoldingRegion[] = [];
  let previousLine = -1;
  for (const node of model.nodes) {
    if ((regions.length & 1023) === 0 && cancelled?.()) {
      return undefined;
    }
    const line = node.line;
    if (line !== previousLine) {
      const endLine = node.endLine;
      if (endLine > line) {
        regions.push({ startLine: line, endLine });
      }
    }
    previousLine = line;
  }
  return regions;
}

/** The problem a diagnostic shows: the one with its code and exactly its range (numbering and drafting checks alike). */
export function problemWithRange<P extends { readonly code: string; readonly start: number; readonly end: number }>(problems: readonly P[], code: string, range: OffsetRange): P | undefined {
  return problems.find((problem) => problem.code === code && problem.start === range.start && problem.end === range.end);
}
