import * as vscode from 'vscode';
import { sectionShares, speechStats, type SectionShare } from '../core';
import { escapeMarkdown, grouped, lengthLabel, minutesFigureOf, minutesLabel, minutesOf, percent, targetOf } from '../vscode/length';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { readSettings, SECTION, speechLanguages } from '../vscode/settings';

export const SHOW_LENGTH_COMMAND = 'speechOutline.showLength';
/** Internal: the status item as shown ({ visible, text, tooltip }), for the tests. */
export const LENGTH_STATUS_COMMAND = '_speechOutline.lengthStatus';

/** Quiet time after typing or moving the selection before the figures are computed again. */
const SELECTION_DELAY_MS = 100;

/** The status item's content for an editor, or undefined when it is not a speech draft. */
interface LengthStatus {
  readonly text: string;
  readonly tooltip: vscode.MarkdownString;
  readonly over: boolean;
}

function rowName(row: SectionShare): string {
  return row.node ? row.node.name || row.node.marker : vscode.l10n.t('Title, salutation and opening');
}

function computeStatus(editor: vscode.TextEditor, models: SpeechModelCache): LengthStatus {
  const document = editor.document;
  const settings = readSettings(document);
  const model = models.get(document);
  const stats = speechStats(model);
  const total = stats.total;
  const totalMinutes = minutesOf(total, settings);
  const target = targetOf(document, settings);
  const over = target !== undefined && totalMinutes > target.minutes;

  const selections = editor.selections.filter((selection) => !selection.isEmpty);
  let text: string;
  if (selections.length > 0) {
    let chars = 0;
    let spoken = 0;
    for (const selection of selections) {
      const count = stats.range(document.offsetAt(selection.start), document.offsetAt(selection.end));
      chars += count.chars;
      spoken += count.spoken;
    }
    const selected = { chars, spoken };
    text = `$(selection) ${vscode.l10n.t('{0} of {1} chars', grouped(selected.chars), grouped(total.chars))}  $(clock) ${vscode.l10n.t('{0} of {1} min', minutesFigureOf(selected, settings), minutesFigureOf(total, settings))}`;
  } else {
    const time = target !== undefined
      ? `${over ? '$(warning)' : '$(clock)'} ${vscode.l10n.t('{0} of {1} min', minutesFigureOf(total, settings), target.minutes)}`
      : `$(clock) ${minutesLabel(total, settings)}`;
    text = `$(book) ${vscode.l10n.t('{0} chars', grouped(total.chars))}  ${time}`;
  }

  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${vscode.l10n.t('Length by section')}**\n\n`);
  tooltip.appendMarkdown(`| ${vscode.l10n.t('Section')} | ${vscode.l10n.t('Chars')} | ${vscode.l10n.t('Minutes')} | ${vscode.l10n.t('Share')} |\n|:--|--:|--:|--:|\n`);
  for (const row of sectionShares(model, settings.maxSectionShare)) {
    const name = escapeMarkdown(rowName(row));
    tooltip.appendMarkdown(`| ${row.tooLong ? '$(warning) ' : ''}${name} | ${grouped(row.count.chars)} | ${minutesFigureOf(row.count, settings)} | ${percent(row.share)} |\n`);
  }
  tooltip.appendMarkdown(`\n${vscode.l10n.t('Total: {0}', lengthLabel(total, settings))}  \n`);
  tooltip.appendMarkdown(`${vscode.l10n.t('Speaking rate: {0} chars per minute', settings.speakingRate)}  \n`);
  if (target !== undefined) {
    const difference = Math.abs(Math.round((totalMinutes - target.minutes) * 10) / 10);
    const where = target.source === 'name' ? vscode.l10n.t('from the file name') : vscode.l10n.t('from the settings');
    tooltip.appendMarkdown(`${vscode.l10n.t('Target: {0} min ({1})', target.minutes, where)} — ${over ? vscode.l10n.t('{0} min over', difference) : vscode.l10n.t('{0} min to spare', difference)}  \n`);
  }
  if (settings.maxSectionShare > 0) {
    tooltip.appendMarkdown(`${vscode.l10n.t('$(warning) marks a section over {0} of the whole.', percent(settings.maxSectionShare))}  \n`);
  }
  tooltip.appendMarkdown(`\n${vscode.l10n.t('Click to go to a section.')}`);
  return { text, tooltip, over };
}

function isSpeechEditor(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return editor !== undefined && speechLanguages().includes(editor.document.languageId);
}

/** The status bar item of a speech draft's length and speaking time, and its breakdown command. */
export function registerLengthStatus(models: SpeechModelCache): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('speechOutline.length', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Speech Length');
  item.command = SHOW_LENGTH_COMMAND;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown: LengthStatus | undefined;

  const update = (): void => {
    timer = undefined;
    const editor = vscode.window.activeTextEditor;
    if (!isSpeechEditor(editor)) {
      shown = undefined;
      item.hide();
      return;
    }
    shown = guarded('length status', editor.document, undefined, () => computeStatus(editor, models));
    if (shown === undefined) {
      item.hide();
      return;
    }
    item.text = shown.text;
    item.tooltip = shown.tooltip;
    item.backgroundColor = shown.over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  const schedule = (delay: number): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
    }
    timer = setTimeout(update, delay);
  };
  update();

  return vscode.Disposable.from(
    item,
    { dispose: () => timer !== undefined && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(() => schedule(0)),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor === vscode.window.activeTextEditor) schedule(SELECTION_DELAY_MS);
    }),
    // After typing pauses: the model cache's one debounce.
    models.onDidChangeModel(({ document }) => {
      if (document === vscode.window.activeTextEditor?.document) schedule(0);
    }),
    vscode.workspace.onDidOpenTextDocument(() => schedule(0)), // a language change reopens the document
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) schedule(0);
    }),
    vscode.commands.registerCommand(SHOW_LENGTH_COMMAND, () => showBreakdown(models)),
    vscode.commands.registerCommand(LENGTH_STATUS_COMMAND, () => {
      // The figures now, not after the debounce: what the item shows once it settles.
      update();
      return { visible: shown !== undefined, text: shown?.text ?? '', tooltip: shown?.tooltip.value ?? '' };
    }),
  );
}

/** A quick pick of the top-level sections with their length and share; picking one goes there. */
async function showBreakdown(models: SpeechModelCache): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!isSpeechEditor(editor)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech draft to see its length.'));
    return;
  }
  const document = editor.document;
  const settings = readSettings(document);
  const model = models.get(document);
  const rows = sectionShares(model, settings.maxSectionShare);
  const items = rows.map((row) => ({
    label: `${row.tooLong ? '$(warning) ' : ''}${rowName(row)}`,
    description: `${lengthLabel(row.count, settings)} · ${percent(row.share)}`,
    row,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Length by section: {0}', lengthLabel(speechStats(model).total, settings)),
    placeHolder: vscode.l10n.t('Go to a section'),
    matchOnDescription: true,
  });
  const node = picked?.row.node;
  if (node !== undefined && vscode.window.activeTextEditor?.document === document) {
    const position = document.positionAt(node.start);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
