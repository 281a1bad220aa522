// What the document symbol and folding providers (src/features/documentSymbols.ts, folding.ts) do
// with a built model, without `vscode`: the same walks, creating plain objects where they create
// vscode.DocumentSymbol / vscode.Range / vscode.FoldingRange. Keep in step with those files.

import { foldingRegions, mapOutline, type Position, type SpeechModel, type SpeechNode } from '../../src/core';

/** The default of speechOutline.maxOutlineNodes (package.json). */
export const DEFAULT_MAX_OUTLINE_NODES = 5000;

interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A document symbol as plain data (vscode.DocumentSymbol's fields). */
export interface PlainSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: number;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: PlainSymbol[];
}

/** A folding range as plain data. */
export interface PlainFoldingRange {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

// vscode.SymbolKind values, as symbolKind() in documentSymbols.ts picks them.
const HEADING_KINDS = [1 /* Module */, 4 /* Class */, 5 /* Method */, 7 /* Field */];
const POINT_KINDS: Record<string, number> = { yao: 23 /* Event */, shi: 21 /* EnumMember */, di: 15 /* Number */, sequence: 25 /* TypeParameter */ };
const OTHER_KINDS: Record<string, number> = { title: 0 /* File */, dateline: 19 /* Key */, salutation: 14 /* String */, closing: 22 /* Struct */ };

function symbolKind(node: SpeechNode): number {
  if (node.kind === 'heading') {
    return HEADING_KINDS[node.level - 1];
  }
  if (node.kind === 'point') {
    return POINT_KINDS[node.family ?? 'shi'];
  }
  return OTHER_KINDS[node.kind];
}

function toRange(model: SpeechModel, start: number, end: number): Range {
  const from = model.lines.positionAt(start);
  const to = model.lines.positionAt(end);
  return { start: { line: from.line, character: from.character }, end: { line: to.line, character: to.character } };
}

/** The symbols SpeechDocumentSymbolProvider returns: capped at `limit` nodes, breadth first. */
export function documentSymbols(model: SpeechModel, limit = DEFAULT_MAX_OUTLINE_NODES): PlainSymbol[] {
  const make = (node: SpeechNode): PlainSymbol => ({
    name: node.name || node.marker,
    detail: '',
    kind: symbolKind(node),
    range: toRange(model, node.start, node.end),
    selectionRange: toRange(model, node.start, node.headingEnd),
    children: [],
  });
  return mapOutline(model, make, limit)!;
}

/** The ranges SpeechFoldingProvider returns: the core's regions, each as a plain folding range. */
export function foldingRanges(model: SpeechModel): PlainFoldingRange[] {
  return foldingRegions(model)!.map((region) => ({ start: region.startLine, end: region.endLine, kind: 'region' }));
}

/** Number of symbols in a tree. */
export function countSymbols(symbols: readonly { readonly children?: readonly unknown[] }[]): number {
  let count = 0;
  const stack = [...symbols];
  while (stack.length > 0) {
    const symbol = stack.pop()!;
    count++;
    for (const child of (symbol.children ?? []) as { readonly children?: readonly unknown[] }[]) {
      stack.push(child);
    }
  }
  return count;
}
