// Incremental update: the model of a new version of a document from the model of an earlier one.
// Only the lines between the sync points around the changed region are scanned again; the other
// entries are copied (shifted after the change) and the tree is built anew.

import { LineIndex } from './lines';
import type { SpeechModel } from './model';
import { parseSpeech } from './model';
import { keepShapes } from './parse';
import type { ParsedNode, Source } from './node';
import { entryStart, isBarrier, syncState, type Entry } from './entries';
import { EntryScanner } from './scanner';
import { buildTree, ParsedSpeech } from './tree';

/** Blocks compared natively before the characters of the first differing block are. */
const COMPARE_BLOCK = 2048;

/** Length of the longest common prefix of two strings. */
export function commonPrefixLength(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  // Whole blocks first: string equality runs natively, far faster than a character loop.
  while (prefix + COMPARE_BLOCK <= shorter && a.slice(prefix, prefix + COMPARE_BLOCK) === b.slice(prefix, prefix + COMPARE_BLOCK)) {
    prefix += COMPARE_BLOCK;
  }
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) {
    prefix++;
  }
  return prefix;
}

/** Length of the longest common suffix of two strings, at most `limit`. */
export function commonSuffixLength(a: string, b: string, limit: number): number {
  let suffix = 0;
  while (suffix + COMPARE_BLOCK <= limit &&
    a.slice(a.length - suffix - COMPARE_BLOCK, a.length - suffix) === b.slice(b.length - suffix - COMPARE_BLOCK, b.length - suffix)) {
    suffix += COMPARE_BLOCK;
  }
  while (suffix < limit && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) {
    suffix++;
  }
  return suffix;
}

function isSyncEntry(entry: Entry): boolean {
  return !isBarrier(entry) && entry.isSyncPoint;
}

/** An entry of the previous version, moved into the new one. */
function moved(entry: Entry, source: Source, delta: number): Entry {
  if (isBarrier(entry)) {
    return delta === 0 ? entry : { barrier: entry.barrier + delta };
  }
  return entry.movedTo(source, delta);
}

/**
 * The model of `text`, reusing `previous` (the model of an earlier version of the same document):
 * only the lines between the sync points around the changed region are scanned again. Equal to
 * `parseSpeech(text)`. `previous` is left as it was and stays valid.
 */
export function updateSpeech(previous: SpeechModel, text: string): SpeechModel {
  if (!(previous instanceof ParsedSpeech)) {
    return parseSpeech(text);
  }
  const oldText = previous.text;
  if (oldText === text) {
    return previous;
  }
  // The changed region: what lies between the common prefix and the common suffix.
  const prefix = commonPrefixLength(oldText, text);
  const suffix = commonSuffixLength(oldText, text, Math.min(oldText.length, text.length) - prefix);
  const oldLines = previous.lines;
  const firstChangedLine = oldLines.lineAt(prefix);
  const lastChangedLine = oldLines.lineAt(oldText.length - suffix);
  const entries = previous.entries;
  // The last sync point on a line before the change, and the first on a line after it.
  const firstChangedStart = oldLines.lineStart(firstChangedLine);
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entryStart(entries[mid]) < firstChangedStart) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  let from = low - 1;
  while (from >= 0 && !isSyncEntry(entries[from])) {
    from--;
  }
  if (from < 0) {
    // The change touches the first speech's opening part: its state is not a sync point.
    return parseSpeech(text);
  }
  const afterChange = lastChangedLine + 1 < oldLines.lineCount ? oldLines.lineStart(lastChangedLine + 1) : Infinity;
  let to = low;
  while (to < entries.length && !(entryStart(entries[to]) >= afterChange && isSyncEntry(entries[to]))) {
    to++;
  }
  const source: Source = { text, lines: LineIndex.of(text) };
  const delta = text.length - oldText.length;
  const fromLine = (entries[from] as ParsedNode).line;
  const toLine = to < entries.length ? (entries[to] as ParsedNode).line + source.lines.lineCount - oldLines.lineCount : source.lines.lineCount;
  const scanner = new EntryScanner(source, syncState());
  scanner.scanLines(fromLine, toLine);
  if (to < entries.length && scanner.inAttachmentList) {
    // The next line may be an attachment list's item now (附件：1.… typed above it): read it all again.
    return parseSpeech(text);
  }
  const region = scanner.finish(to < entries.length);
  const updated: Entry[] = new Array<Entry>(from + region.length + entries.length - to);
  let count = 0;
  for (let i = 0; i < from; i++) {
    updated[count++] = moved(entries[i], source, 0);
  }
  for (const entry of region) {
    updated[count++] = entry;
  }
  for (let i = to; i < entries.length; i++) {
    updated[count++] = moved(entries[i], source, delta);
  }
  const model = buildTree(source, updated);
  keepShapes();
  return model;
}
