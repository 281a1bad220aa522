// The home of the extension's commands: one file per command (or family of commands) exporting
// `registerX(models): Disposable`, registered here; shared.ts holds what they share (the active
// speech editor, refusing, reporting failures), edits.ts the versioned single-undo edit.

import * as vscode from 'vscode';
import type { SpeechModelCache } from '../vscode/modelCache';
import { registerRenumberCommands } from './renumber';

/** Registers every command. */
export function registerCommands(models: SpeechModelCache): vscode.Disposable {
  return vscode.Disposable.from(
    registerRenumberCommands(models),
  );
}
