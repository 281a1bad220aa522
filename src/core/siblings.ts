// Sibling sequences: which markers are numbered together, and the style they should share. The
// numbering checks, renumbering and completion all read these two rules from here.

import { pointSeries, styleKey, type MarkerStyle } from './grammar';
import type { SpeechModel, SpeechNode } from './model';

/** One sibling sequence: nodes numbered together, in document order. */
export interface SiblingSequence {
  /** Headings of one level under one parent, or points of one family under one parent. */
  readonly members: readonly SpeechNode[];
  /**
   * Points written in another family inside this list (一要…。二是…。): the parser nests 二是
   * under 一要 (families nest), but it is the list's second item, numbered with it.
   */
  readonly strays: ReadonlySet<SpeechNode>;
  /** False for 首先/其次/再次/最后: words, not numbers; nothing checks or renumbers them. */
  readonly numbered: boolean;
}

function sequenceKey(node: SpeechNode): string | undefined {
  if (node.kind === 'heading') {
    return 'h' + node.level;
  }
  // 第一点， and 第一个方面， are lists of their own (grammar.ts, pointSeries).
  return node.kind === 'point' ? 'p' + node.family + (node.style === undefined ? '' : pointSeries(node.style)) : undefined;
}

/** A point that continues its parent point's list in another family (see `SiblingSequence.strays`). */
function isStray(node: SpeechNode): boolean {
  const parent = node.parent;
  return node.kind === 'point' && parent !== undefined && parent.kind === 'point' && parent.family !== node.family &&
    node.family !== 'sequence' && parent.family !== 'sequence' && node.ordinal === parent.ordinal + 1 &&
    parent.children[0] === node;
}

interface Grouping {
  readonly sequences: SiblingSequence[];
  readonly sequenceOf: Map<SpeechNode, SiblingSequence>;
}

const GROUPINGS = new WeakMap<SpeechModel, Grouping>();

function group(model: SpeechModel): Grouping {
  let grouping = GROUPINGS.get(model);
  if (grouping !== undefined) {
    return grouping;
  }
  const sequences: SiblingSequence[] = [];
  const sequenceOf = new Map<SpeechNode, SiblingSequence>();
  const groupsOf = new Map<SpeechNode | undefined, Map<string, { members: SpeechNode[]; strays: Set<SpeechNode>; numbered: boolean }>>();
  for (const node of model.nodes) {
    let groups = groupsOf.get(node.parent);
    if (groups === undefined) {
      groups = new Map();
      groupsOf.set(node.parent, groups);
    }
    if (node.kind === 'title' || node.kind === 'salutation') {
      // The next speech of a collection numbers afresh.
      groups.clear();
      continue;
    }
    // In pre-order the stray comes right after its parent, the last member of the parent's list.
    const host = isStray(node) ? groupsOf.get(node.parent!.parent)?.get(sequenceKey(node.parent!)!) : undefined;
    if (host !== undefined && host.members[host.members.length - 1] === node.parent) {
      host.members.push(node);
      host.strays.add(node);
      sequenceOf.set(node, host);
      continue;
    }
    const key = sequenceKey(node);
    if (key === undefined) {
      continue;
    }
    let sequence = groups.get(key);
    // A list of points may start again at one within a section (a second list).
    if (sequence === undefined || (node.kind === 'point' && node.ordinal === 1)) {
      sequence = { members: [], strays: new Set(), numbered: node.family !== 'sequence' };
      groups.set(key, sequence);
      sequences.push(sequence);
    }
    sequence.members.push(node);
    sequenceOf.set(node, sequence);
  }
  grouping = { sequences, sequenceOf };
  GROUPINGS.set(model, grouping);
  return grouping;
}

/** Every sibling sequence of the model, in document order of their first members. Computed once per model. */
export function siblingSequences(model: SpeechModel): readonly SiblingSequence[] {
  return group(model).sequences;
}

/** The sequence a heading or point belongs to (a stray: the list it continues). */
export function sequenceOf(model: SpeechModel, node: SpeechNode): SiblingSequence | undefined {
  return group(model).sequenceOf.get(node);
}

/**
 * The style a sequence should be written in: the one most of its members use (strays left out).
 * **A tie goes to the earliest**: the style the sequence was begun in sets it.
 */
export function majorityStyle(nodes: readonly SpeechNode[]): MarkerStyle | undefined {
  // Styles are shared objects: the common case, one style for all, needs no counting.
  const first = nodes[0]?.style;
  if (nodes.every((node) => node.style === first)) {
    return first;
  }
  const counts = new Map<string, { style: MarkerStyle; count: number }>();
  for (const node of nodes) {
    if (node.style !== undefined) {
      const key = styleKey(node.style);
      const entry = counts.get(key) ?? { style: node.style, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  // Maps keep first-seen order, so a strict comparison keeps the earliest style on a tie.
  let best: { style: MarkerStyle; count: number } | undefined;
  for (const entry of counts.values()) {
    if (best === undefined || entry.count > best.count) {
      best = entry;
    }
  }
  return best?.style;
}

/** The members written in the sequence's own family (all but the strays). */
export function ownMembers(sequence: SiblingSequence): SpeechNode[] {
  return sequence.strays.size === 0 ? [...sequence.members] : sequence.members.filter((node) => !sequence.strays.has(node));
}

/** The style a sequence asks for (see `majorityStyle`). */
export function sequenceStyle(sequence: SiblingSequence): MarkerStyle | undefined {
  return majorityStyle(ownMembers(sequence));
}
