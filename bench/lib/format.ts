// Formatting for the printed tables.

import { padColumns as pad, terminalColumns } from '../../src/cli/columns';
import type { Summary } from './stats';

/** Milliseconds with three significant digits: 0.412 ms, 12.3 ms, 1.24 s. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) {
    return '—';
  }
  if (value >= 1000) {
    return `${(value / 1000).toPrecision(3)} s`;
  }
  return `${value < 0.01 ? value.toFixed(4) : value.toPrecision(3)} ms`;
}

/** The spread of samples as ± half the interquartile range, relative to the median. */
export function spread(summary: Summary): string {
  if (!Number.isFinite(summary.median) || summary.median === 0 || summary.samples.length < 3) {
    return '';
  }
  return `±${Math.round((50 * (summary.p75 - summary.p25)) / summary.median)}%`;
}

/** Median and spread: "12.3 ms ±4%". */
export function timing(summary: Summary | undefined): string {
  return summary ? `${ms(summary.median)} ${spread(summary)}`.trim() : '—';
}

/** A ratio: 2.41×. */
export function ratio(value: number, digits = 3): string {
  return Number.isFinite(value) ? `${value.toPrecision(digits)}×` : '—';
}

/** A ratio with its spread: "2.41× (2.3–2.5)". */
export function ratioRange(summary: Summary): string {
  if (!Number.isFinite(summary.median)) {
    return '—';
  }
  return summary.samples.length >= 3 ? `${ratio(summary.median)} (${summary.p25.toPrecision(2)}–${summary.p75.toPrecision(2)})` : ratio(summary.median);
}

/** Bytes as B / KB / MB (1024-based, as the draft sizes are). */
export function bytes(value: number): string {
  if (value >= 1024 * 1024) {
    return `${(value / 1024 / 1024).toFixed(2)} MB`;
  }
  if (value >= 1024) {
    return `${(value / 1024).toFixed(1)} KB`;
  }
  return `${value} B`;
}

/** An integer with thousands separators. */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** Renders rows as a table with a header rule; the first column is left-aligned, the rest right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(terminalColumns(title), ...rows.map((row) => terminalColumns(row[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? pad(cell, widths[i], 'end') : pad(cell, widths[i], 'start'))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].map((text) => `  ${text}`).join('\n');
}

