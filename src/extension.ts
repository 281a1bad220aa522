import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { registerSpeechPaste } from './features/cleanup';
import { registerCompletionSupport } from './features/completion';
import { registerDevViews } from './features/devViews';
import { registerDraftingChecks, registerDraftingCodeActions } from './features/draftingChecks';
import { registerDocumentSymbolSupport } from './features/documentSymbols';
import { registerNumberingCodeActions } from './features/codeActions';
import { registerNumberingDiagnostics } from './features/diagnostics';
import { registerFoldingSupport } from './features/folding';
import { registerSectionLengthHover } from './features/lengthHover';
import { registerLengthStatus } from './features/lengthStatus';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerSelectionRangeSupport } from './features/selectionRanges';
import { registerSnippetSupport } from './features/snippets';
import { registerStructureView } from './features/structureView';
import { registerWordExport } from './features/wordExport';
import { registerWordOpen } from './features/wordOpen';
import { disposeLog, loggedErrorCount } from './vscode/log';
import { DocumentIdentities } from './vscode/identities';
import { SpeechModelCache } from './vscode/modelCache';
import { SECTION, speechLanguages, speechSelector } from './vscode/settings';

/** Registers every language feature for the configured languages. */
function registerLanguageFeatures(models: SpeechModelCache): vscode.Disposable {
  const selector = speechSelector();
  // Menus and keybindings use `editorLangId in speechOutline.languages`.
  void vscode.commands.executeCommand('setContext', 'speechOutline.languages', speechLanguages());
  return vscode.Disposable.from(
    registerDocumentSymbolSupport(selector, models),
    registerFoldingSupport(selector, models),
    registerSelectionRangeSupport(selector, models),
    registerNumberingCodeActions(selector, models),
    registerDraftingCodeActions(selector, models),
    registerCompletionSupport(selector, models),
    registerSectionLengthHover(selector, models),
    registerSemanticTokens(selector, models),
    registerSpeechPaste(selector),
    registerSnippetSupport(selector, models),
  );
}

export function activate(context: vscode.ExtensionContext): void {
  const models = new SpeechModelCache();
  // Stable node ids per document: the structure view's rows and the commands they call.
  const identities = new DocumentIdentities(models);
  let features = registerLanguageFeatures(models);
  context.subscriptions.push(
    models,
    registerNumberingDiagnostics(models),
    registerDraftingChecks(models),
    identities,
    registerCommands(models, identities),
    registerDevViews(context, (document) => speechLanguages().includes(document.languageId)),
    registerLengthStatus(models),
    registerStructureView(models, identities),
    registerWordExport(context, models),
    registerWordOpen(),
    // Internal (not contributed): lets the integration tests check that nothing failed quietly.
    vscode.commands.registerCommand('_speechOutline.loggedErrorCount', loggedErrorCount),
    { dispose: () => features.dispose() },
    vscode.workspace.onDidChangeConfiguration((event) => {
      // The selector depends on the languages setting: register again, no reload needed.
      if (event.affectsConfiguration(`${SECTION}.languages`)) {
        features.dispose();
        features = registerLanguageFeatures(models);
      }
    }),
  );
}

export function deactivate(): void {
  disposeLog();
}
