// What the scanner produces and carries: entries (nodes and residue barriers) in document order,
// and the state of the scan before the lines it reads (where the speech's opening part stands).

import type { ParsedNode } from './node';

/** A residue line: closes every open section without appearing in the outline. */
export interface Barrier {
  readonly barrier: number;
}

export type Entry = ParsedNode | Barrier;

export function isBarrier(entry: Entry): entry is Barrier {
  return (entry as Barrier).barrier !== undefined;
}

export function entryStart(entry: Entry): number {
  return isBarrier(entry) ? entry.barrier : entry.start;
}

/** What the scan knows about the speech before the lines it scans. */
export interface ScanState {
  structureSeen: boolean;
  contentLines: number;
  title: ParsedNode | undefined;
  /** The content line the title is on (its date lines and salutation follow within a few lines). */
  titleLine: number;
  /** Residue came after the title: a page's chrome, so a title-like line after it is the real title. */
  residueAfterTitle: boolean;
  /** A paragraph of body text was seen: the title can no longer change. */
  bodySeen: boolean;
  datelines: ParsedNode[];
  salutation: ParsedNode | undefined;
}

/** The state at the start of a draft. */
export function initialState(): ScanState {
  return { structureSeen: false, contentLines: 0, title: undefined, titleLine: 1, residueAfterTitle: false, bodySeen: false, datelines: [], salutation: undefined };
}

/** The state at a sync point: a section has been seen, the prelude is over. */
export function syncState(): ScanState {
  return { ...initialState(), structureSeen: true, contentLines: 1 };
}
