import * as vscode from 'vscode';
import { checkNumbering, problemMessage, type Severity } from '../core';
import { toRange } from '../vscode/convert';
import { localize } from '../vscode/l10n';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { readSettings, SECTION, speechSelector } from '../vscode/settings';

/** The `source` of our diagnostics, which code actions look for. */
export const DIAGNOSTIC_SOURCE = 'speech-outline';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Numbering problems as diagnostics, kept up to date as the user types (after the model cache's shared debounce). */
export class NumberingDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly subscriptions: vscode.Disposable[];
  private readonly initial: ReturnType<typeof setTimeout>;

  constructor(private readonly models: SpeechModelCache) {
    this.subscriptions = [
      models.onDidChangeModel(({ document }) => this.update(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.collection.delete(document.uri)),
      // A document whose language changed is reopened; one that is no speech any more loses its problems.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (vscode.languages.match(speechSelector(), document) === 0) {
          this.collection.delete(document.uri);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) {
          this.updateAll();
        }
      }),
    ];
    // Documents already open are checked right after activation, not during it.
    this.initial = setTimeout(() => this.updateAll(), 0);
  }

  private updateAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      this.update(document);
    }
  }

  /** Recomputes a document's diagnostics (or clears them when it is not a speech document). */
  update(document: vscode.TextDocument): void {
    if (document.isClosed || vscode.languages.match(speechSelector(), document) === 0) {
      this.collection.delete(document.uri);
      return;
    }
    const diagnostics = guarded('numbering checks', document, [], () => {
      const model = this.models.get(document);
      const { checks } = readSettings(document);
      const result: vscode.Diagnostic[] = [];
      for (const problem of checkNumbering(model)) {
        const level = checks[problem.code];
        if (level === 'off') {
          continue;
        }
        const diagnostic = new vscode.Diagnostic(toRange(model, problem.start, problem.end), localize(problemMessage(problem)), SEVERITIES[level]);
        diagnostic.code = problem.code;
        diagnostic.source = DIAGNOSTIC_SOURCE;
        result.push(diagnostic);
      }
      return result;
    });
    this.collection.set(document.uri, diagnostics);
  }

  dispose(): void {
    clearTimeout(this.initial);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.collection.dispose();
  }
}

export function registerNumberingDiagnostics(models: SpeechModelCache): vscode.Disposable {
  return new NumberingDiagnostics(models);
}
