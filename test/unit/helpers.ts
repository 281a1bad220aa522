// Shared helpers for the core's unit tests.

import { parseSpeech, type SpeechModel } from '../../src/core';

/** Joins lines with LF, like writing a draft inline. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/**
 * The outline as indented text, one node per line: two spaces per depth, then the node's name.
 * Tests compare it with the expected outline written the same way.
 */
export function outlineOf(textOrModel: string | SpeechModel): string {
  const model = typeof textOrModel === 'string' ? parseSpeech(textOrModel) : textOrModel;
  return model.nodes
    .map((node) => {
      let depth = 0;
      for (let parent = node.parent; parent; parent = parent.parent) {
        depth++;
      }
      return '  '.repeat(depth) + node.name;
    })
    .join('\n');
}

/** The outline with each node's kind and level, `kind:level name`. */
export function kindsOf(text: string): string {
  return parseSpeech(text).nodes.map((node) => `${node.kind}:${node.level} ${node.name}`).join('\n');
}

/** Splits a document written with a `$$CURSOR$$` marker into text and the marker's offset. */
export function withCursor(source: string): { text: string; offset: number } {
  const offset = source.indexOf('$$CURSOR$$');
  if (offset < 0) {
    throw new Error('no $$CURSOR$$ in test document');
  }
  return { text: source.slice(0, offset) + source.slice(offset + '$$CURSOR$$'.length), offset };
}
