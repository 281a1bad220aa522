// Numbering checks and renumbering, computed from the model as data: problems with stable codes,
// and text edits that change only what they must.

import { formatMarker, formatNumeral, type MarkerStyle } from './grammar';
import { isBlank } from './marks';
import { matchHeadingMarker, matchPointMarker } from './markers';
import { message, type Message } from './messages';
import { parseSpeech, type SpeechModel, type SpeechNode } from './model';
import { ownMembers, siblingSequences, sequenceStyle } from './siblings';

/** Stable codes of numbering problems. */
export type NumberingCode =
  | 'numbering.start'
  | 'numbering.gap'
  | 'numbering.duplicate'
  | 'numbering.shifted'
  | 'numbering.order'
  | 'numbering.family'
  | 'numbering.style';

export const NUMBERING_CODES: readonly NumberingCode[] = [
  'numbering.start', 'numbering.gap', 'numbering.duplicate', 'numbering.shifted', 'numbering.order', 'numbering.family', 'numbering.style',
];

/** Codes about the numbers themselves, which renumbering always clears. */
export const STRUCTURAL_CODES: readonly NumberingCode[] = ['numbering.start', 'numbering.gap', 'numbering.duplicate', 'numbering.shifted', 'numbering.order'];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Severity of each code when the user has not set one. */
export const DEFAULT_SEVERITY: Readonly<Record<NumberingCode, Severity>> = {
  'numbering.start': 'warning',
  'numbering.gap': 'warning',
  'numbering.duplicate': 'warning',
  'numbering.shifted': 'warning',
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
  /** numbering.shifted: the marker as written where the shift starts (二、 of 一、二、二、三、). */
  readonly written?: string;
  /** numbering.shifted: the edits that renumber the shifted run (one undoable edit together). */
  readonly renumber?: readonly TextEdit[];
  /** numbering.family: the other choice, the whole list in the stray's form (marker = its first one, 一是). */
  readonly wholeList?: { readonly marker: string; readonly edits: readonly TextEdit[] };
}

/** What the user reads for a problem (English text and l10n key; see messages.ts). */
export function problemMessage(problem: Pick<NumberingProblem, 'code' | 'expected' | 'written'>): Message {
  const expected = problem.expected;
  switch (problem.code) {
    case 'numbering.start':
      return message('expected "{0}": the sequence should start at one', expected);
    case 'numbering.gap':
      return message('expected "{0}": a number is missing before it', expected);
    case 'numbering.duplicate':
      return message('expected "{0}": a number is used twice', expected);
    case 'numbering.shifted':
      return message('numbers after "{0}" are shifted by one: renumber the sequence', problem.written ?? expected);
    case 'numbering.order':
      return message('expected "{0}": the number is out of order', expected);
    case 'numbering.family':
      return message('expected "{0}": the list mixes point forms', expected);
    case 'numbering.style':
      return message('expected "{0}": written unlike its siblings (brackets, separator or digit width)', expected);
  }
}

/** Options of checking and renumbering. */
export interface NumberingOptions {
  /** Also make each sequence's marker style uniform (brackets, separators, digit width). */
  readonly unifyStyle?: boolean;
}

/** How much of the text after a marker the parser's marker rules may read (a number range, blanks). */
const MARKER_CONTEXT = 64;

/**
 * True when `marker` in place of the node's marker still reads as its marker, in `text` (the model's).
 * A style change must not turn a heading into text: 一、一方面的工作 is a heading, 二．一方面的工作 is not (五.一期间).
 */
function keepsReading(text: string, node: SpeechNode, marker: string): boolean {
  let after = text.slice(node.markerEnd, node.markerEnd + MARKER_CONTEXT);
  const lineBreak = after.search(/[\r\n]/);
  if (lineBreak >= 0) {
    after = after.slice(0, lineBreak);
  }
  const probe = marker + after;
  const match = node.kind === 'heading' ? matchHeadingMarker(probe, 0, probe.length) : matchPointMarker(probe, 0, probe.length);
  return match !== undefined && match.end === marker.length;
}

/**
 * The edit that writes `ordinal` into a node's marker; with `style`, the marker is rewritten in that
 * style, unless the node would no longer read as structure in `text` (the model's): then only the numeral changes.
 */
function markerEdit(node: SpeechNode, ordinal: number, style?: MarkerStyle, text = ''): TextEdit | undefined {
  const current = node.style!;
  // The numeral between the brackets or separators, without the blanks inside brackets (（ 一 ）).
  const marker = node.marker;
  let from = current.prefix.length;
  let to = marker.length - current.suffix.length;
  while (from < to && isBlank(marker.charCodeAt(from))) {
    from++;
  }
  while (to > from && isBlank(marker.charCodeAt(to - 1))) {
    to--;
  }
  if (style !== undefined && style !== current) {
    // The blanks inside the brackets stay, so that what follows the marker reads as before.
    const rewritten = style.prefix + marker.slice(current.prefix.length, from) + formatNumeral(style.numeral, ordinal) +
      marker.slice(to, marker.length - current.suffix.length) + style.suffix;
    if (keepsReading(text, node, rewritten)) {
      return { start: node.start, end: node.markerEnd, newText: rewritten };
    }
  }
  if (ordinal === node.ordinal) {
    return undefined;
  }
  // Only the numeral changes: the brackets and separators stay as written.
  return { start: node.start + from, end: node.start + to, newText: formatNumeral(current.numeral, ordinal) };
}

