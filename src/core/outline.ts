// Plain views of the outline for the CLI and tests: a JSON tree and an indented text tree.

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
  const convert = (node: SpeechNode): OutlineJson => ({
    name: node.name,
    kind: node.kind,
    level: node.level,
    line: node.line,
    endLine: node.endLine,
    children: [],
  });
  // Iterative (no recursion depth tied to the input): nodes come in pre-order.
  const roots: OutlineJson[] = [];
  const converted = new Map<SpeechNode, OutlineJson>();
  for (const node of model.nodes) {
    const json = convert(node);
    converted.set(node, json);
    const parent = node.parent ? converted.get(node.parent) : undefined;
    (parent ? parent.children : roots).push(json);
  }
  return roots;
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
