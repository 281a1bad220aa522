import * as vscode from 'vscode';
import { layoutSpeech } from '../core/wordLayout';
import { loadDocxWriter } from '../vscode/docxWriter';
import { logError } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { readWordOptions } from '../vscode/settings';

export const EXPORT_WORD_COMMAND = 'speechOutline.exportWord';

/**
 * How the command was called. From menus VS Code passes the draft's URI. Tests (and keybindings)
 * may pass the target and the answer to "replace?", which are otherwise asked in dialogs.
 */
export interface ExportWordArgs {
  readonly target?: vscode.Uri;
  /** true: replace an existing file; false: keep it (nothing is written). */
  readonly overwrite?: boolean;
}

/** The .docx next to a draft: 讲话.speech → 讲话.docx. */
function siblingDocx(uri: vscode.Uri): vscode.Uri {
  const slash = uri.path.lastIndexOf('/');
  const name = uri.path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  return uri.with({ path: `${uri.path.slice(0, slash + 1)}${base}.docx` });
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A name for an untitled draft's file: its title, without characters file systems refuse. */
function suggestedName(title: string | undefined): string {
  const clean = (title ?? '').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim().slice(0, 60);
  return `${clean || vscode.l10n.t('Speech')}.docx`;
}

async function askTarget(document: vscode.TextDocument, title: string | undefined): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export to Word'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, suggestedName(title)) : document.isUntitled ? undefined : siblingDocx(document.uri),
    filters: { [vscode.l10n.t('Word document')]: ['docx'] },
    saveLabel: vscode.l10n.t('Export'),
  });
}

/**
 * Writes the document as a .docx in the official layout: next to the draft, or where a save
 * dialog says for an untitled draft; asks before replacing a file. Returns the file written.
 */
export async function exportToWord(context: vscode.ExtensionContext, models: SpeechModelCache, source?: vscode.Uri, args: ExportWordArgs = {}): Promise<vscode.Uri | undefined> {
  const document = source instanceof vscode.Uri ? await vscode.workspace.openTextDocument(source) : vscode.window.activeTextEditor?.document;
  if (document === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech draft to export it to Word.'));
    return undefined;
  }
  const layout = layoutSpeech(models.get(document), readWordOptions(document));
  const fileBacked = !document.isUntitled && document.uri.scheme !== 'untitled';
  let target = args.target ?? (fileBacked ? siblingDocx(document.uri) : await askTarget(document, layout.title));
  if (target === undefined) {
    return undefined;
  }
  if (args.target === undefined && !fileBacked) {
    // The save dialog already asked about replacing.
    args = { ...args, overwrite: true };
  }
  if (args.overwrite !== true && (await exists(target))) {
    if (args.overwrite === false) {
      return undefined;
    }
    const replace = vscode.l10n.t('Replace');
    const saveAs = vscode.l10n.t('Save As…');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Replace it?', fileName(target)),
      { modal: true, detail: vscode.l10n.t('The Word document will be overwritten with the draft as it is now.') },
      replace,
      saveAs,
    );
    if (answer === saveAs) {
      target = await askTarget(document, layout.title);
    } else if (answer !== replace) {
      return undefined;
    }
    if (target === undefined) {
      return undefined;
    }
  }
  const written = target;
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} to Word…', fileName(written)) }, async () => {
      const writer = await loadDocxWriter(context.extensionUri);
      await vscode.workspace.fs.writeFile(written, await writer.writeDocx(layout));
    });
  } catch (error) {
    logError(`export to Word (${written.toString()}) failed:`, error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not export to Word: {0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  const notes: string[] = [];
  if (layout.residueLines.length > 0) {
    notes.push(vscode.l10n.t('{0} lines of web residue left out', layout.residueLines.length));
  }
  if (layout.droppedCharacterLines.length > 0) {
    notes.push(vscode.l10n.t('control characters Word cannot store left out on line {0}', layout.droppedCharacterLines.map((line) => line + 1).join(', ')));
  }
  const message = vscode.l10n.t('Exported to {0}', fileName(written)) + (notes.length > 0 ? ` (${notes.join('; ')})` : '');
  void (notes.length > 0 ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
  return written;
}

export function registerWordExport(context: vscode.ExtensionContext, models: SpeechModelCache): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_WORD_COMMAND, (source?: vscode.Uri, args?: ExportWordArgs | vscode.Uri[]) =>
    // From the Explorer, the second argument is the list of selected files.
    exportToWord(context, models, source, Array.isArray(args) ? {} : args));
}
