// Restructuring a draft by section: move a section up or down among its siblings, promote or demote
// it a level, or drop it before another section. Each is planned here (where the section goes, its
// level, the sequences it joins and leaves) and carried out as data by restructureEdits.ts: one
// minimal set of edits, checked by parsing the result; when the draft would read differently than
// intended (a section that turns into the closing, a heading that swallows its neighbours), the
// edit is refused.

import { DEEPEST_HEADING_LEVEL } from './headingLevels';
import type { SpeechModel, SpeechNode } from './model';
import { execute, refuse, subtree, type RestructureRefusal, type RestructureResult } from './restructureEdits';
import { sequenceMembers } from './scopedRenumber';
import { blockStartOffset, sectionBlock, type LineBlock } from './sectionBlocks';

export type { RestructureRefusal, RestructureResult } from './restructureEdits';

type Direction = 'up' | 'down';

function siblingsOf(model: SpeechModel, node: SpeechNode): readonly SpeechNode[] {
  return node.parent?.children ?? model.roots;
}

/** The sibling right before or after `node`, when it belongs to the same sequence (siblings.ts). */
function neighbour(model: SpeechModel, node: SpeechNode, direction: Direction): SpeechNode | undefined {
  const siblings = siblingsOf(model, node);
  const index = siblings.indexOf(node);
  const other = siblings[direction === 'up' ? index - 1 : index + 1];
  return other !== undefined && sequenceMembers(model, node).includes(other) ? other : undefined;
}

/** Point lists to renumber (original nodes): the lists a point joins and leaves. */
function pointGroups(model: SpeechModel, node: SpeechNode, joined: SpeechNode | undefined): SpeechNode[][] {
  if (node.kind !== 'point') {
    return [];
  }
  const own = sequenceMembers(model, node);
  if (joined === undefined || own.includes(joined)) {
    return [[...own]];
  }
  return [[...sequenceMembers(model, joined), node], own.filter((member) => member !== node)];
}

function isInside(node: SpeechNode, ancestor: SpeechNode): boolean {
  for (let current: SpeechNode | undefined = node; current; current = current.parent) {
    if (current === ancestor) {
      return true;
    }
  }
  return false;
}

/** The section that restructuring commands act on at `offset`: the innermost heading around it, else the innermost point that begins its line. */
export function sectionAt(model: SpeechModel, offset: number): SpeechNode | undefined {
  let heading: SpeechNode | undefined;
  let point: SpeechNode | undefined;
  const visit = (nodes: readonly SpeechNode[]): void => {
    for (const node of nodes) {
      // A section's lines run from its line's start to the end of its last line, and over the
      // blank lines after it (they move with it).
      const from = model.lines.lineStart(node.line);
      const block = node.kind === 'heading' ? sectionBlock(model, node) : undefined;
      const inside = block !== undefined
        ? offset >= from && (offset < block.end || (block.end === model.text.length && offset === block.end))
        : offset >= from && offset <= model.lines.lineContentEnd(node.endLine);
      if (!inside) {
        continue;
      }
      if (node.kind === 'heading') {
        heading = node;
      } else if (node.kind === 'point' && sectionBlock(model, node) !== undefined) {
        point = node;
      }
      visit(node.children);
    }
  };
  visit(model.roots);
  return heading ?? point;
}

/** Moves the section `node` (with everything under it) past its previous or next sibling, and renumbers that sequence. */
export function moveSection(model: SpeechModel, node: SpeechNode, direction: Direction): RestructureResult {
  const basics = movable(model, node);
  if (typeof basics === 'string') {
    return refuse(basics);
  }
  const other = neighbour(model, node, direction);
  if (other === undefined) {
    return refuse(direction === 'up' ? 'first' : 'last');
  }
  const otherBlock = sectionBlock(model, other);
  if (otherBlock === undefined) {
    return refuse('sharedLine');
  }
  return execute(model, {
    node, block: basics, insertAt: direction === 'up' ? otherBlock.start : otherBlock.end,
    parent: node.parent, levelDelta: 0, joins: [], adopted: [], left: undefined, groups: pointGroups(model, node, undefined),
  });
}

