import * as vscode from 'vscode';
import { checkNumbering, NUMBERING_CODES, problemWithRange, type NumberingCode } from '../core';
import { toOffset } from '../vscode/convert';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { APPLY_EDITS_COMMAND, RENUMBER_COMMAND } from '../commands/renumber';

/** Quick fixes for numbering problems: fix this number, or fix all numbering in the document. */
export class NumberingCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly models: SpeechModelCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    return guarded('code actions', document, [], () => {
      const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && NUMBERING_CODES.includes(diagnostic.code as NumberingCode));
      if (ours.length === 0 || token.isCancellationRequested) {
        return [];
      }
      const model = this.models.get(document);
      const problems = checkNumbering(model);
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of ours) {
        const problem = problemWithRange(problems, String(diagnostic.code), { start: toOffset(model, diagnostic.range.start), end: toOffset(model, diagnostic.range.end) });
        if (problem === undefined) {
          continue;
        }
        // A shifted run is fixed by renumbering it, as one edit; other problems by their own marker.
        const title = problem.renumber !== undefined ? vscode.l10n.t('Renumber the sequence') : vscode.l10n.t('Change to "{0}"', problem.expected);
        const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        fix.diagnostics = [diagnostic];
        fix.isPreferred = true;
        fix.command = { title: fix.title, command: APPLY_EDITS_COMMAND, arguments: [document.uri.toString(), document.version, problem.renumber ?? [problem.fix]] };
        actions.push(fix);
        if (problem.wholeList !== undefined) {
          // Mixed point forms need the writer's choice: the stray's form for the whole list, as one edit.
          const list = new vscode.CodeAction(vscode.l10n.t('Change the list to "{0}…"', problem.wholeList.marker), vscode.CodeActionKind.QuickFix);
          list.diagnostics = [diagnostic];
          list.command = { title: list.title, command: APPLY_EDITS_COMMAND, arguments: [document.uri.toString(), document.version, problem.wholeList.edits] };
          actions.push(list);
        }
      }
      const all = new vscode.CodeAction(vscode.l10n.t('Fix all numbering in the document'), vscode.CodeActionKind.QuickFix);
      all.diagnostics = ours;
      all.command = { title: all.title, command: RENUMBER_COMMAND, arguments: [document.uri] };
      actions.push(all);
      return actions;
    });
  }
}

export function registerNumberingCodeActions(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(selector, new NumberingCodeActionProvider(models), {
    providedCodeActionKinds: NumberingCodeActionProvider.providedCodeActionKinds,
  });
}
