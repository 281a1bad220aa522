// New Speech from Template / 从模板新建讲话稿: a built-in template (core's SPEECH_TEMPLATES) or one
// from `speechOutline.templatesFolder`, inserted as a snippet into a new untitled speech draft.

import * as vscode from 'vscode';
import { SPEECH_TEMPLATES } from '../core';
import { localize } from '../vscode/l10n';
import { logError } from '../vscode/log';
import { templatesFolderSetting } from '../vscode/settings';
import { registerReportedValueCommand } from './shared';

export const NEW_FROM_TEMPLATE_COMMAND = 'speechOutline.newFromTemplate';

/** File endings read from the user's template folder. */
const TEMPLATE_FILES = /\.(speech|txt|md)$/i;

interface TemplateChoice extends vscode.QuickPickItem {
  /** The template as snippet text, or where to read it. */
  readonly body?: string;
  readonly file?: vscode.Uri;
}

/** The user's template folder (`speechOutline.templatesFolder`): absolute, or relative to the first workspace folder. */
function templatesFolder(): vscode.Uri | undefined {
  const setting = templatesFolderSetting();
  if (setting === '') return undefined;
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(setting)) return vscode.Uri.parse(setting);
  if (setting.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(setting)) return vscode.Uri.file(setting);
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  return root ? vscode.Uri.joinPath(root, setting) : undefined;
}

async function userTemplates(): Promise<TemplateChoice[]> {
  const folder = templatesFolder();
  if (folder === undefined) return [];
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return entries
      .filter(([name, type]) => type === vscode.FileType.File && TEMPLATE_FILES.test(name))
      .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
      .map(([name]) => ({ label: name.replace(TEMPLATE_FILES, ''), description: vscode.l10n.t('your template'), file: vscode.Uri.joinPath(folder, name) }));
  } catch (error) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The templates folder {0} could not be read.', folder.toString(true)));
    logError(`templates folder ${folder.toString()}:`, error);
    return [];
  }
}

function builtInTemplates(): TemplateChoice[] {
  return SPEECH_TEMPLATES.map((template) => ({ label: localize(template.name), detail: localize(template.description), body: template.body }));
}

/**
 * New Speech from Template / 从模板新建讲话稿: the chosen template in a new untitled speech draft,
 * the cursor on its first placeholder. `id` (a built-in template's id, for tests and keybindings)
 * skips the choice. Returns the new document.
 */
async function newFromTemplate(id?: unknown): Promise<vscode.TextDocument | undefined> {
  let choice: TemplateChoice | undefined;
  if (typeof id === 'string') {
    const template = SPEECH_TEMPLATES.find((t) => t.id === id);
    if (template === undefined) throw new Error(`no template ${id}`);
    choice = { label: template.id, body: template.body };
  } else {
    const user = await userTemplates();
    const items: TemplateChoice[] = [...builtInTemplates()];
    if (user.length > 0) items.push({ label: vscode.l10n.t('Your templates'), kind: vscode.QuickPickItemKind.Separator }, ...user);
    choice = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Speech from Template'), placeHolder: vscode.l10n.t('Choose a template'), matchOnDetail: true });
  }
  if (choice === undefined) return undefined;
  const body = choice.body ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(choice.file!)).replace(/^\ufeff/, '');
  const document = await vscode.workspace.openTextDocument({ language: 'speech', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0));
  return document;
}

export function registerTemplateCommands(): vscode.Disposable {
  return registerReportedValueCommand(NEW_FROM_TEMPLATE_COMMAND, 'new speech from template', newFromTemplate);
}
