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

/** Typing pauses shorter than this do not recompute the checks. */
const DEBOUNCE_MS = 300;

/** Numbering problems as diagnostics, kept up to date as the user types. */
export class NumberingDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly models: SpeechModelCache) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.update(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) {
          this.updateAll();
        }
      }),
    ];
    // Documents already open are checked right after activation, not during it.
    this.pending.set('', setTimeout(() => {
      this.pending.delete('');
      this.updateAll();
    }, 0));
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.update(document);
    }, DEBOUNCE_MS));
  }

  private updateAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      this.update(document);
    }
  }

  private forget(uri: vscode.Uri): void {
    clearTimeout(this.pending.get(uri.toString()));
    this.pending.delete(uri.toString());
    this.collection.delete(uri);
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
    for (const timer of this.pending.values()) {
      clearTimeout(timer);
    }
    this.pending.clear();
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.collection.dispose();
  }
}

export function registerNumberingDiagnostics(models: SpeechModelCache): vscode.Disposable {
  return new NumberingDiagnostics(models);
}