/**
 * Where a run of numbers is shifted by one, as after inserting a section above an existing one
 * (一、二、二、三、四、: a new 二、 above the old 二、…): the index k ≥ 1 such that every member
 * before k has its position, every member from k on (at least two of them) has its position minus
 * one (so member k repeats member k-1's number), and none of them is a stray of another family.
 * Undefined when the sequence is not shifted that way; its problems are then reported one by one.
 */
export function shiftStart(members: readonly SpeechNode[], strays: ReadonlySet<SpeechNode>): number | undefined {
  let k = 0;
  while (k < members.length && members[k].ordinal === k + 1) {
    k++;
  }
  if (k === 0 || members.length - k < 2) {
    return undefined;
  }
  for (let i = k; i < members.length; i++) {
    if (members[i].ordinal !== i || strays.has(members[i])) {
      return undefined;
    }
  }
  return k;
}

/** Every numbering problem in the model, in document order. */
export function checkNumbering(model: SpeechModel): NumberingProblem[] {
  const problems: NumberingProblem[] = [];
  for (const sequence of siblingSequences(model)) {
    if (!sequence.numbered) {
      continue;
    }
    const { members, strays } = sequence;
    const majority = sequenceStyle(sequence);
    const shift = shiftStart(members, strays);
    let previous = 0;
    for (let index = 0; index < members.length; index++) {
      const node = members[index];
      const position = index + 1;
      if (shift !== undefined && index >= shift) {
        // One problem where the shift starts; the run after it is the same mistake, not another one.
        if (index === shift) {
          const renumber = members.slice(shift).map((member, i) => markerEdit(member, shift + i + 1)!);
          problems.push({
            code: 'numbering.shifted', node, expected: formatMarker(node.style!, position), start: node.start, end: node.markerEnd,
            fix: renumber[0], written: formatMarker(node.style!, node.ordinal), renumber,
          });
        }
        previous = node.ordinal;
        continue;
      }
      if (strays.size > 0 && strays.has(node)) {
        // The list's own form: its first member not written in another (a stray is never first).
        const style = ownMembers(sequence)[0].style!;
        // The other choice: every marker not in the stray's form takes it, keeping its own number.
        const edits = members.filter((member) => member.style !== node.style)
          .map((member) => ({ start: member.start, end: member.markerEnd, newText: formatMarker(node.style!, member.ordinal) }));
        problems.push({
          code: 'numbering.family', node, expected: formatMarker(style, position), start: node.start, end: node.markerEnd,
          fix: { start: node.start, end: node.markerEnd, newText: formatMarker(style, position) },
          wholeList: { marker: formatMarker(node.style!, 1), edits },
        });
        previous = position;
        continue;
      }
      if (node.ordinal !== position) {
        // Every number that renumbering would change is a problem; the code says why.
        const code: NumberingCode = index === 0 ? 'numbering.start'
          : node.ordinal === previous ? 'numbering.duplicate'
            : node.ordinal < previous ? 'numbering.order'
              : node.ordinal > position ? 'numbering.gap' : 'numbering.duplicate';
        problems.push({ code, node, expected: formatMarker(node.style!, position), start: node.start, end: node.markerEnd, fix: markerEdit(node, position)! });
      } else if (majority !== undefined && node.style !== majority) {
        // Not when the siblings' style cannot be written here (the fix would leave no marker).
        const fix = markerEdit(node, node.ordinal, majority, model.text);
        if (fix !== undefined) {
          problems.push({ code: 'numbering.style', node, expected: formatMarker(majority, node.ordinal), start: node.start, end: node.markerEnd, fix });
        }
      }
      previous = node.ordinal;
    }
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
  for (const sequence of siblingSequences(model)) {
    if (sequence.numbered) {
      edits.push(...numberMembers(sequence.members, options.unifyStyle ? sequenceStyle(sequence) : undefined, sequence.strays, model.text));
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}

/**
 * The one renumbering rule, for a whole draft (renumberEdits) and for chosen sequences
 * (scopedRenumber.ts): the edits that number `members` 1, 2, 3… in the order given. Only the
 * numeral changes, or with `style` the whole marker of a member not in it (save `strays`) where it
 * still reads as a marker in `text`, the model's text (without it, no marker changes its style);
 * 首先/其次 are words and keep theirs.
 */
export function numberMembers(members: readonly SpeechNode[], style?: MarkerStyle, strays?: ReadonlySet<SpeechNode>, text = ''): TextEdit[] {
  const edits: TextEdit[] = [];
  members.forEach((node, index) => {
    const edit = node.style === undefined || node.family === 'sequence' ? undefined : markerEdit(node, index + 1, strays?.has(node) ? undefined : style, text);
    if (edit !== undefined) {
      edits.push(edit);
    }
  });
  return edits;
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

/** A numbering problem renumbering leaves: its code and line (renumbering never moves lines). */
export interface LeftProblem {
  readonly code: NumberingCode;
  readonly line: number;
}

/** Options of renumberReport. */
export interface RenumberReportOptions extends NumberingOptions {
  /** Whether the user sees problems of a code (its check is not off); default: every code. */
  readonly shown?: (code: NumberingCode) => boolean;
}

/** What Renumber Sections / Fix all numbering does to a draft and what it leaves. */
export interface RenumberReport {
  readonly edits: TextEdit[];
  /** Markers changed, in how many sequences. */
  readonly markers: number;
  readonly sequences: number;
  /** The numbering problems of the renumbered draft that the user sees, in document order. */
  readonly left: readonly LeftProblem[];
  /**
   * What to tell the user, sentence by sentence (render with joinSentences): what changed, or
   * that nothing needed to; then each kind of problem left, why renumbering leaves it and what to do.
   */
  readonly messages: readonly Message[];
}

/** "Left for you" sentences for n problems of a kind: mixed point forms, marker style, anything else. */
type LeftSentence = (n: number) => Message;
const LEFT_FAMILY: LeftSentence = (n) => (n === 1
  ? message('Left for you: 1 point written in another form than its list (一要… 二是…): choose one form with its quick fix.')
  : message('Left for you: {0} points written in another form than their lists (一要… 二是…): choose one form with their quick fixes.', n));
const LEFT_STYLE: LeftSentence = (n) => (n === 1
  ? message('Left for you: 1 marker written unlike its siblings (brackets, separator or digit width): use its quick fix, or the setting speechOutline.renumber.unifyStyle.')
  : message('Left for you: {0} markers written unlike their siblings (brackets, separator or digit width): use their quick fixes, or the setting speechOutline.renumber.unifyStyle.', n));
const LEFT_OTHER: LeftSentence = (n) => (n === 1
  ? message('Left for you: 1 other numbering problem that renumbering cannot settle: see Problems.')
  : message('Left for you: {0} other numbering problems that renumbering cannot settle: see Problems.', n));

/**
 * What renumbering a draft does and leaves, for the message after Renumber Sections / Fix all:
 * how many markers change in how many sequences, and the problems the renumbered draft still has
 * (read from the renumbered text itself, so nothing left is ever missed: mixed point forms, marker
 * style unless it unifies styles, and whatever else a check still finds there).
 */
export function renumberReport(model: SpeechModel, options: RenumberReportOptions = {}): RenumberReport {
  const edits = renumberEdits(model, options);
  // An edit changes a marker when it starts inside it (only the numeral may change); edits are sorted.
  const touches = (node: SpeechNode): boolean => {
    let low = 0;
    let high = edits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (edits[mid].start < node.start) low = mid + 1;
      else high = mid;
    }
    return low < edits.length && edits[low].start < node.markerEnd;
  };
  let sequences = 0;
  for (const sequence of siblingSequences(model)) {
    if (sequence.members.some(touches)) {
      sequences++;
    }
  }
  const after = edits.length === 0 ? model : parseSpeech(applyEdits(model.text, edits));
  const shown = options.shown ?? (() => true);
  const left = checkNumbering(after).filter((problem) => shown(problem.code))
    .map((problem) => ({ code: problem.code, line: after.lines.positionAt(problem.start).line }));
  const messages: Message[] = [];
  if (edits.length === 0) {
    messages.push(message(left.length === 0 ? 'Numbering is already correct.' : 'Nothing to renumber.'));
  } else if (edits.length === 1) {
    messages.push(message('Renumbered 1 marker.'));
  } else if (sequences === 1) {
    messages.push(message('Renumbered {0} markers in 1 sequence.', edits.length));
  } else {
    messages.push(message('Renumbered {0} markers in {1} sequences.', edits.length, sequences));
  }
  const kind = (code: NumberingCode): LeftSentence => (code === 'numbering.family' ? LEFT_FAMILY : code === 'numbering.style' ? LEFT_STYLE : LEFT_OTHER);
  for (const sentence of [LEFT_FAMILY, LEFT_STYLE, LEFT_OTHER]) {
    const n = left.filter((problem) => kind(problem.code) === sentence).length;
    if (n > 0) {
      messages.push(sentence(n));
    }
  }
  return { edits, markers: edits.length, sequences, left, messages };
}
