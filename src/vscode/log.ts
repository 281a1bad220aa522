import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;
let errorCount = 0;

/** How many errors were logged since activation (read by the tests through an internal command). */
export function loggedErrorCount(): number {
  return errorCount;
}

/** Logs an unexpected error with its context. */
export function logError(context: string, error: unknown): void {
  errorCount++;
  log().error(context, error);
}

/** The "Speech Outline" output channel, created on first use. */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Speech Outline', { log: true });
  return channel;
}

/**
 * Runs a provider body; an exception is logged with its context instead of reaching VS Code,
 * and the provider answers `fallback`.
 */
export function guarded<T>(what: string, document: vscode.TextDocument, fallback: T, body: () => T): T {
  try {
    return body();
  } catch (error) {
    logError(`${what} failed for ${document.uri.toString()} (version ${document.version}, ${document.lineCount} lines):`, error);
    return fallback;
  }
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}
