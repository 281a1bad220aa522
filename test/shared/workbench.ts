// Helpers shared by the suites that run inside VS Code (test/integration in the Node extension host,
// test/web in the web worker host). Browser-safe: the vscode API and web globals only.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'speech-outline.speech-outline';
export const SPEECH = '安全生产工作会议讲话.speech';
export const REPORT = '政府工作报告提纲.speech';
export const BROKEN = '编号待修正的讲话.speech';

/**
 * A sample in the opened workspace folder: the harness opens samples/ (a copy of it for the web
 * worker run), and @vscode/test-cli opens samples/ too. Read through VS Code (vscode-remote:// in
 * the web worker host), never through Node.
 */
export function sample(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open (the harness opens samples/)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** A file of the extension under test (its snippets, say), in any host. */
export function extensionFile(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, ...segments);
}

/** The document symbols of a file, opened first. */
export async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  await vscode.workspace.openTextDocument(uri);
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

/** One test in the report a suite's run() writes for the harness (scripts/run-integration.mjs). */
export interface TestResult {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  duration?: number;
  error?: string;
}

/** The report: written when the run starts ("running"), after each test, and at the end ("done"). */
export interface Report {
  state: 'running' | 'done';
  vscodeVersion: string;
  appHost: string;
  /** Facts about the host the tests run in, for the harness to print (the web suite). */
  host?: { processDefined: boolean; workerGlobalScope: boolean; extensionKind: string };
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
}

/** The outline of SPEECH as `depth|name`, in document order: the same in every host. */
export const SPEECH_OUTLINE = [
  '0|在全县安全生产工作会议上的讲话',
  '0|（2026年3月6日）',
  '0|同志们：',
  '0|一、统一思想，切实增强做好安全生产工作的责任感',
  '0|二、突出重点，扎实推进隐患排查整治',
  '1|一要聚焦重点行业领域',
  '1|二要聚焦关键时间节点',
  '1|三要聚焦薄弱环节',
  '0|三、强化落实，压紧压实安全生产责任',
  '1|一是压实属地管理责任',
  '1|二是压实部门监管责任',
  '1|三是压实企业主体责任',
  '0|四、夯实基础，全面提升安全保障能力',
  '1|一要加强应急救援队伍建设',
  '1|二要加强安全宣传教育',
  '1|三要加强科技支撑',
  '0|同志们，安全生产责任重于泰山',
];

/** The diagnostics of BROKEN with the default settings, as summary() writes them. */
export const BROKEN_DIAGNOSTICS = [
  '8:numbering.style:Information',
  '9:numbering.gap:Warning',
  '13:numbering.family:Warning',
  '16:numbering.duplicate:Warning',
  '19:numbering.duplicate:Warning',
];

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
