// The 提纲: the outline a drafter sends for approval before the full text, as plain text (markers
// as written, indented by level) or as Markdown (headings by level, points as list items). Shared
// by the Copy Outline / Open Outline as Markdown commands and the CLI's --markdown.

import type { SpeechModel, SpeechNode } from './model';

/** What goes into the 提纲. */
export interface TigangOptions {
  /** Deepest level of sections kept: 1 = top-level sections only. Default: all. */
  readonly depth?: number;
  /** Keep 一要/一是/第一/首先 points (default true); headings are always kept. */
  readonly points?: boolean;
}

/** Two ideographic spaces per level: how Chinese documents indent. */
const TEXT_INDENT = '\u3000\u3000';

/** A node's heading as written, whole (the outline's name may be shortened). */
function headingText(model: SpeechModel, node: SpeechNode): string {
  return model.text.slice(node.start, node.headingEnd).replace(/\s+/g, ' ').trim();
}

/** The title (first title of the draft) and the kept sections with their depth among kept sections. */
function keptNodes(model: SpeechModel, options: TigangOptions): { title: SpeechNode | undefined; sections: { node: SpeechNode; depth: number }[] } {
  const maxDepth = options.depth !== undefined && options.depth > 0 ? options.depth : Infinity;
  const withPoints = options.points !== false;
  const title = model.nodes.find((node) => node.kind === 'title');
  const sections: { node: SpeechNode; depth: number }[] = [];
  // Depth counts kept section ancestors, so a speech whose top level is points starts at 1 too.
  const depthOf = new Map<SpeechNode, number>();
  for (const node of model.nodes) {
    if (node.kind !== 'heading' && node.kind !== 'point') {
      continue;
    }
    const parentDepth = node.parent !== undefined ? depthOf.get(node.parent) : 0;
    if (parentDepth === undefined) {
      continue; // under a node that was left out
    }
    const depth = parentDepth + 1;
    if (depth > maxDepth || (node.kind === 'point' && !withPoints)) {
      continue;
    }
    depthOf.set(node, depth);
    sections.push({ node, depth });
  }
  return { title, sections };
}

/** The 提纲 as plain text: the title, then each kept section's heading, indented by level. */
export function tigangText(model: SpeechModel, options: TigangOptions = {}): string {
  const { title, sections } = keptNodes(model, options);
  const lines: string[] = [];
  if (title !== undefined) {
    lines.push(headingText(model, title));
  }
  for (const { node, depth } of sections) {
    lines.push(TEXT_INDENT.repeat(depth - 1) + headingText(model, node));
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** Text from the draft made literal in Markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/**
 * The 提纲 as Markdown: the title as `#`, headings as `##` and deeper by level (at most `######`),
 * points as list items under their heading (nested under a point they belong to).
 */
export function tigangMarkdown(model: SpeechModel, options: TigangOptions = {}): string {
  const { title, sections } = keptNodes(model, options);
  const out: string[] = [];
  if (title !== undefined) {
    out.push(`# ${escapeMarkdown(headingText(model, title))}`, '');
  }
  // Heading depth among headings; a point's list depth counts the points above it.
  const headingDepth = new Map<SpeechNode, number>();
  const listDepth = new Map<SpeechNode, number>();
  let inList = false;
  for (const { node } of sections) {
    const text = escapeMarkdown(headingText(model, node));
    const parent = node.parent;
    if (node.kind === 'heading') {
      const depth = (parent !== undefined ? headingDepth.get(parent) ?? 0 : 0) + 1;
      headingDepth.set(node, depth);
      if (inList) {
        out.push('');
        inList = false;
      }
      out.push(`${'#'.repeat(Math.min(depth + 1, 6))} ${text}`, '');
    } else {
      const depth = parent !== undefined ? listDepth.get(parent) ?? 0 : 0;
      listDepth.set(node, depth + 1);
      out.push(`${'  '.repeat(depth)}- ${text}`);
      inList = true;
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') {
    out.pop();
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
