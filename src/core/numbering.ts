// Numbering checks and renumbering, computed from the model as data: problems with stable codes,
// and text edits that change only what they must.

import { formatMarker, formatNumeral, styleKey, type MarkerStyle } from './markers';
import type { SpeechModel, SpeechNode } from './model';

/** Stable codes of numbering problems. */
export type NumberingCode =
  | 'numbering.start'
  | 'numbering.gap'
  | 'numbering.duplicate'
  | 'numbering.order'
  | 'numbering.family'
  | 'numbering.style';

export const NUMBERING_CODES: readonly NumberingCode[] = [
  'numbering.start', 'numbering.gap', 'numbering.duplicate', 'numbering.order', 'numbering.family', 'numbering.style',
];

/** Codes about the numbers themselves, which renumbering always clears. */
export const STRUCTURAL_CODES: readonly NumberingCode[] = ['numbering.start', 'numbering.gap', 'numbering.duplicate', 'numbering.order'];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Severity of each code when the user has not set one. */
export const DEFAULT_SEVERITY: Readonly<Record<NumberingCode, Severity>> = {
  'numbering.start': 'warning',
  'numbering.gap': 'warning',
  'numbering.duplicate': 'warning',
  'numbering.order': 'warning',
  'numbering.family': 'warning',
  'numbering.style': 'information',
};

/** A replacement of the text in [start, end). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** One numbering problem at a marker. */
export interface NumberingProblem {
  readonly code: NumberingCode;
  readonly node: SpeechNode;
  /** The marker the node should have. */
  readonly expected: string;
  /** The marker's range in the text. */
  readonly start: number;
  readonly end: number;
  /** The edit that fixes this problem alone. */
  readonly fix: TextEdit;
}

/** A message in both of the extension's languages. */
export interface Message {
  readonly en: string;
  readonly zh: string;
}

/** What the user reads for a problem. */
export function problemMessage(problem: Pick<NumberingProblem, 'code' | 'expected'>): Message {
  const expected = problem.expected;
  switch (problem.code) {
    case 'numbering.start':
      return { en: `expected "${expected}": the sequence should start at one`, zh: `应为"${expected}"：编号应从一开始` };
    case 'numbering.gap':
      return { en: `expected "${expected}": a number is missing before it`, zh: `应为"${expected}"：编号不连续，前面缺少序号` };
    case 'numbering.duplicate':
      return { en: `expected "${expected}": a number is used twice`, zh: `应为"${expected}"：编号重复` };
    case 'numbering.order':
      return { en: `expected "${expected}": the number is out of order`, zh: `应为"${expected}"：编号顺序颠倒` };
    case 'numbering.family':
      return { en: `expected "${expected}": the list mixes point forms`, zh: `应为"${expected}"：同一组要点混用了不同的形式` };
    case 'numbering.style':
      return { en: `expected "${expected}": written unlike its siblings (brackets, separator or digit width)`, zh: `应为"${expected}"：与同级编号写法不一致（括号、标点或全半角）` };
  }
}

/** Options of checking and renumbering. */
export interface NumberingOptions {
  /** Also make each sequence's marker style uniform (brackets, separators, digit width). */
  readonly unifyStyle?: boolean;
}

/** One sibling sequence: nodes numbered together, in order. */
interface Sequence {
  readonly members: SpeechNode[];
  /** A point written in another family inside this list (一要… 二是…), counted in this list. */
  readonly strays: Set<SpeechNode>;
}

function sequenceKey(node: SpeechNode): string | undefined {
  if (node.kind === 'heading') {
    return 'h' + node.level;
  }
  // 首先/其次/再次/最后 are words, not numbers: they are not renumbered.
  if (node.kind === 'point' && node.family !== 'sequence') {
    return 'p' + node.family;
  }
  return undefined;
}

/**
 * A point that continues its parent point's list in another family: 一要…。二是…。 parses 二是 as
 * a child of 一要 (families nest), but it is the second item of the 要 list.
 */
function isStray(node: SpeechNode): boolean {
  const parent = node.parent;
  return node.kind === 'point' && parent !== undefined && parent.kind === 'point' && parent.family !== node.family &&
    node.family !== 'sequence' && parent.family !== 'sequence' && node.ordinal === parent.ordinal + 1 &&
    parent.children[0] === node;
}

