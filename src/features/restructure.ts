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
import { applyVersionedEdits } from '../commands/edits';
import { logError } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { speechLanguages } from '../vscode/settings';

export const MOVE_UP_COMMAND = 'speechOutline.moveSectionUp';
export const MOVE_DOWN_COMMAND = 'speechOutline.moveSectionDown';
export const PROMOTE_COMMAND = 'speechOutline.promoteSection';
export const DEMOTE_COMMAND = 'speechOutline.demoteSection';
export const COPY_SECTION_COMMAND = 'speechOutline.copySectionText';
export const SELECT_SECTION_COMMAND = 'speechOutline.selectSection';

/** A section chosen outside the editor (a row of the structure view): its document and a way to find it in the current model. */
export interface SectionTarget {
  readonly document: vscode.TextDocument;
  readonly node: (model: SpeechModel) => SpeechNode | undefined;
}

/** Turns a command argument (a structure view row) into a section target; undefined for none. */
export type TargetResolver = (argument: unknown) => SectionTarget | undefined;

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
    void vscode.window.showInformationMessage(refusalMessage(result.reason));
    return false;
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

/** The speech editor the commands act on, or a message saying there is none. */
function activeSpeechEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || !speechLanguages().includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech draft to restructure it.'));
    return undefined;
  }
  return editor;
}

type Operation = (model: SpeechModel, node: SpeechNode) => RestructureResult;

/** The section a command acts on: the row it was called from, else the section at the cursor. */
function sectionFor(models: SpeechModelCache, resolve: TargetResolver, argument: unknown): { document: vscode.TextDocument; model: SpeechModel; node: SpeechNode | undefined } | undefined {
  const target = resolve(argument);
  if (target !== undefined) {
    const model = models.get(target.document);
    return { document: target.document, model, node: target.node(model) };
  }
  const editor = activeSpeechEditor();
  if (editor === undefined) {
    return undefined;
  }
  const model = models.get(editor.document);
  return { document: editor.document, model, node: sectionAt(model, toOffset(model, editor.selection.active)) };
}

async function run(models: SpeechModelCache, resolve: TargetResolver, argument: unknown, operation: Operation): Promise<boolean> {
  const section = sectionFor(models, resolve, argument);
  if (section === undefined) {
    return false;
  }
  const { document, model, node } = section;
  const version = document.version;
  return applyRestructure(models, document, version, node === undefined ? { ok: false, reason: 'noSection' } : operation(model, node));
}

/** Runs a command; a failure is logged and shown in one message, and nothing is changed. */
async function reported(what: string, body: () => Promise<boolean>): Promise<boolean> {
  try {
    return await body();
  } catch (error) {
    logError(`${what} failed:`, error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Speech Outline could not change the document: {0}', error instanceof Error ? error.message : String(error)));
    return false;
  }
}

/** Drops a section onto another (or onto empty space: undefined), as the structure view does. */
export async function dropOnto(models: SpeechModelCache, document: vscode.TextDocument, source: (model: SpeechModel) => SpeechNode | undefined, target: ((model: SpeechModel) => SpeechNode | undefined) | undefined): Promise<boolean> {
  return reported('drop', async () => {
    const model = models.get(document);
    const node = source(model);
    const onto = target?.(model);
    if (node === undefined || (target !== undefined && onto === undefined)) {
      return false;
    }
    return applyRestructure(models, document, document.version, dropSection(model, node, onto));
  });
}

export function registerRestructureCommands(models: SpeechModelCache, resolve: TargetResolver): vscode.Disposable {
  const command = (id: string, operation: Operation): vscode.Disposable =>
    vscode.commands.registerCommand(id, (argument?: unknown) => reported(id, () => run(models, resolve, argument, operation)));
  return vscode.Disposable.from(
    command(MOVE_UP_COMMAND, (model, node) => moveSection(model, node, 'up')),
    command(MOVE_DOWN_COMMAND, (model, node) => moveSection(model, node, 'down')),
    command(PROMOTE_COMMAND, promoteSection),
    command(DEMOTE_COMMAND, demoteSection),
    vscode.commands.registerCommand(COPY_SECTION_COMMAND, async (argument?: unknown) => {
      const section = sectionFor(models, resolve, argument);
      if (section?.node === undefined) {
        return false;
      }
      await vscode.env.clipboard.writeText(sectionText(section.model, section.node));
      return true;
    }),
    vscode.commands.registerCommand(SELECT_SECTION_COMMAND, async (argument?: unknown) => {
      const section = sectionFor(models, resolve, argument);
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
