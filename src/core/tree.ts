// Building the outline tree from the scanner's flat entries: headings nest by level, points under
// the nearest heading or point of another family, and every section gets its end.

import type { LineIndex } from './lines';
import { isBlank, isLineBreak } from './marks';
import type { SpeechModel, SpeechNode } from './model';
import type { ParsedNode, Source } from './node';
import { isBarrier, type Entry } from './scanner';

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

/**
 * Nests the entries and sets section ends. The entries' nodes must be new (not in another tree):
 * this is the only place that sets their parent, children, point level and 最后's ordinal.
 */
export function buildTree(source: Source, entries: readonly Entry[]): ParsedSpeech {
  const text = source.text;
  const roots: ParsedNode[] = [];
  // Usually every entry is a node: then the entries array serves as the node list too.
  let skipped = 0;
  for (const entry of entries) {
    if (isBarrier(entry) || entry.discarded) {
      skipped++;
    }
  }
  const nodes: ParsedNode[] = skipped === 0 ? (entries as ParsedNode[]) : new Array<ParsedNode>(entries.length - skipped);
  let nodeCount = 0;
  const stack: ParsedNode[] = [];

  const close = (node: ParsedNode, at: number): void => {
    let end = at;
    while (end > node.headingEnd) {
      const code = text.charCodeAt(end - 1);
      if (!isBlank(code) && !isLineBreak(code)) {
        break;
      }
      end--;
    }
    node.end = end;
  };
  const popTo = (depth: number, at: number): void => {
    while (stack.length > depth) {
      close(stack.pop()!, at);
    }
  };

  for (const entry of entries) {
    if (isBarrier(entry)) {
      popTo(0, entry.barrier);
      continue;
    }
    const node = entry;
    if (node.discarded) {
      continue;
    }
    if (node.kind === 'heading') {
      let depth = stack.length;
      while (depth > 0) {
        const top = stack[depth - 1];
        if (top.kind === 'heading' && top.level < node.level) {
          break;
        }
        depth--;
      }
      popTo(depth, node.start);
    } else if (node.kind === 'point') {
      // A point of the same family further up is a sibling: return to its parent.
      let depth = stack.length;
      let sibling = -1;
      while (depth > 0 && stack[depth - 1].kind === 'point') {
        if (stack[depth - 1].family === node.family) {
          sibling = depth - 1;
          break;
        }
        depth--;
      }
      if (sibling >= 0) {
        popTo(sibling, node.start);
      } else if (stack.length > 0 && stack[stack.length - 1].kind !== 'heading' && stack[stack.length - 1].kind !== 'point') {
        popTo(0, node.start);
      }
    } else {
      popTo(0, node.start);
    }
    const parent = stack[stack.length - 1];
    if (node.kind === 'point') {
      node.level = parent ? parent.level + 1 : 1;
      if (node.family === 'sequence' && node.ordinal === 4) {
        // 最后 continues whatever came before it.
        const siblings = parent ? parent.children : roots;
        const previous = siblings[siblings.length - 1];
        node.ordinal = previous && previous.family === 'sequence' ? previous.ordinal + 1 : 1;
      }
    }
    node.parent = parent;
    if (parent) {
      parent.addChild(node);
    } else {
      roots.push(node);
    }
    if (skipped !== 0) {
      nodes[nodeCount] = node;
    }
    nodeCount++;
    stack.push(node);
  }
  popTo(0, text.length);
  return new ParsedSpeech(source, roots, nodes, entries);
}
