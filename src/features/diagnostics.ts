import * as vscode from 'vscode';
import { checkNumbering, problemMessage, type Severity, type SpeechModel } from '../core';
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

/** A diagnostic of ours, at the user-set level (the caller leaves out problems whose level is off). */
export function speechDiagnostic(range: vscode.Range, message: string, level: Severity, code: string): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, message, SEVERITIES[level]);
  diagnostic.code = code;
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

/**
 * One family of checks as diagnostics in a collection of its own, kept up to date as the user
 * types (after the model cache's shared debounce), when settings change, and cleared when a
 * document closes or stops being a speech. The numbering checks and the drafting checks both use it.
 */
export class CheckDiagnostics implements vscode.Disposable {
  private readonly collection: vscode.DiagnosticCollection;
  private readonly subscriptions: vscode.Disposable[];
  private readonly initial: ReturnType<typeof setTimeout>;

  /** `diagnose` gives a speech document's diagnostics; `what` names the checks in the log when it throws. */
  constructor(
    private readonly models: SpeechModelCache,
    collection: string,
    private readonly what: string,
    private readonly diagnose: (model: SpeechModel, document: vscode.TextDocument) => vscode.Diagnostic[],
  ) {
    this.collection = vscode.languages.createDiagnosticCollection(collection);
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
    this.collection.set(document.uri, guarded(this.what, document, [], () => this.diagnose(this.models.get(document), document)));
  }

  dispose(): void {
    clearTimeout(this.initial);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.collection.dispose();
  }
}

/** Numbering problems as diagnostics, at the levels the settings give each code. */
export function registerNumberingDiagnostics(models: SpeechModelCache): vscode.Disposable {
  return new CheckDiagnostics(models, DIAGNOSTIC_SOURCE, 'numbering checks', (model, document) => {
    const { checks } = readSettings(document);
    const result: vscode.Diagnostic[] = [];
    for (const problem of checkNumbering(model)) {
      const level = checks[problem.code];
      if (level !== 'off') {
        result.push(speechDiagnostic(toRange(model, problem.start, problem.end), localize(problemMessage(problem)), level, problem.code));
      }
    }
    return result;
  });
}