/** Every sibling sequence of the model, in document order. */
function sequences(model: SpeechModel): Sequence[] {
  const result: Sequence[] = [];
  const groupsOf = new Map<SpeechNode | undefined, Map<string, Sequence>>();
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
    const hostList = isStray(node) ? groupsOf.get(node.parent!.parent)?.get(sequenceKey(node.parent!)!) : undefined;
    if (hostList !== undefined && hostList.members[hostList.members.length - 1] === node.parent) {
      hostList.members.push(node);
      hostList.strays.add(node);
      continue;
    }
    const key = sequenceKey(node);
    if (key === undefined) {
      continue;
    }
    let sequence = groups.get(key);
    // A list of points may start again at one within a section (a second list).
    if (sequence === undefined || (node.kind === 'point' && node.ordinal === 1)) {
      sequence = { members: [], strays: new Set() };
      groups.set(key, sequence);
      result.push(sequence);
    }
    sequence.members.push(node);
  }
  return result;
}

/** The style most siblings use (the earliest on a tie). */
function majorityStyle(members: readonly SpeechNode[]): MarkerStyle | undefined {
  // Styles are shared objects: the common case, one style for all, needs no counting.
  const first = members[0]?.style;
  if (members.every((node) => node.style === first)) {
    return first;
  }
  const counts = new Map<string, { style: MarkerStyle; count: number }>();
  for (const node of members) {
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

/** The edit that writes `ordinal` into a node's marker; with `style`, the marker is rewritten in that style. */
function markerEdit(node: SpeechNode, ordinal: number, style?: MarkerStyle): TextEdit | undefined {
  const current = node.style!;
  if (style !== undefined && styleKey(style) !== styleKey(current)) {
    return { start: node.start, end: node.markerEnd, newText: formatMarker(style, ordinal) };
  }
  if (ordinal === node.ordinal) {
    return undefined;
  }
  // Only the numeral changes: the brackets and separators stay as written.
  return { start: node.start + current.prefix.length, end: node.markerEnd - current.suffix.length, newText: formatNumeral(current.numeral, ordinal) };
}

/** Every numbering problem in the model, in document order. */
export function checkNumbering(model: SpeechModel): NumberingProblem[] {
  const problems: NumberingProblem[] = [];
  for (const sequence of sequences(model)) {
    const majority = majorityStyle(sequence.members.filter((node) => !sequence.strays.has(node)));
    const host = sequence.members.find((member) => !sequence.strays.has(member));
    let previous = 0;
    sequence.members.forEach((node, index) => {
      const position = index + 1;
      const problem = (code: NumberingCode, expected: string, fix: TextEdit): void => {
        problems.push({ code, node, expected, start: node.start, end: node.markerEnd, fix });
      };
      if (sequence.strays.has(node)) {
        const style = host!.style!;
        problem('numbering.family', formatMarker(style, position), { start: node.start, end: node.markerEnd, newText: formatMarker(style, position) });
        previous = position;
        return;
      }
      if (node.ordinal !== position) {
        // Every number that renumbering would change is a problem; the code says why.
        const code: NumberingCode = index === 0 ? 'numbering.start'
          : node.ordinal === previous ? 'numbering.duplicate'
            : node.ordinal < previous ? 'numbering.order'
              : node.ordinal > position ? 'numbering.gap' : 'numbering.duplicate';
        problem(code, formatMarker(node.style!, position), markerEdit(node, position)!);
      } else if (majority !== undefined && styleKey(node.style!) !== styleKey(majority)) {
        problem('numbering.style', formatMarker(majority, node.ordinal), markerEdit(node, node.ordinal, majority)!);
      }
      previous = node.ordinal;
    });
  }
  return problems.sort((a, b) => a.start - b.start);
}

/**
 * The edits that renumber every sequence (each member gets its position), sorted and
 * non-overlapping. Only numerals change, unless `unifyStyle` asks to rewrite whole markers.
 * A point written in another family keeps its form (its quick fix changes it).
 */
export function renumberEdits(model: SpeechModel, options: NumberingOptions = {}): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const sequence of sequences(model)) {
    const majority = options.unifyStyle ? majorityStyle(sequence.members.filter((node) => !sequence.strays.has(node))) : undefined;
    sequence.members.forEach((node, index) => {
      const edit = markerEdit(node, index + 1, sequence.strays.has(node) ? undefined : majority);
      if (edit !== undefined) {
        edits.push(edit);
      }
    });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let offset = 0;
  for (const edit of sorted) {
    if (edit.start < offset) {
      throw new Error(`overlapping edits at ${edit.start}`);
    }
    parts.push(text.slice(offset, edit.start), edit.newText);
    offset = edit.end;
  }
  parts.push(text.slice(offset));
  return parts.join('');
}
