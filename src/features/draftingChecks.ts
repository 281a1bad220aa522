import * as vscode from 'vscode';
import { checkDrafting, DRAFTING_CODES, type DraftingCode, type DraftingProblem } from '../core/drafting';
import type { SpeechModel } from '../core';
import { toRange } from '../vscode/convert';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { draftingCheckLevel, SECTION, speechSelector } from '../vscode/settings';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { APPLY_EDITS_COMMAND } from '../commands/renumber';
import { SELECT_RANGE_COMMAND } from '../commands/selectRange';
import { localize } from '../vscode/l10n';


const SEVERITIES = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
} as const;

/** The problem a diagnostic was made from, found again in the current model. */
function problemOf(model: SpeechModel, diagnostic: vscode.Diagnostic): DraftingProblem | undefined {
  return checkDrafting(model).find((problem) => problem.code === diagnostic.code && toRange(model, problem.start, problem.end).isEqual(diagnostic.range));
}

/**
 * Count promises and template text as diagnostics (their own collection, same source as the
 * numbering checks), kept up to date after the model cache's shared debounce.
 */
class DraftingDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}.drafting`);
  private readonly initial: ReturnType<typeof setTimeout>;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly models: SpeechModelCache) {
    this.subscriptions = [
      models.onDidChangeModel(({ document }) => this.update(document)),
      // A document that is no speech any more (its language changed) loses its problems.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (vscode.languages.match(speechSelector(), document) === 0) this.collection.delete(document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.collection.delete(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) vscode.workspace.textDocuments.forEach((document) => this.update(document));
      }),
    ];
    this.initial = setTimeout(() => vscode.workspace.textDocuments.forEach((document) => this.update(document)), 0);
  }

  update(document: vscode.TextDocument): void {
    if (document.isClosed || vscode.languages.match(speechSelector(), document) === 0) {
      this.collection.delete(document.uri);
      return;
    }
    const diagnostics = guarded('drafting checks', document, [], () => {
      const model = this.models.get(document);
      const out: vscode.Diagnostic[] = [];
      for (const problem of checkDrafting(model)) {
        const level = draftingCheckLevel(problem.code, document);
        if (level === 'off') continue;
        const diagnostic = new vscode.Diagnostic(toRange(model, problem.start, problem.end), localize(problem.message), SEVERITIES[level]);
        diagnostic.code = problem.code;
        diagnostic.source = DIAGNOSTIC_SOURCE;
        if (problem.code === 'drafting.template') diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
        out.push(diagnostic);
      }
      return out;
    });
    this.collection.set(document.uri, diagnostics);
  }

  dispose(): void {
    clearTimeout(this.initial);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.collection.dispose();
  }
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

export function registerDraftingChecks(models: SpeechModelCache): vscode.Disposable {
  return new DraftingDiagnostics(models);
}

export function registerDraftingCodeActions(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(selector, new DraftingCodeActionProvider(models), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}
