// Timing on a noisy machine: every case is sampled once per round, the cases of a round run in a
// shuffled order (so a burst of load hits a random case, not always the same one), and each case
// is summarised by its median and interquartile range. Ratios pair the samples of the same round.

import { performance } from 'node:perf_hooks';
import { seededRandom } from '../generate';

/** Something to time: `run(iterations)` does the operation that many times. */
export interface TimedCase {
  readonly id: string;
  /** Untimed preparation of one sample (e.g. fresh services), then the timed work. */
  readonly prepare?: (iterations: number) => unknown;
  readonly run: (iterations: number, prepared: unknown) => unknown;
}

/** Order statistics of a list of samples, in milliseconds per operation. */
export interface Summary {
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly min: number;
  readonly max: number;
  readonly samples: readonly number[];
}

/** The timings of one case. */
export interface CaseResult extends Summary {
  /** Operations per sample (small inputs are repeated so that a sample lasts long enough to time). */
  readonly iterations: number;
}

/** The q-quantile of sorted values, interpolated. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) {
    return NaN;
  }
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Median, quartiles and range of some samples. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    samples,
  };
}

/** The ratio a/b round by round (samples taken close in time), summarised. */
export function pairedRatio(a: Summary, b: Summary): Summary {
  const count = Math.min(a.samples.length, b.samples.length);
  const ratios: number[] = [];
  for (let i = 0; i < count; i++) {
    ratios.push(a.samples[i] / b.samples[i]);
  }
  return summarize(ratios);
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Collects garbage if node runs with --expose-gc, so one case's garbage is not paid by the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
  }
}

async function timeOnce(entry: TimedCase, iterations: number): Promise<number> {
  const prepared = entry.prepare?.(iterations);
  collectGarbage();
  const start = performance.now();
  const result = entry.run(iterations, prepared);
  if (result instanceof Promise) {
    await result;
  }
  return (performance.now() - start) / iterations;
}

/** Options of an interleaved run. */
export interface RunOptions {
  /** Samples per case. */
  readonly rounds: number;
  /** A sample lasts at least this long: quick operations are repeated within it. */
  readonly minSampleMs: number;
  readonly seed?: number;
  /** Called after each round (progress). */
  readonly onRound?: (round: number) => void;
}

/**
 * Times every case `rounds` times, interleaved: one warm-up and calibration pass per case, then
 * rounds in which each case is sampled once, in a shuffled order.
 */
export async function runInterleaved(cases: readonly TimedCase[], options: RunOptions): Promise<Map<string, CaseResult>> {
  const iterations = new Map<string, number>();
  for (const entry of cases) {
    // Warm up (JIT, lazy loading), then repeat quick operations until a sample lasts minSampleMs.
    let perOperation = await timeOnce(entry, 1);
    perOperation = Math.min(perOperation, await timeOnce(entry, 1));
    let count = Math.max(1, Math.ceil(options.minSampleMs / Math.max(perOperation, 1e-4)));
    count = Math.min(count, 100_000);
    iterations.set(entry.id, count);
  }
  const samples = new Map<string, number[]>(cases.map((entry) => [entry.id, []]));
  const random = seededRandom(options.seed ?? 7);
  for (let round = 0; round < options.rounds; round++) {
    for (const entry of shuffle([...cases], random)) {
      samples.get(entry.id)!.push(await timeOnce(entry, iterations.get(entry.id)!));
    }
    options.onRound?.(round + 1);
  }
  const results = new Map<string, CaseResult>();
  for (const entry of cases) {
    results.set(entry.id, { ...summarize(samples.get(entry.id)!), iterations: iterations.get(entry.id)! });
  }
  return results;
}
