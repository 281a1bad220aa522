// Section blocks: a section as whole lines, from its heading's line to the end of its subtree,
// with the blank lines after it (Org's convention: they go where the section goes). Moving
// sections moves blocks, so a block never starts or ends inside a line.

import { isBlank } from './marks';
import type { SpeechModel, SpeechNode } from './model';

/** A run of whole lines of the text: [start, end) in offsets, [startLine, endLine) in lines. */
export interface LineBlock {
  readonly start: number;
  readonly end: number;
  readonly startLine: number;
  /** The line after the block (the line count when the block reaches the end of the text). */
  readonly endLine: number;
}

/** True when the line holds only blanks (spaces, ideographic spaces, tabs, a BOM). */
export function isBlankLine(model: SpeechModel, line: number): boolean {
  const text = model.text;
  for (let i = model.lines.lineStart(line), end = model.lines.lineContentEnd(line); i < end; i++) {
    if (!isBlank(text.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

/** Offset where a block starting at `line` begins: the line start, after a byte order mark (which stays first). */
export function blockStartOffset(model: SpeechModel, line: number): number {
  const start = model.lines.lineStart(line);
  return start === 0 && model.text.charCodeAt(0) === 0xfeff ? 1 : start;
}

/**
 * The lines of a node's section, or undefined when the section shares a line with text outside
 * it (a point that starts after a sentence, or one followed on its line by a sibling point).
 * Blank lines after the section belong to it; the block ends where the next non-blank line
 * starts, or at the end of the text.
 */
export function sectionBlock(model: SpeechModel, node: SpeechNode): LineBlock | undefined {
  if (node.inline) {
    return undefined;
  }
  const { lines, text } = model;
  const startLine = node.line;
  // Only blanks may stand before the node on its line.
  for (let i = lines.lineStart(startLine); i < node.start; i++) {
    if (!isBlank(text.charCodeAt(i))) {
      return undefined;
    }
  }
  const lastLine = node.endLine;
  // ...and after its section on its last line.
  for (let i = Math.max(node.end, node.start), end = lines.lineContentEnd(lastLine); i < end; i++) {
    if (!isBlank(text.charCodeAt(i))) {
      return undefined;
    }
  }
  let endLine = lastLine + 1;
  while (endLine < lines.lineCount && isBlankLine(model, endLine)) {
    endLine++;
  }
  const end = endLine < lines.lineCount ? lines.lineStart(endLine) : text.length;
  return { start: blockStartOffset(model, startLine), end, startLine, endLine };
}