/** Demotes a heading one level: it becomes the last child of its previous sibling; its subsections move down with it. */
export function demoteSection(model: SpeechModel, node: SpeechNode): RestructureResult {
  if (node.kind === 'point') {
    return refuse('point');
  }
  const basics = movable(model, node);
  if (typeof basics === 'string') {
    return refuse(basics);
  }
  const previous = neighbour(model, node, 'up');
  if (previous === undefined) {
    return refuse('noPrevious');
  }
  // It joins the previous section's subsections at their level, else one level down.
  const joins = previous.children.filter((child) => child.kind === 'heading');
  const level = joins.length > 0 ? joins[joins.length - 1].level : node.level + 1;
  const delta = level - node.level;
  if (subtree(node).some((heading) => heading.kind === 'heading' && heading.level + delta > DEEPEST_HEADING_LEVEL)) {
    return refuse('deepest');
  }
  return execute(model, { node, block: basics, parent: previous, levelDelta: delta, joins, adopted: [], left: neighbour(model, node, 'down') });
}

/**
 * Promotes a heading one level, in place: its parent section ends where it starts, it takes its
 * parent's level, and the siblings that followed it become its subsections.
 */
export function promoteSection(model: SpeechModel, node: SpeechNode): RestructureResult {
  if (node.kind === 'point') {
    return refuse('point');
  }
  const basics = movable(model, node);
  if (typeof basics === 'string') {
    return refuse(basics);
  }
  const parent = node.parent;
  if (parent === undefined || parent.kind !== 'heading') {
    return refuse('top');
  }
  const siblings = parent.children;
  const adopted = siblings.slice(siblings.indexOf(node) + 1);
  const grandSiblings = siblingsOf(model, parent);
  return execute(model, {
    node, block: basics, parent: parent.parent, levelDelta: parent.level - node.level,
    joins: grandSiblings.filter((sibling) => sibling.kind === 'heading'), adopted, left: undefined,
  });
}

/**
 * Drops a section onto `target`: it goes right before it, as its sibling (at its level). With no
 * target it goes after the last top-level section. The same edit as the move commands when the
 * target is a neighbour.
 */
export function dropSection(model: SpeechModel, node: SpeechNode, target: SpeechNode | undefined): RestructureResult {
  const basics = movable(model, node);
  if (typeof basics === 'string') {
    return refuse(basics);
  }
  if (target !== undefined && isInside(target, node)) {
    return refuse('intoItself');
  }
  let insertAt: number;
  let parent: SpeechNode | undefined;
  let level = node.level;
  let joins: readonly SpeechNode[];
  let joined: SpeechNode | undefined;
  if (target === undefined) {
    // After the last top-level section of the same kind.
    const last = [...model.roots].reverse().find((root) => node.kind === 'heading' ? root.kind === 'heading' : root.kind === 'point' && root.family === node.family);
    if (last === undefined) {
      return refuse('mismatch');
    }
    if (last === node) {
      return { ok: true, edits: [], text: model.text, line: node.line };
    }
    const lastBlock = sectionBlock(model, last);
    if (lastBlock === undefined) {
      return refuse('sharedLine');
    }
    insertAt = lastBlock.end;
    joined = last;
    parent = undefined;
    level = last.level;
    joins = model.roots;
  } else {
    if (target.kind !== node.kind || (node.kind === 'point' && target.family !== node.family) || (target.kind !== 'heading' && target.kind !== 'point')) {
      return refuse('mismatch');
    }
    const targetBlock = sectionBlock(model, target);
    if (targetBlock === undefined) {
      return refuse('sharedLine');
    }
    if (neighbour(model, node, 'down') === target) {
      // Already right before it.
      return { ok: true, edits: [], text: model.text, line: node.line };
    }
    insertAt = targetBlock.start;
    joined = target;
    parent = target.parent;
    level = target.level;
    joins = siblingsOf(model, target);
  }
  const delta = node.kind === 'heading' ? level - node.level : 0;
  if (subtree(node).some((heading) => heading.kind === 'heading' && (heading.level + delta > DEEPEST_HEADING_LEVEL || heading.level + delta < 1))) {
    return refuse('deepest');
  }
  const left = neighbour(model, node, 'down') ?? neighbour(model, node, 'up');
  return execute(model, { node, block: basics, insertAt, parent, levelDelta: delta, joins, adopted: [], left, groups: pointGroups(model, node, joined) });
}

/** The section's block, or why it cannot move. */
function movable(model: SpeechModel, node: SpeechNode): LineBlock | RestructureRefusal {
  if (node.kind !== 'heading' && node.kind !== 'point') {
    return 'noSection';
  }
  if (node.kind === 'point' && node.family === 'sequence') {
    return 'sequenceWords';
  }
  return sectionBlock(model, node) ?? 'sharedLine';
}

/** The text of a section as the user sees it: its lines, without the blank lines after it. */
export function sectionText(model: SpeechModel, node: SpeechNode): string {
  return model.text.slice(blockStartOffset(model, node.line), node.end);
}
