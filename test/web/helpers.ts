// Shared by the web suite: samples from the opened workspace folder (a copy of samples/ that the
// harness makes), waiting for diagnostics, outline flattening. Browser-safe: vscode API only.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'speech-outline.speech-outline';
export const SPEECH = '安全生产工作会议讲话.speech';
export const BROKEN = '编号待修正的讲话.speech';

/** URI of a sample in the workspace folder (vscode-remote://… on code-server). */
export function sample(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open (the harness opens a copy of samples/)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** A sample's text, read through VS Code's file system API (no Node fs in a web worker). */
export async function sampleText(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(sample(name)));
}

/** Symbols in document order as `depth|name`. */
export function flatten(symbols: vscode.DocumentSymbol[], depth = 0, out: string[] = []): string[] {
  for (const symbol of [...symbols].sort((a, b) => a.range.start.compareTo(b.range.start))) {
    out.push(`${depth}|${symbol.name}`);
    flatten(symbol.children, depth + 1, out);
  }
  return out;
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

/** Polls `condition` (bounded), for state that has no event to await. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
