// Carrying out a restructuring (restructure.ts says what each one means, as a Plan): three rounds
// on the text (move the lines, rewrite the markers of the headings that change level, renumber the
// sequences the edit changed), composed into one minimal set of edits on the original text, and
// checked by parsing the result, refused when the draft would read otherwise.

import { composeEdits } from './composeEdits';
import { HeadingStyles } from './headingLevels';
import { formatMarker } from './grammar';
import { parseSpeech, type SpeechModel, type SpeechNode } from './model';
import { applyEdits, type TextEdit } from './numbering';
import { renumberGroups, renumberSequencesOf } from './scopedRenumber';
import { isBlankLine, type LineBlock } from './sectionBlocks';

/** Why a restructuring was refused (nothing is changed). */
export type RestructureRefusal =
  /** No heading or point at the cursor (title, salutation, closing and body text never move). */
  | 'noSection'
  /** Move up: no sibling of the same kind before it. */
  | 'first'
  /** Move down: no sibling of the same kind after it. */
  | 'last'
  /** Promote or demote of a point (一要/一是/第一/首先 are not levels). */
  | 'point'
  /** Demote: no previous sibling heading to go under. */
  | 'noPrevious'
  /** Demote: it or a heading under it is already at the fourth level (（1）). */
  | 'deepest'
  /** Promote: already at the top level. */
  | 'top'
  /** The section shares a line with text outside it (a point inside a paragraph). */
  | 'sharedLine'
  /** 首先/其次/再次/最后 are words, not numbers: they cannot be renumbered after a move. */
  | 'sequenceWords'
  /** Drop: onto itself or into its own subsections. */
  | 'intoItself'
  /** Drop: a heading onto a point or a point onto something else than a point of its family. */
  | 'mismatch'
  /** The result would not read as the same draft restructured (the parser would see other sections). */
  | 'ambiguous';

export type RestructureResult =
  | {
    readonly ok: true;
    /** Sorted, non-overlapping edits on the model's text (empty when nothing needs to change). */
    readonly edits: readonly TextEdit[];
    /** The text after the edits. */
    readonly text: string;
    /** The line of the section's heading after the edits. */
    readonly line: number;
  }
  | { readonly ok: false; readonly reason: RestructureRefusal };

/** What a restructuring does, in terms of the original model. */
export interface Plan {
  readonly node: SpeechNode;
  readonly block: LineBlock;
  /** Where the block goes (a block boundary in the original text); undefined: it stays. */
  readonly insertAt?: number;
  /** The node's parent afterwards (an original node), undefined for the top level. */
  readonly parent: SpeechNode | undefined;
  /** Added to the level of every heading in the section. */
  readonly levelDelta: number;
  /** Headings the section joins at its new level (for their marker style). */
  readonly joins: readonly SpeechNode[];
  /** Siblings that become the section's children (promote adopts the siblings after it). */
  readonly adopted: readonly SpeechNode[];
  /** A node of the sequence the section leaves, whose sequence is renumbered too. */
  readonly left: SpeechNode | undefined;
  /**
   * For points: the lists to renumber, as original nodes (a list's members are known before the
   * move; after it, a 一是 moved down would read as the start of a new list).
   */
  readonly groups?: readonly (readonly SpeechNode[])[];
}

export const refuse = (reason: RestructureRefusal): RestructureResult => ({ ok: false, reason });

/** Every node of a subtree, the root first. */
export function subtree(node: SpeechNode): SpeechNode[] {
  const out: SpeechNode[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    out.push(current);
    for (let i = current.children.length - 1; i >= 0; i--) {
      stack.push(current.children[i]);
    }
  }
  return out;
}

/** Moving lines: the edits that swap two adjacent runs of whole lines, and where each old line goes. */
interface Rotation {
  readonly edits: TextEdit[];
  readonly mapLine: (line: number) => number;
}

/** Number of line breaks in [from, to) of the text (both on line starts, or `to` at its end). */
function lineBreaksIn(model: SpeechModel, from: number, to: number): number {
  const toLine = to >= model.text.length ? model.lines.lineCount - 1 : model.lines.lineAt(to);
  return toLine - model.lines.lineAt(from);
}

