import * as vscode from 'vscode';
import { checkDrafting, DRAFTING_CODES, type DraftingCode, type DraftingProblem } from '../core/drafting';
import { problemWithRange, type SpeechModel } from '../core';
import { toOffset, toRange } from '../vscode/convert';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { draftingCheckLevel } from '../vscode/settings';
import { CheckDiagnostics, DIAGNOSTIC_SOURCE, speechDiagnostic } from './diagnostics';
import { APPLY_EDITS_COMMAND } from '../commands/renumber';
import { SELECT_RANGE_COMMAND } from '../commands/selectRange';
import { localize } from '../vscode/l10n';

/** The problem a diagnostic was made from, found again in the current model. */
function problemOf(model: SpeechModel, diagnostic: vscode.Diagnostic): DraftingProblem | undefined {
  return problemWithRange(checkDrafting(model), String(diagnostic.code), { start: toOffset(model, diagnostic.range.start), end: toOffset(model, diagnostic.range.end) });
}

/** Quick fixes: the right count word for a promise; select template text to type over it. */
class DraftingCodeActionProvider implements vscode.CodeActionProvider {
  constructor(private readonly models: SpeechModelCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return guarded('drafting code actions', document, [], () => {
      const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && DRAFTING_CODES.includes(diagnostic.code as DraftingCode));
      if (ours.length === 0) return [];
      const model = this.models.get(document);
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of ours) {
        const problem = problemOf(model, diagnostic);
        if (problem === undefined) continue;
        const action = new vscode.CodeAction(localize(problem.fix.title), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        if (problem.fix.edit) {
          action.command = { title: action.title, command: APPLY_EDITS_COMMAND, arguments: [document.uri.toString(), document.version, [problem.fix.edit]] };
        } else if (problem.fix.select) {
          action.command = { title: action.title, command: SELECT_RANGE_COMMAND, arguments: [document.uri.toString(), toRange(model, problem.fix.select.start, problem.fix.select.end)] };
        }
        actions.push(action);
      }
      return actions;
    });
  }
}

/**
 * Count promises and template text as diagnostics (their own collection, same source as the
 * numbering checks), at the levels the settings give each code.
 */
export function registerDraftingChecks(models: SpeechModelCache): vscode.Disposable {
  return new CheckDiagnostics(models, `${DIAGNOSTIC_SOURCE}.drafting`, 'drafting checks', (model, document) => {
    const out: vscode.Diagnostic[] = [];
    for (const problem of checkDrafting(model)) {
      const level = draftingCheckLevel(problem.code, document);
      if (level === 'off') continue;
      const diagnostic = speechDiagnostic(toRange(model, problem.start, problem.end), localize(problem.message), level, problem.code);
      if (problem.code === 'drafting.template') diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
      out.push(diagnostic);
    }
    return out;
  });
}

export function registerDraftingCodeActions(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(selector, new DraftingCodeActionProvider(models), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}
