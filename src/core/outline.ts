// Views of the outline: the capped tree walk the document symbols are built with, and the CLI's
// JSON tree and indented text tree.

import type { NodeKind, SpeechModel, SpeechNode } from './model';

/** One node as the CLI's `--json` prints it. Lines are zero-based. */
export interface OutlineJson {
  readonly name: string;
  readonly kind: NodeKind;
  readonly level: number;
  readonly line: number;
  readonly endLine: number;
  readonly children: OutlineJson[];
}

/** The outline as plain JSON-ready objects, roots first, children nested. */
export function outlineToJson(model: SpeechModel): OutlineJson[] {
  return mapOutline(model, (node) => ({
    name: node.name,
    kind: node.kind,
    level: node.level,
    line: node.line,
    endLine: node.endLine,
    children: [],
  }))!;
}

/**
 * Calls `visit` for each node in document order with its depth below the roots; stops early
 * (returning false) when `visit` returns false. One pass over `model.nodes` with a stack of open
 * ancestors: no recursion, whatever the input.
 */
function walkWithDepth(nodes: readonly SpeechNode[], visit: (node: SpeechNode, depth: number, index: number) => boolean): boolean {
  const open: SpeechNode[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index];
    while (open.length > 0 && open[open.length - 1] !== node.parent) {
      open.pop();
    }
    if (visit(node, open.length, index) === false) {
      return false;
    }
    open.push(node);
  }
  return true;
}

/**
 * Maps the outline to a tree of items (VS Code symbols, JSON objects). With a `limit`, keeps the
 * nodes a breadth-first walk meets first, so a huge outline stays usable and keeps its shallow
 * levels whole: every level above the one the limit cuts, then that level's first nodes in
 * document order. Returns undefined as soon as `cancelled()` (asked every 1,024 nodes) says so.
 *
 * Each item is made right after its parent, in document order: children lists fill while they are
 * young in the heap, which keeps the cost linear (a breadth-first build of 36,000 items filled
 * lists made long before and grew 25× for 5× the nodes).
 */
export function mapOutline<T extends { readonly children: T[] }>(
  model: SpeechModel,
  make: (node: SpeechNode) => T,
  limit = Infinity,
  cancelled?: () => boolean,
): T[] | undefined {
  const nodes = model.nodes;
  // The level the limit cuts, and how many of its nodes fit.
  let cutDepth = Infinity;
  let cutCount = 0;
  if (nodes.length > limit) {
    const perDepth: number[] = [];
    walkWithDepth(nodes, (_node, depth) => {
      perDepth[depth] = (perDepth[depth] ?? 0) + 1;
      return true;
    });
    let remaining = Math.max(0, limit);
    for (cutDepth = 0; perDepth[cutDepth] <= remaining; cutDepth++) {
      remaining -= perDepth[cutDepth];
    }
    cutCount = remaining;
  }

  const roots: T[] = [];
  // The item of the open ancestor at each depth (undefined for a node left out); entries deeper
  // than the current node are stale and never read.
  const openItems: (T | undefined)[] = [];
  let seenAtCut = 0;
  const complete = walkWithDepth(nodes, (node, depth, index) => {
    if ((index & 1023) === 0 && cancelled?.()) {
      return false;
    }
    const kept = depth < cutDepth || (depth === cutDepth && seenAtCut++ < cutCount);
    const item = kept ? make(node) : undefined;
    if (item !== undefined) {
      (depth === 0 ? roots : openItems[depth - 1]!.children).push(item);
    }
    openItems[depth] = item;
    return true;
  });
  return complete ? roots : undefined;
}

/** Depth of each node below the roots (0 for a root). */
export function nodeDepth(node: SpeechNode): number {
  let depth = 0;
  for (let parent = node.parent; parent; parent = parent.parent) {
    depth++;
  }
  return depth;
}

/** The outline as an indented text tree, one node a line, with 1-based line numbers. */
export function outlineToText(model: SpeechModel): string {
  const width = String(model.lines.lineCount).length;
  const out: string[] = [];
  for (const node of model.nodes) {
    out.push(`${String(node.line + 1).padStart(width)}  ${'  '.repeat(nodeDepth(node))}${node.name}`);
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
