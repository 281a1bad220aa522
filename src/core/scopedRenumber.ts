// Renumbering chosen sequences only: after a restructuring, the sequences the edit changed are
// renumbered, and a numbering problem elsewhere in the draft stays the writer's to fix.

import type { SpeechModel, SpeechNode } from './model';
import { sequenceOf } from './siblings';
import { numberMembers, type TextEdit } from './numbering';

/**
 * The markers numbered together with `node` (the core's one definition of sibling sequences: one
 * level or family under one parent, a point list restarting at 一, a new speech starting afresh,
 * strays counted in the list they continue). Empty for 首先/其次, which are words.
 */
export function sequenceMembers(model: SpeechModel, node: SpeechNode): readonly SpeechNode[] {
  const sequence = sequenceOf(model, node);
  return sequence !== undefined && sequence.numbered ? sequence.members : [];
}

/** The edits that number each group of nodes 1, 2, 3… in document order (numerals only). */
export function renumberGroups(groups: readonly (readonly SpeechNode[])[]): TextEdit[] {
  return groups.flatMap((group) => numberMembers([...group].sort((a, b) => a.start - b.start))).sort((a, b) => a.start - b.start);
}

/**
 * The edits that renumber the sequences holding `nodes`, and no other: each member gets its
 * position, only its numeral changes (brackets and separators stay as written). 首先/其次 are
 * words and are left alone.
 */
export function renumberSequencesOf(model: SpeechModel, nodes: readonly SpeechNode[]): TextEdit[] {
  const groups: SpeechNode[][] = [];
  const done = new Set<SpeechNode>();
  for (const node of nodes) {
    if ((node.kind !== 'heading' && node.kind !== 'point') || done.has(node)) {
      continue;
    }
    const members = sequenceMembers(model, node);
    members.forEach((member) => done.add(member));
    groups.push([...members]);
  }
  return renumberGroups(groups);
}