/** Offset just past the last line of [from, to) that holds more than blanks (`from` when none does). */
function contentEnd(model: SpeechModel, from: number, to: number): number {
  for (let line = model.lines.lineAt(Math.max(from, to - 1)), first = model.lines.lineAt(from); line >= first; line--) {
    if (!isBlankLine(model, line)) {
      return model.lines.lineContentEnd(line);
    }
  }
  return from;
}

/**
 * Swaps [from, middle) and [middle, to), whole lines each, by moving the shorter one; blank lines
 * go with the run they follow. When the second run ends the text without a final line break, the
 * runs' contents swap and the line breaks and blank lines after them stay in place, so the text
 * still ends without one and the opposite move restores it.
 */
function rotate(model: SpeechModel, from: number, middle: number, to: number): Rotation {
  const text = model.text;
  const lastLine = model.lines.lineCount - 1;
  const open = to === text.length && model.lines.lineStart(lastLine) < text.length;
  const lines = model.lines;
  const breaks = (start: number, end: number): number => lines.lineAt(end) - lines.lineAt(start);
  const fromLine = lines.lineAt(from);
  const middleLine = lines.lineAt(middle);
  let edits: TextEdit[];
  let mapLine: (line: number) => number;
  if (!open) {
    const first = text.slice(from, middle);
    const second = text.slice(middle, to);
    const firstLines = lineBreaksIn(model, from, middle);
    const secondLines = lineBreaksIn(model, middle, to);
    mapLine = (line) => line >= fromLine && line < middleLine ? line + secondLines
      : line >= middleLine && line < middleLine + secondLines ? line - firstLines : line;
    edits = first.length <= second.length
      ? [{ start: from, end: middle, newText: '' }, { start: to, end: to, newText: first }]
      : [{ start: from, end: from, newText: second }, { start: middle, end: to, newText: '' }];
    return { edits, mapLine };
  }
  // first = content + separator (its last line break and the blank lines after it); second = content + rest.
  const firstEnd = contentEnd(model, from, middle);
  const secondEnd = contentEnd(model, middle, to);
  const firstContent = text.slice(from, firstEnd);
  const separator = text.slice(firstEnd, middle);
  const secondContent = text.slice(middle, secondEnd);
  const firstContentLines = breaks(from, firstEnd);
  const separatorLines = breaks(firstEnd, middle);
  const secondContentLines = breaks(middle, secondEnd);
  mapLine = (line) => line >= fromLine && line <= fromLine + firstContentLines ? line + secondContentLines + separatorLines
    : line >= middleLine && line <= middleLine + secondContentLines ? line - firstContentLines - separatorLines : line;
  edits = firstContent.length <= secondContent.length
    ? [{ start: from, end: middle, newText: '' }, { start: secondEnd, end: secondEnd, newText: separator + firstContent }]
    : [{ start: from, end: from, newText: secondContent + separator }, { start: firstEnd, end: secondEnd, newText: '' }];
  return { edits, mapLine };
}

/** Nodes by line, in document order on each line. */
function nodesByLine(model: SpeechModel): Map<number, SpeechNode[]> {
  const byLine = new Map<number, SpeechNode[]>();
  for (const node of model.nodes) {
    const list = byLine.get(node.line);
    if (list === undefined) {
      byLine.set(node.line, [node]);
    } else {
      list.push(node);
    }
  }
  return byLine;
}

/** Finds the nodes of the original model in a model of the moved text: same line (mapped) and place on it. */
function nodeFinder(original: SpeechModel, mapLine: (line: number) => number): (target: SpeechModel) => (node: SpeechNode) => SpeechNode | undefined {
  const originalByLine = nodesByLine(original);
  return (target) => {
    const targetByLine = nodesByLine(target);
    return (node) => {
      const index = originalByLine.get(node.line)!.indexOf(node);
      return targetByLine.get(mapLine(node.line))?.[index];
    };
  };
}

/**
 * Carries out a plan on the model's text: the lines move, the headings that change level get
 * markers of their new level, the sequences the edit changed are renumbered; the three rounds are
 * composed into one minimal set of edits, refused when the result would read otherwise.
 */
