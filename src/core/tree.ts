// Building the outline tree from the scanner's flat entries: headings nest by level, points under
// the nearest heading or point of another family, and every section gets its end.

import type { LineIndex } from './lines';
import { isPartStyle, pointSeries } from './grammar';
import { isBlank, isLineBreak } from './marks';
import type { SpeechModel, SpeechNode } from './model';
import type { ParsedNode, Source } from './node';
import { isBarrier, type Entry } from './entries';

/** The model as built here: it keeps its flat entries so that an update can reuse them. */
export class ParsedSpeech implements SpeechModel {
  constructor(
    readonly source: Source,
    readonly roots: readonly SpeechNode[],
    readonly nodes: readonly SpeechNode[],
    readonly entries: readonly Entry[],
  ) {}

  get text(): string {
    return this.source.text;
  }

  get lines(): LineIndex {
    return this.source.lines;
  }
}

/** Points of one series: the same family and the same words around the number (第一点， vs 第一个方面，). */
function isSameSeries(a: ParsedNode, b: ParsedNode): boolean {
  if (a.family !== b.family) {
    return false;
  }
  // Styles are interned: the usual case, one style, needs no comparison of its words.
  return a.family !== 'di' || a.style === b.style || pointSeries(a.style!) === pointSeries(b.style!);
}

/** Sets a section's end: `at`, or before the blanks and line breaks that precede it. */
function close(text: string, node: ParsedNode, at: number): void {
  if (node.headingEnd > at) {
    // A lead a PDF wrapped onto the next line, where a node begins before its sentence ends: the lead stops there.
    node.headingEnd = Math.max(node.markerEnd, at);
  }
  let end = at;
  while (end > node.headingEnd) {
    const code = text.charCodeAt(end - 1);
    if (!isBlank(code) && !isLineBreak(code)) {
      break;
    }
    end--;
  }
  node.end = end;
}

/** Closes the open sections above `depth` at `at` (a function, not a closure: buildTree's locals stay off the heap). */
function closeAbove(text: string, stack: ParsedNode[], stackIndices: number[], depth: number, at: number): void {
  while (stack.length > depth) {
    close(text, stack.pop()!, at);
    stackIndices.pop();
  }
}

/**
 * Nests the entries and sets section ends. The entries' nodes must be new (not in another tree):
 * this is the only place that sets their parent, children, point level and 最后's ordinal.
 *
 * A first pass finds each node's parent (by index, in `parents`) and counts children; a second
 * gives each parent an array of exactly its children's length. (Arrays grown by push keep spare
 * room, 16 slots for a single child: a third of the model's memory.)
 */
