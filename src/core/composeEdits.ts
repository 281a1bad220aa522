// Composing edits: several rounds of edits, each computed on the text the previous round left,
// turned into one set of edits on the original text that changes only what the rounds changed.
// Restructuring needs it: lines move first, then markers are rewritten on the moved text, and the
// editor must receive a single undoable edit against the version it holds.

import { applyEdits, type TextEdit } from './numbering';

/** A span of the intermediate text, with the original range it stands for. */
interface Cluster {
  /** Range in the intermediate text. */
  start: number;
  end: number;
  /** Range in the original text. */
  originalStart: number;
  originalEnd: number;
}

function sorted(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Edits on `text` equal to applying `first` to it and then `second` to the result. Edits of the
 * second round that meet an edit of the first (overlap or touch it) are merged with it.
 */
function composeTwo(text: string, first: readonly TextEdit[], second: readonly TextEdit[]): TextEdit[] {
  const firstSorted = sorted(first);
  const middle = applyEdits(text, firstSorted);
  // Where each first-round edit's new text lies in the intermediate text.
  const placed: Cluster[] = [];
  let delta = 0;
  for (const edit of firstSorted) {
    const start = edit.start + delta;
    placed.push({ start, end: start + edit.newText.length, originalStart: edit.start, originalEnd: edit.end });
    delta += edit.newText.length - (edit.end - edit.start);
  }
  /** The original offset of an intermediate offset outside every first-round edit's new text. */
  const toOriginal = (offset: number): number => {
    let shift = 0;
    for (const span of placed) {
      if (span.end > offset) {
        break;
      }
      shift += (span.end - span.start) - (span.originalEnd - span.originalStart);
    }
    return offset - shift;
  };
  // Sweep the first round's spans and the second round's edits in order, merging those that meet.
  const items = [
    ...placed.map((span) => ({ start: span.start, end: span.end, span })),
    ...sorted(second).map((edit) => ({ start: edit.start, end: edit.end, span: undefined })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  let currentSpans: Cluster[] = [];
  const close = (): void => {
    if (current === undefined) {
      return;
    }
    const firstSpan = currentSpans[0];
    const lastSpan = currentSpans[currentSpans.length - 1];
    current.originalStart = firstSpan !== undefined && firstSpan.start === current.start ? firstSpan.originalStart : toOriginal(current.start);
    current.originalEnd = lastSpan !== undefined && lastSpan.end === current.end ? lastSpan.originalEnd : toOriginal(current.end);
    clusters.push(current);
    current = undefined;
    currentSpans = [];
  };
  for (const item of items) {
    if (current !== undefined && item.start <= current.end) {
      current.end = Math.max(current.end, item.end);
    } else {
      close();
      current = { start: item.start, end: item.end, originalStart: 0, originalEnd: 0 };
    }
    if (item.span !== undefined) {
      currentSpans.push(item.span);
    }
  }
  close();
  const secondSorted = sorted(second);
  return clusters.map((cluster) => {
    const inside = secondSorted
      .filter((edit) => edit.start >= cluster.start && edit.end <= cluster.end)
      .map((edit) => ({ start: edit.start - cluster.start, end: edit.end - cluster.start, newText: edit.newText }));
    return { start: cluster.originalStart, end: cluster.originalEnd, newText: applyEdits(middle.slice(cluster.start, cluster.end), inside) };
  });
}

/**
 * One set of edits on `text` that has the effect of applying each round of `rounds` in turn (each
 * round's edits are on the text the previous rounds left). The result is sorted, non-overlapping
 * and minimal in the sense that each edit is trimmed to the characters it really changes and
 * edits that change nothing are dropped.
 */
export function composeEdits(text: string, rounds: readonly (readonly TextEdit[])[]): TextEdit[] {
  let composed: TextEdit[] = [];
  for (const round of rounds) {
    composed = composeTwo(text, composed, round);
  }
  return trimEdits(text, composed);
}

/** Each edit trimmed of the characters its new text shares with the text it replaces, at both ends; no-ops dropped. */
export function trimEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of sorted(edits)) {
    let { start, end } = edit;
    let newText = edit.newText;
    let prefix = 0;
    while (prefix < newText.length && start + prefix < end && newText.charCodeAt(prefix) === text.charCodeAt(start + prefix)) {
      prefix++;
    }
    // Never split a surrogate pair.
    if (prefix > 0 && isHighSurrogate(newText.charCodeAt(prefix - 1))) {
      prefix--;
    }
    start += prefix;
    newText = newText.slice(prefix);
    let suffix = 0;
    while (suffix < newText.length && end - suffix > start && newText.charCodeAt(newText.length - 1 - suffix) === text.charCodeAt(end - 1 - suffix)) {
      suffix++;
    }
    if (suffix > 0 && isLowSurrogate(newText.charCodeAt(newText.length - suffix))) {
      suffix--;
    }
    end -= suffix;
    newText = newText.slice(0, newText.length - suffix);
    if (start !== end || newText.length > 0) {
      out.push({ start, end, newText });
    }
  }
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
