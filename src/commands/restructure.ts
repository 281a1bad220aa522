// Restructuring commands: move a section up or down, promote or demote it, copy or select it; on
// the section at the cursor, or on a row of the structure view (a SectionRef argument).

import * as vscode from 'vscode';
import {
  blockStartOffset,
  demoteSection,
  dropSection,
  moveSection,
  promoteSection,
  sectionAt,
  sectionText,
  type RestructureRefusal,
  type RestructureResult,
  type SpeechModel,
  type SpeechNode,
} from '../core';
import { toOffset, toRange } from '../vscode/convert';
import type { DocumentIdentities } from '../vscode/identities';
import type { SpeechModelCache } from '../vscode/modelCache';
import { applyVersionedEdits } from './edits';
import { activeSpeechEditor, refuse, registerReportedCommand, reported } from './shared';

export const MOVE_UP_COMMAND = 'speechOutline.moveSectionUp';
export const MOVE_DOWN_COMMAND = 'speechOutline.moveSectionDown';
export const PROMOTE_COMMAND = 'speechOutline.promoteSection';
export const DEMOTE_COMMAND = 'speechOutline.demoteSection';
export const COPY_SECTION_COMMAND = 'speechOutline.copySectionText';
export const SELECT_SECTION_COMMAND = 'speechOutline.selectSection';

/** What the user reads when a restructuring is refused. */
function refusalMessage(reason: RestructureRefusal): string {
  switch (reason) {
    case 'noSection':
      return vscode.l10n.t('Put the cursor in a numbered section: the title, salutation and closing do not move.');
    case 'first':
      return vscode.l10n.t('This is the first section at its level: it cannot move up.');
    case 'last':
      return vscode.l10n.t('This is the last section at its level: it cannot move down.');
    case 'point':
      return vscode.l10n.t('Points (一要, 一是, 第一, 首先) have no level: only headings are promoted or demoted.');
    case 'noPrevious':
      return vscode.l10n.t('No section before it at its level to go under: it cannot be demoted.');
    case 'deepest':
      return vscode.l10n.t('Headings go four levels deep (一、 （一） 1. （1）): it cannot go further down.');
    case 'top':
      return vscode.l10n.t('This section is already at the top level: it cannot be promoted.');
    case 'sharedLine':
      return vscode.l10n.t('This section shares its line with other text: it cannot move alone.');
    case 'sequenceWords':
      return vscode.l10n.t('首先/其次/最后 are words, not numbers: such points do not move.');
    case 'intoItself':
      return vscode.l10n.t('A section cannot go inside itself.');
    case 'mismatch':
      return vscode.l10n.t('A heading goes before a heading, a point before a point of its kind.');
    case 'ambiguous':
      return vscode.l10n.t('After this change the draft would read differently (a section would merge or become the closing); nothing was changed.');
  }
}

/**
 * Applies a restructuring computed on the document's current model as one undoable edit, then
 * puts the cursor on the section's heading. Refusals are shown in one short message. Returns
 * whether the document changed.
 */
export async function applyRestructure(models: SpeechModelCache, document: vscode.TextDocument, version: number, result: RestructureResult): Promise<boolean> {
  if (!result.ok) {
    return refuse(refusalMessage(result.reason));
  }
  if (result.edits.length === 0) {
    return false;
  }
  const applied = await applyVersionedEdits(document, version, result.edits, models);
  if (applied) {
    const editor = vscode.window.visibleTextEditors.find((visible) => visible.document === document);
    if (editor !== undefined) {
      const model = models.get(document);
      const heading = model.nodes.find((node) => node.line === result.line);
      const { line, character } = model.lines.positionAt(heading?.start ?? blockStartOffset(model, result.line));
      const at = new vscode.Position(line, character);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }
  return applied;
}

type Operation = (model: SpeechModel, node: SpeechNode) => RestructureResult;

/** The section a command acts on: the row it was called from, else the section at the cursor. */
function sectionFor(models: SpeechModelCache, identities: DocumentIdentities, argument: unknown): { document: vscode.TextDocument; model: SpeechModel; node: SpeechNode | undefined } | undefined {
  const row = identities.resolve(argument);
  if (row !== undefined) {
    return row;
  }
  const editor = activeSpeechEditor();
  if (editor === undefined) {
    refuse(vscode.l10n.t('Open a speech draft to restructure it.'));
    return undefined;
  }
  const model = models.get(editor.document);
  return { document: editor.document, model, node: sectionAt(model, toOffset(model, editor.selection.active)) };
}

async function run(models: SpeechModelCache, identities: DocumentIdentities, argument: unknown, operation: Operation): Promise<boolean> {
  const section = sectionFor(models, identities, argument);
  if (section === undefined) {
    return false;
  }
  const { document, model, node } = section;
  return applyRestructure(models, document, document.version, node === undefined ? { ok: false, reason: 'noSection' } : operation(model, node));
}

/**
 * Drops the section `source` names onto the one `target` names (undefined: empty space), as the
 * structure view does. Returns whether the document changed.
 */
export async function dropOnto(models: SpeechModelCache, identities: DocumentIdentities, source: unknown, target: unknown): Promise<boolean> {
  return reported('drop', async () => {
    const from = identities.resolve(source);
    const onto = target === undefined ? undefined : identities.resolve(target);
    if (from === undefined || (target !== undefined && onto?.document !== from.document)) {
      return false;
    }
    return applyRestructure(models, from.document, from.document.version, dropSection(from.model, from.node, onto?.node));
  });
}

export function registerRestructureCommands(models: SpeechModelCache, identities: DocumentIdentities): vscode.Disposable {
  const command = (id: string, operation: Operation): vscode.Disposable =>
    registerReportedCommand(id, id, (argument?: unknown) => run(models, identities, argument, operation));
  return vscode.Disposable.from(
    command(MOVE_UP_COMMAND, (model, node) => moveSection(model, node, 'up')),
    command(MOVE_DOWN_COMMAND, (model, node) => moveSection(model, node, 'down')),
    command(PROMOTE_COMMAND, promoteSection),
    command(DEMOTE_COMMAND, demoteSection),
    vscode.commands.registerCommand(COPY_SECTION_COMMAND, async (argument?: unknown) => {
      const section = sectionFor(models, identities, argument);
      if (section?.node === undefined) {
        return false;
      }
      await vscode.env.clipboard.writeText(sectionText(section.model, section.node));
      return true;
    }),
    vscode.commands.registerCommand(SELECT_SECTION_COMMAND, async (argument?: unknown) => {
      const section = sectionFor(models, identities, argument);
      if (section?.node === undefined) {
        return false;
      }
      const { document, model, node } = section;
      const editor = await vscode.window.showTextDocument(document);
      const range = toRange(model, blockStartOffset(model, node.line), node.end);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return true;
    }),
  );
}