export function buildTree(source: Source, entries: readonly Entry[]): ParsedSpeech {
  const text = source.text;
  // Usually every entry is a node: then the entries array serves as the node list too.
  let skipped = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (isBarrier(entry) || entry.discarded) {
      skipped++;
    }
  }
  let nodes: ParsedNode[] = skipped === 0 ? (entries as ParsedNode[]) : new Array<ParsedNode>(entries.length - skipped);
  let nodeCount = 0;
  /** The index in `nodes` of each node's parent, -1 for a root. */
  const parents = new Int32Array(entries.length);
  const childCounts = new Int32Array(entries.length);
  /** The index of each node's last child so far (for 最后), -1 for none. */
  const lastChild = new Int32Array(entries.length).fill(-1);
  let rootCount = 0;
  let lastRoot = -1;
  // The open sections, innermost last, and their indices in `nodes`.
  const stack: ParsedNode[] = [];
  const stackIndices: number[] = [];

  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    if (isBarrier(entry)) {
      closeAbove(text, stack, stackIndices, 0, entry.barrier);
      continue;
    }
    const node = entry;
    if (node.discarded) {
      continue;
    }
    const kind = node.kind;
    if (kind === 'heading') {
      let depth = stack.length;
      while (depth > 0) {
        const top = stack[depth - 1];
        // Headings nest under a higher heading, and under a part (第一部分　…), where they number afresh.
        if ((top.kind === 'heading' && top.level < node.level) || (top.kind === 'point' && !top.inline && isPartStyle(top.style))) {
          break;
        }
        depth--;
      }
      closeAbove(text, stack, stackIndices, depth, node.start);
    } else if (kind === 'point' && !node.inline && isPartStyle(node.style)) {
      // A part (第二部分　…) closes everything: parts are the speech's top level.
      closeAbove(text, stack, stackIndices, 0, node.start);
    } else if (kind === 'point') {
      // A point of the same series further up is a sibling: return to its parent. A point of a
      // series restarted after a colon (nested) is a sibling only of its own series' points.
      let depth = stack.length;
      let sibling = -1;
      while (depth > 0 && stack[depth - 1].kind === 'point') {
        const above = stack[depth - 1];
        if (isSameSeries(above, node)) {
          if (above.nested === node.nested) {
            sibling = depth - 1;
            break;
          }
          if (node.nested) {
            break;
          }
        }
        depth--;
      }
      if (sibling < 0 && node.family === 'sequence' && node.markerOrdinal === 4) {
        // A lone 最后 (no 首先/其次 before it) is a transition (最后，我再强调一点), not an enumerated point.
        if (nodes === entries) {
          nodes = nodes.slice(0, nodeCount);
        }
        continue;
      }
      if (sibling >= 0) {
        closeAbove(text, stack, stackIndices, sibling, node.start);
      } else if (stack.length > 0 && stack[stack.length - 1].kind !== 'heading' && stack[stack.length - 1].kind !== 'point') {
        closeAbove(text, stack, stackIndices, 0, node.start);
      } else if (!node.inline) {
        // A point found inside an earlier paragraph holds only the points of its own paragraph
        // (this point begins its line, so every inline point before it is in an earlier paragraph).
        let keep = stack.length;
        while (keep > 0 && stack[keep - 1].kind === 'point' && stack[keep - 1].inline) {
          keep--;
        }
        closeAbove(text, stack, stackIndices, keep, node.start);
      }
    } else {
      closeAbove(text, stack, stackIndices, 0, node.start);
    }
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    const parentIndex = stack.length > 0 ? stackIndices[stackIndices.length - 1] : -1;
    if (kind === 'point') {
      node.level = parent ? parent.level + 1 : 1;
      if (node.family === 'sequence' && node.ordinal === 4) {
        // 最后 continues whatever came before it.
        const last = parentIndex >= 0 ? lastChild[parentIndex] : lastRoot;
        const previous = last >= 0 ? nodes[last] : undefined;
        node.ordinal = previous && previous.family === 'sequence' ? previous.ordinal + 1 : 1;
      }
    }
    node.parent = parent;
    parents[nodeCount] = parentIndex;
    if (parentIndex >= 0) {
      childCounts[parentIndex]++;
      lastChild[parentIndex] = nodeCount;
    } else {
      rootCount++;
      lastRoot = nodeCount;
    }
    if (nodes !== entries) {
      nodes[nodeCount] = node;
    }
    stack.push(node);
    stackIndices.push(nodeCount);
    nodeCount++;
  }
  closeAbove(text, stack, stackIndices, 0, text.length);
  if (nodes !== entries && nodes.length !== nodeCount) {
    nodes.length = nodeCount;
  }
  // Every child array at its final length; children go in document order.
  const roots = new Array<ParsedNode>(rootCount);
  let rootsFilled = 0;
  const filled = new Int32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    const node = nodes[i];
    const parentIndex = parents[i];
    if (parentIndex < 0) {
      roots[rootsFilled++] = node;
      continue;
    }
    const parent = nodes[parentIndex];
    if (filled[parentIndex] === 0) {
      parent.children = new Array<ParsedNode>(childCounts[parentIndex]);
    }
    parent.children[filled[parentIndex]++] = node;
  }
  return new ParsedSpeech(source, roots, nodes, entries);
}
