// How much memory a built model keeps alive beyond its text: the heap (and typed-array backing
// stores, counted as external memory) after a full collection, with and without the model held.

import { parseSpeech, type SpeechModel } from '../../src/core';
import { collectGarbage, summarize, type Summary } from './stats';

/** Retained size of one model, in bytes and relative to its text. */
export interface MemoryResult {
  /** Model bytes retained (heap + external), median of the repetitions. */
  readonly retained: Summary;
  readonly utf8Bytes: number;
  readonly utf16Bytes: number;
  readonly nodes: number;
  /** retained / UTF-8 size of the text. */
  readonly perUtf8: number;
  /** retained / in-memory (UTF-16) size of the text. */
  readonly perUtf16: number;
}

function used(): number {
  collectGarbage();
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

/** True when `global.gc` exists (node --expose-gc): without it retained sizes are meaningless. */
export function canMeasureMemory(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}

/** Retained size of parseSpeech(text)'s model, measured `repetitions` times. */
export function measureModelMemory(bytes: Buffer, repetitions: number): MemoryResult {
  const text = bytes.toString('utf8');
  const samples: number[] = [];
  let nodes = 0;
  for (let i = 0; i < repetitions; i++) {
    const before = used();
    let model: SpeechModel | undefined = parseSpeech(text);
    const after = used();
    nodes = model.nodes.length; // keeps the model alive until after the second measure
    model = undefined;
    samples.push(after - before);
  }
  const retained = summarize(samples);
  const utf16Bytes = 2 * text.length;
  return { retained, utf8Bytes: bytes.length, utf16Bytes, nodes, perUtf8: retained.median / bytes.length, perUtf16: retained.median / utf16Bytes };
}