export function execute(model: SpeechModel, plan: Plan): RestructureResult {
  const { node, block } = plan;
  const text = model.text;
  // Round 1: the lines move.
  let rotation: Rotation = { edits: [], mapLine: (line) => line };
  if (plan.insertAt !== undefined && plan.insertAt !== block.start && plan.insertAt !== block.end) {
    rotation = plan.insertAt < block.start
      ? rotate(model, plan.insertAt, block.start, block.end)
      : rotate(model, block.start, block.end, plan.insertAt);
  }
  const find = nodeFinder(model, rotation.mapLine);
  const moved = applyEdits(text, rotation.edits);
  const movedModel = rotation.edits.length === 0 ? model : parseSpeech(moved);
  const inMoved = find(movedModel);

  // Round 2: headings that change level get a marker of their new level.
  const levelEdits: TextEdit[] = [];
  if (plan.levelDelta !== 0) {
    const styles = new HeadingStyles(model);
    for (const heading of subtree(node)) {
      if (heading.kind !== 'heading') {
        continue;
      }
      const there = inMoved(heading);
      if (there === undefined || there.kind !== 'heading') {
        return refuse('ambiguous');
      }
      const level = heading.level + plan.levelDelta;
      const style = styles.styleFor(heading, level, heading === node ? plan.joins : [], node);
      levelEdits.push({ start: there.start, end: there.markerEnd, newText: formatMarker(style, heading.ordinal) });
    }
  }
  const relevelled = applyEdits(moved, levelEdits);
  const relevelledModel = levelEdits.length === 0 ? movedModel : parseSpeech(relevelled);
  const inRelevelled = find(relevelledModel);

  // Round 3: the sequences the edit changed are renumbered: the one the section joins, the one it
  // left, and its subsections' when it adopted siblings.
  let renumberEdits: TextEdit[];
  if (node.kind === 'point') {
    const groups = (plan.groups ?? []).map((group) => group.map(inRelevelled));
    if (groups.some((group) => group.some((member) => member === undefined))) {
      return refuse('ambiguous');
    }
    renumberEdits = renumberGroups(groups as SpeechNode[][]);
  } else {
    const renumbered: SpeechNode[] = [];
    for (const original of [node, plan.left, ...(plan.adopted.length > 0 ? [...node.children, ...plan.adopted] : [])]) {
      const there = original && inRelevelled(original);
      if (original !== undefined && there === undefined) {
        return refuse('ambiguous');
      }
      if (there !== undefined) {
        renumbered.push(there);
      }
    }
    renumberEdits = renumberSequencesOf(relevelledModel, renumbered);
  }

  const edits = composeEdits(text, [rotation.edits, levelEdits, renumberEdits]);
  const result = applyEdits(text, edits);
  if (!readsAsPlanned(model, parseSpeech(result), plan, find)) {
    return refuse('ambiguous');
  }
  return { ok: true, edits, text: result, line: rotation.mapLine(node.line) };
}

/**
 * True when the result has the original's nodes (same kind, family and text) on the moved lines,
 * nested as the plan says, and no other nodes.
 */
function readsAsPlanned(model: SpeechModel, result: SpeechModel, plan: Plan, find: (target: SpeechModel) => (node: SpeechNode) => SpeechNode | undefined): boolean {
  if (result.nodes.length !== model.nodes.length) {
    return false;
  }
  const inResult = find(result);
  const section = new Set(subtree(plan.node));
  const adopted = new Set(plan.adopted);
  for (const original of model.nodes) {
    const there = inResult(original);
    if (there === undefined || there.kind !== original.kind || there.family !== original.family || there.label !== original.label) {
      return false;
    }
    if (original.kind === 'heading' && there.level !== original.level + (section.has(original) ? plan.levelDelta : 0)) {
      return false;
    }
    const parent = original === plan.node ? plan.parent : adopted.has(original) ? plan.node : original.parent;
    if ((parent === undefined ? undefined : inResult(parent)) !== there.parent) {
      return false;
    }
  }
  return true;
}
