// Sibling sequences: which markers are numbered together, and the style they should share. The
// numbering checks, renumbering and completion all read these two rules from here.

import { pointSeries, styleKey, type MarkerStyle } from './grammar';
import type { NodeKind, SpeechModel, SpeechNode } from './model';

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

/** A point's list within its family: 第一点， and 第一个方面， are lists of their own (grammar.ts, pointSeries). */
const SERIES = new Map<MarkerStyle | undefined, string>();
function seriesOf(style: MarkerStyle | undefined): string {
  let series = SERIES.get(style);
  if (series === undefined) {
    series = style === undefined ? '' : pointSeries(style);
    SERIES.set(style, series);
  }
  return series;
}

/**
 * Whether two headings or points (`b` of kind `kind`) are numbered in one sequence when they are
 * siblings. Styles are interned: the same style is the same series.
 */
function sameSequence(a: SpeechNode, b: SpeechNode, kind: NodeKind): boolean {
  return a.kind === kind && (kind === 'heading' ? a.level === b.level
    : a.family === b.family && (a.style === b.style || seriesOf(a.style) === seriesOf(b.style)));
}

/** A point that continues its parent point's list in another family (see `SiblingSequence.strays`). */
function isStray(node: SpeechNode): boolean {
  const parent = node.parent;
  return node.kind === 'point' && parent !== undefined && parent.kind === 'point' && parent.family !== node.family &&
    node.family !== 'sequence' && parent.family !== 'sequence' && node.ordinal === parent.ordinal + 1 &&
    parent.children[0] === node;
}

/** No strays: shared by the sequences that have none (most); a stray gives its sequence a set of its own. */
const NO_STRAYS: ReadonlySet<SpeechNode> = new Set();

interface Building {
  readonly members: SpeechNode[];
  strays: ReadonlySet<SpeechNode>;
  readonly numbered: boolean;
}

interface Grouping {
  readonly sequences: SiblingSequence[];
  /** Built on the first `sequenceOf` (the checks never ask). */
  sequenceOf?: Map<SpeechNode, SiblingSequence>;
}

const GROUPINGS = new WeakMap<SpeechModel, Grouping>();

/**
 * The sequences among `siblings` and, depth first, among their children, in document order of
 * their first members. `open` holds the sequence each kind of sibling continues (a handful);
 * `host` is the sequence the siblings' parent was just numbered in, which a stray continues.
 */
function groupSiblings(siblings: readonly SpeechNode[], host: Building | undefined, sequences: Building[]): void {
  let open: Building[] | undefined;
  // Node properties are getters (node.ts packs them): each is read once. Indexed loops: this runs
  // cold in a CLI process, where an iterator costs more than the work.
  for (let i = 0; i < siblings.length; i++) {
    const node = siblings[i];
    const kind = node.kind;
    let joined: Building | undefined;
    if (kind === 'title' || kind === 'salutation') {
      // The next speech of a collection numbers afresh.
      open = undefined;
    } else if (i === 0 && host !== undefined && isStray(node)) {
      // In document order the stray comes right after its parent, the last member of the parent's list.
      host.members.push(node);
      (host.strays === NO_STRAYS ? (host.strays = new Set()) : host.strays as Set<SpeechNode>).add(node);
    } else if (kind === 'heading' || kind === 'point') {
      open ??= [];
      let index = 0;
      while (index < open.length && !sameSequence(open[index].members[0], node, kind)) {
        index++;
      }
      joined = open[index];
      // A list of points may start again at one within a section (a second list).
      if (joined === undefined || (kind === 'point' && node.ordinal === 1)) {
        joined = { members: [], strays: NO_STRAYS, numbered: kind === 'heading' || node.family !== 'sequence' };
        open[index] = joined;
        sequences.push(joined);
      }
      joined.members.push(node);
    }
    const children = node.children;
    if (children.length > 0) {
      groupSiblings(children, joined, sequences);
    }
  }
}

function group(model: SpeechModel): Grouping {
  let grouping = GROUPINGS.get(model);
  if (grouping === undefined) {
    const sequences: Building[] = [];
    groupSiblings(model.roots, undefined, sequences);
    grouping = { sequences };
    GROUPINGS.set(model, grouping);
  }
  return grouping;
}

/** Every sibling sequence of the model, in document order of their first members. Computed once per model. */
export function siblingSequences(model: SpeechModel): readonly SiblingSequence[] {
  return group(model).sequences;
}

/** The sequence a heading or point belongs to (a stray: the list it continues). */
export function sequenceOf(model: SpeechModel, node: SpeechNode): SiblingSequence | undefined {
  const grouping = group(model);
  if (grouping.sequenceOf === undefined) {
    grouping.sequenceOf = new Map();
    for (const sequence of grouping.sequences) {
      for (const member of sequence.members) {
        grouping.sequenceOf.set(member, sequence);
      }
    }
  }
  return grouping.sequenceOf.get(node);
}

/**
 * The style a sequence should be written in: the one most of its members use (strays left out).
 * **A tie goes to the earliest**: the style the sequence was begun in sets it.
 */
export function majorityStyle(nodes: readonly SpeechNode[]): MarkerStyle | undefined {
  // Styles are shared objects: the common case, one style for all, needs no counting.
  const first = nodes[0]?.style;
  let uniform = true;
  for (let i = 1; i < nodes.length && uniform; i++) {
    uniform = nodes[i].style === first;
  }
  if (uniform) {
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
  return majorityStyle(sequence.strays.size === 0 ? sequence.members : ownMembers(sequence));
}
