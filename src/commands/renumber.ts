import * as vscode from 'vscode';
import { joinSentences, renumberReport, type LeftProblem, type TextEdit } from '../core';
import { localize } from '../vscode/l10n';
import type { SpeechModelCache } from '../vscode/modelCache';
import { readSettings } from '../vscode/settings';
import { applyVersionedEdits } from './edits';
import { commandDocument, nothingToDo, refuse, registerReportedCommand, registerReportedValueCommand } from './shared';

export const RENUMBER_COMMAND = 'speechOutline.renumber';
/** Internal: applies edits computed for a given document version (used by quick fixes). */
export const APPLY_EDITS_COMMAND = '_speechOutline.applyEdits';

/** What Renumber Sections (and Fix all numbering, which runs it) did: the command's result. */
export interface RenumberResult {
  /** The document changed, as one undoable edit. */
  readonly changed: boolean;
  /** Markers changed, in how many sequences. */
  readonly markers: number;
  readonly sequences: number;
  /** The numbering problems the renumbered draft still has, as Problems shows them (checks that are off left out). */
  readonly left: readonly LeftProblem[];
  /** What the command told the user, as shown (in the UI language). */
  readonly message: string;
}

const nothing = (message: string): RenumberResult => ({ changed: false, markers: 0, sequences: 0, left: [], message });

/** Shows what is left, with a button to the Problems panel (not awaited: the command resolves at once). */
function showLeft(said: string): void {
  const show = vscode.l10n.t('Show Problems');
  void vscode.window.showInformationMessage(said, show).then((choice) => {
    if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}

/**
 * Renumbers every sequence of a document as one undoable edit, then says what changed ("Renumbered
 * 6 markers in 3 sequences.") or that nothing needed to, and what is left and why. Resolves to
 * what it did and said, so callers (and tests) can tell.
 */
export async function renumberDocument(models: SpeechModelCache, uri?: unknown): Promise<RenumberResult> {
  const document = await commandDocument(uri);
  if (document === undefined) {
    const reason = vscode.l10n.t('Open a speech draft to renumber it.');
    refuse(reason);
    return nothing(reason);
  }
  const version = document.version;
  const settings = readSettings(document);
  const report = renumberReport(models.get(document), { unifyStyle: settings.unifyStyle, shown: (code) => settings.checks[code] !== 'off' });
  const said = joinSentences(report.messages.map(localize));
  const result: RenumberResult = { changed: false, markers: report.markers, sequences: report.sequences, left: report.left, message: said };
  if (report.edits.length === 0) {
    if (report.left.length > 0) showLeft(said);
    else nothingToDo(said);
    return result;
  }
  if (!(await applyVersionedEdits(document, version, report.edits, models))) {
    const reason = vscode.l10n.t('The document could not be changed; nothing was renumbered.');
    refuse(reason);
    return nothing(reason);
  }
  if (report.left.length > 0) showLeft(said);
  else void vscode.window.setStatusBarMessage(said, 5000);
  return { ...result, changed: true };
}

export function registerRenumberCommands(models: SpeechModelCache): vscode.Disposable {
  return vscode.Disposable.from(
    // Resolves to a RenumberResult (undefined only when it failed, which it shows).
    registerReportedValueCommand(RENUMBER_COMMAND, 'renumber', (uri) => renumberDocument(models, uri)),
    registerReportedCommand(APPLY_EDITS_COMMAND, 'quick fix', async (uri, version, edits) => {
      const document = await commandDocument(uri);
      return document !== undefined && applyVersionedEdits(document, version as number, edits as TextEdit[], models);
    }),
  );
}
