// A whole text scanned into entries and built into a model (parseSpeech), and the small draft
// whose objects keep the parser's object shapes alive between parses.

import { initialState } from './entries';
import { LineIndex } from './lines';
import type { SpeechModel } from './model';
import type { Source } from './node';
import { EntryScanner } from './scanner';
import { buildTree } from './tree';

/** The scanner that read all of `text`, and the model built from its entries. */
export function parseText(text: string): { scanner: EntryScanner; model: SpeechModel } {
  const source: Source = { text, lines: LineIndex.of(text) };
  const scanner = new EntryScanner(source, initialState());
  scanner.scanLines(0, source.lines.lineCount);
  return { scanner, model: buildTree(source, scanner.finish(false)) };
}

// V8 forgets an object shape (hidden class) in a full garbage collection once no object of it is
// left, and throws away the optimized code made for it: the next parse then runs unoptimized until
// the engine has compiled the parser again (3× the CPU time of a 1 MB parse, far more wall time on
// a busy machine). The scanner and model of a small draft, parsed again after each parse or update
// so that they have the shapes it ended with, keep those shapes alive (a few microseconds a parse).
const SHAPES_DRAFT = '标题\n同志们：\n一、甲\n（一）乙。一是丙。二是丁。\n希望。';
const pinned: { parse?: unknown } = {};

/** Parses the small draft whose objects keep the parser's shapes alive (see above). */
export function keepShapes(): void {
  pinned.parse = parseText(SHAPES_DRAFT);
}
