import * as vscode from 'vscode';
import type { Message } from '../core';

/**
 * A core message in the user's language: its English text is the key of the l10n bundle, as for
 * every string the VS Code layer writes with `vscode.l10n.t` (see src/core/messages.ts).
 */
export function localize(message: Message): string {
  return vscode.l10n.t(message.text, ...message.args);
}
