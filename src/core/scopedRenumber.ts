// Renumbering chosen sequences only: after a restructuring, the sequences the edit changed are
// renumbered, and a numbering problem elsewhere in the draft stays the writer's to fix.

import type { SpeechModel, SpeechNode } from './model';
import { formatNumeral } from './grammar';
import type { TextEdit } from './numbering';

/** Same sequence key: headings of one level, or points of one family. */
function sameKey(a: SpeechNode, b: SpeechNode): boolean {
  return a.kind === b.kind && (a.kind === 'heading' ? a.level === b.level : a.kind === 'point' && a.family === b.family);
}

/**
 * The siblings numbered together with `node`: same parent, same key, not across a title or
 * salutation (the next speech of a collection numbers afresh); a point numbered one starts a new
 * list.
 */
// TODO(issue-11): ask the core's one definition of sibling sequences once it is exported.
export function sequenceMembers(model: SpeechModel, node: SpeechNode): SpeechNode[] {
  const siblings = node.parent?.children ?? model.roots;
  const index = siblings.indexOf(node);
  const isBreak = (sibling: SpeechNode): boolean => sibling.kind === 'title' || sibling.kind === 'salutation';
  let from = index;
  while (from > 0 && !isBreak(siblings[from - 1])) {
    from--;
  }
  let to = index + 1;
  while (to < siblings.length && !isBreak(siblings[to])) {
    to++;
  }
  const run = siblings.slice(from, to).filter((sibling) => sameKey(sibling, node));
  if (node.kind !== 'point') {
    return run;
  }
  // Lists of points restart at one within a section.
  const at = run.indexOf(node);
  let first = at;
  while (first > 0 && run[first].ordinal !== 1) {
    first--;
  }
  let last = at + 1;
  while (last < run.length && run[last].ordinal !== 1) {
    last++;
  }
  return run.slice(first, last);
}

/** The edits that number each group of nodes 1, 2, 3… in document order (numerals only). */
export function renumberGroups(groups: readonly (readonly SpeechNode[])[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const group of groups) {
    [...group].sort((a, b) => a.start - b.start).forEach((member, index) => {
      const style = member.style;
      if (style !== undefined && member.family !== 'sequence' && member.ordinal !== index + 1) {
        edits.push({ start: member.start + style.prefix.length, end: member.markerEnd - style.suffix.length, newText: formatNumeral(style.numeral, index + 1) });
      }
    });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/**
 * The edits that renumber the sequences holding `nodes`, and no other: each member gets its
 * position, only its numeral changes (brackets and separators stay as written). 首先/其次 are
 * words and are left alone.
 */
// TODO(issue-11): share the edit that writes an ordinal into a marker with the core's renumbering.
export function renumberSequencesOf(model: SpeechModel, nodes: readonly SpeechNode[]): TextEdit[] {
  const groups: SpeechNode[][] = [];
  const done = new Set<SpeechNode>();
  for (const node of nodes) {
    if ((node.kind !== 'heading' && node.kind !== 'point') || done.has(node)) {
      continue;
    }
    const members = sequenceMembers(model, node);
    members.forEach((member) => done.add(member));
    groups.push(members);
  }
  return renumberGroups(groups);
}
