// The home of the extension's commands: one file per command (or family of commands) exporting
// `registerX(models): Disposable`, registered here; shared.ts holds what they share (the active
// speech editor, refusing, reporting failures), edits.ts the versioned single-undo edit.

import * as vscode from 'vscode';
import type { DocumentIdentities } from '../vscode/identities';
import type { SpeechModelCache } from '../vscode/modelCache';
import { registerCleanupCommands } from './cleanup';
import { registerNewLine } from './newLine';
import { registerRenumberCommands } from './renumber';
import { registerRestructureCommands } from './restructure';
import { registerSelectRange } from './selectRange';
import { registerTemplateCommands } from './templates';
import { registerTigangCommands } from './tigang';

/** Registers every command. */
export function registerCommands(models: SpeechModelCache, identities: DocumentIdentities): vscode.Disposable {
  return vscode.Disposable.from(
    registerRenumberCommands(models),
    registerRestructureCommands(models, identities),
    registerCleanupCommands(models),
    registerNewLine(),
    registerSelectRange(),
    registerTigangCommands(models),
    registerTemplateCommands(),
  );
}
