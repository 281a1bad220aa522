// Headings that stand out: semantic tokens from the model through vscode.provideDocumentSemanticTokens,
// on a sample and after an edit; the configuration defaults that make every theme show them.
// Portable: Node and web worker hosts.

import * as vscode from 'vscode';
import { EXTENSION_ID, openCopy, sample, SPEECH, until } from '../shared/workbench';
import * as assert from './assert';

/** The tokens of a document as `type[+modifier]:text`, decoded with the provider's legend. */
async function tokensOf(document: vscode.TextDocument): Promise<string[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
  assert.ok(legend && tokens, 'a semantic tokens provider answers');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const text = document.getText(new vscode.Range(line, character, line, character + length));
    const names = legend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit));
    out.push(`${legend.tokenTypes[type]}${names.map((name) => `+${name}`).join('')}:${text}`);
  }
  return out;
}

async function configure(value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('speechOutline').update('boldHeadings', value, vscode.ConfigurationTarget.Global);
}

suite('Semantic highlighting', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  teardown(async () => {
    await configure(undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the sample: title, date, salutation, headings in bold, point markers and leads (inline too), closing', async () => {
    const document = await vscode.workspace.openTextDocument(sample(SPEECH));
    const tokens = await tokensOf(document);
    assert.deepEqual(tokens.slice(0, 5), [
      'speechTitle+speechStrong:在全县安全生产工作会议上的讲话',
      'speechDateline:（2026年3月6日）',
      'speechSalutation:同志们：',
      'speechHeading1+speechStrong:一、统一思想，切实增强做好安全生产工作的责任感',
      'speechHeading1+speechStrong:二、突出重点，扎实推进隐患排查整治',
    ]);
    assert.deepEqual(tokens.slice(5, 7), ['speechPointMarker:一要', 'speechPointLead:聚焦重点行业领域']);
    // Section 三's points sit inside one paragraph.
    const third = tokens.indexOf('speechHeading1+speechStrong:三、强化落实，压紧压实安全生产责任');
    assert.deepEqual(tokens.slice(third + 1, third + 7), [
      'speechPointMarker:一是', 'speechPointLead:压实属地管理责任',
      'speechPointMarker:二是', 'speechPointLead:压实部门监管责任',
      'speechPointMarker:三是', 'speechPointLead:压实企业主体责任',
    ]);
    assert.equal(tokens[tokens.length - 1], 'speechClosing:同志们，安全生产责任重于泰山');
  });

  test('tokens follow an edit: a heading demoted to （一） becomes level 2', async () => {
    const editor = await openCopy(sample(SPEECH));
    const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('二、'));
    assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(line, 0, line, 2), '（一）')));
    const tokens = await tokensOf(editor.document);
    assert.ok(tokens.includes('speechHeading2+speechStrong:（一）突出重点，扎实推进隐患排查整治'), tokens.join('\n'));
  });

  test('speechOutline.boldHeadings off: no bold modifier', async () => {
    const document = await vscode.workspace.openTextDocument(sample(SPEECH));
    await configure(false);
    await until(async () => (await tokensOf(document))[0] === 'speechTitle:在全县安全生产工作会议上的讲话', 5000, 'the title without bold');
  });

  test('every theme shows them: semantic highlighting on for drafts, *.speechStrong bold by default', () => {
    const speech = vscode.workspace.getConfiguration('editor', { languageId: 'speech' });
    assert.equal(speech.get('semanticHighlighting.enabled'), true);
    const customizations = vscode.workspace.getConfiguration('editor').inspect<{ rules?: Record<string, unknown> }>('semanticTokenColorCustomizations');
    assert.deepEqual(customizations?.defaultValue?.rules?.['*.speechStrong'], { bold: true });
  });
});
