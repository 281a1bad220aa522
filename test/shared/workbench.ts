// Helpers shared by the suites that run inside VS Code (test/integration in the Node extension host,
// test/web in the web worker host). Browser-safe: the vscode API and web globals only.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'speech-outline.speech-outline';
export const SPEECH = '安全生产工作会议讲话.speech';
export const REPORT = '政府工作报告提纲.speech';
export const BROKEN = '编号待修正的讲话.speech';

/** The outline in document order as `depth|name` (`depth|name|line` with `withLine`). */
export function flatten(symbols: readonly vscode.DocumentSymbol[], withLine = false, depth = 0, out: string[] = []): string[] {
  for (const symbol of [...symbols].sort((a, b) => a.range.start.compareTo(b.range.start))) {
    out.push(withLine ? `${depth}|${symbol.name}|${symbol.selectionRange.start.line}` : `${depth}|${symbol.name}`);
    flatten(symbol.children, withLine, depth + 1, out);
  }
  return out;
}

/** Polls `condition` (bounded), for state that has no event to await. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens an untitled speech document holding the file's text, so tests never change the file. */
export async function openCopy(file: vscode.Uri): Promise<vscode.TextEditor> {
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'speech', content }));
}

/** Waits (bounded) until this extension's diagnostics for `uri` satisfy `ready`. */
export async function diagnosticsOf(uri: vscode.Uri, ready: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  const current = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'speech-outline');
  if (ready(current())) return current();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`diagnostics not ready after ${timeoutMs} ms: ${JSON.stringify(current().map((d) => d.message))}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && ready(current())) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(current());
      }
    });
  });
}

/** Diagnostics in document order as `line:code:Severity`. */
export function summary(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return [...diagnostics]
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.code}:${vscode.DiagnosticSeverity[diagnostic.severity]}`);
}

/** This extension's marker completions at a position, most likely first (snippets and words left out). */
export async function markersAt(uri: vscode.Uri, position: vscode.Position, triggerCharacter?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, triggerCharacter);
  // The markers carry a three-digit sortText.
  return list.items
    .filter((item) => item.kind !== vscode.CompletionItemKind.Snippet && item.kind !== vscode.CompletionItemKind.Text && typeof item.sortText === 'string' && /^\d{3}$/.test(item.sortText))
    .sort((a, b) => a.sortText!.localeCompare(b.sortText!));
}

export const labelOf = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);

/** An error as text for a test report: its stack where there is one. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
