// Numbering checks, quick fixes and renumbering in a real VS Code, on the broken sample.

import * as vscode from 'vscode';
import { BROKEN, BROKEN_DIAGNOSTICS, diagnosticsOf, openCopy, sample, summary } from '../shared/workbench';
import * as assert from './assert';
import type { RenumberResult } from '../../src/commands/renumber';

/** A copy of the broken sample as an untitled speech document, so tests never touch the file. */
const openBrokenDraft = (): Promise<vscode.TextEditor> => openCopy(sample(BROKEN));

/** The quick fixes offered on the first diagnostic with `code`, once the draft's diagnostics are in. */
async function quickFixesFor(editor: vscode.TextEditor, code: string): Promise<vscode.CodeAction[]> {
  const diagnostics = await diagnosticsOf(editor.document.uri, (found) => found.length >= 5);
  const problem = diagnostics.find((diagnostic) => diagnostic.code === code)!;
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, problem.range, vscode.CodeActionKind.QuickFix.value);
}

/** Runs a code action's command; resolves to what the command returned. */
const apply = (action: vscode.CodeAction): Thenable<unknown> => vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));

suite('Numbering checks and fixes', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('diagnostics appear on the broken sample with their codes, severities and expectations', async () => {
    const editor = await openBrokenDraft();
    const diagnostics = await diagnosticsOf(editor.document.uri, (found) => found.length >= 5);
    assert.deepEqual(summary(diagnostics), BROKEN_DIAGNOSTICS);
    const gap = diagnostics.find((diagnostic) => diagnostic.code === 'numbering.gap')!;
    assert.match(gap.message, /"（三）"/);
    assert.equal(editor.document.getText(gap.range), '（四）');
  });

  test('the quick fix changes one number, and one undo restores it', async () => {
    const editor = await openBrokenDraft();
    const original = editor.document.getText();
    const actions = await quickFixesFor(editor, 'numbering.gap');
    const fix = actions.find((action) => action.title === 'Change to "（三）"');
    assert.ok(fix?.command, actions.map((action) => action.title).join(', '));
    assert.ok(actions.some((action) => action.title === 'Fix all numbering in the document'));
    await apply(fix);
    assert.equal(editor.document.lineAt(9).text, '（三）政策落实还不够实。一些惠企政策知晓率不高。');
    assert.equal(editor.document.getText(), original.replace('（四）政策', '（三）政策'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  test('the family quick fix writes the list\'s own form', async () => {
    const editor = await openBrokenDraft();
    const fix = (await quickFixesFor(editor, 'numbering.family')).find((action) => action.title === 'Change to "二要"')!;
    await apply(fix);
    assert.equal(editor.document.lineAt(13).text, '　　二要提升服务质量。推行首问负责和限时办结。');
    await diagnosticsOf(editor.document.uri, (found) => !found.some((diagnostic) => diagnostic.code === 'numbering.family'));
  });

  test('the other family quick fix writes the whole list in the stray\'s form, as one edit', async () => {
    const editor = await openBrokenDraft();
    const original = editor.document.getText();
    const actions = await quickFixesFor(editor, 'numbering.family');
    const fix = actions.find((action) => action.title === 'Change the list to "一是…"');
    assert.ok(fix?.command, actions.map((action) => action.title).join(', '));
    assert.equal(await apply(fix), true);
    assert.equal(editor.document.getText(), original.replace('一要简化', '一是简化').replace('三要强化', '三是强化'));
    await diagnosticsOf(editor.document.uri, (found) => !found.some((diagnostic) => diagnostic.code === 'numbering.family'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  test('the shifted quick fix renumbers the shifted run as one edit', async () => {
    const content = ['一、甲', '二、新', '二、乙', '三、丙', '四、丁', ''].join('\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'speech', content }));
    const diagnostics = await diagnosticsOf(editor.document.uri, (found) => found.some((diagnostic) => diagnostic.code === 'numbering.shifted'));
    const problem = diagnostics.find((diagnostic) => diagnostic.code === 'numbering.shifted')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, problem.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.title === 'Renumber the sequence');
    assert.ok(fix?.command, actions.map((action) => action.title).join(', '));
    assert.equal(await apply(fix), true);
    assert.equal(editor.document.getText(), ['一、甲', '二、新', '三、乙', '四、丙', '五、丁', ''].join('\n'));
    await diagnosticsOf(editor.document.uri, (found) => found.length === 0);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), content);
  });

  test('Renumber Sections fixes every sequence as one edit, changing only numerals; one undo restores', async () => {
    const editor = await openBrokenDraft();
    const original = editor.document.getText();
    assert.equal((await vscode.commands.executeCommand<RenumberResult>('speechOutline.renumber')).changed, true);
    const expected = original.replace('（四）政策', '（三）政策').replace('二、压实责任', '三、压实责任').replace('2.严肃追责', '3.严肃追责');
    assert.equal(editor.document.getText(), expected);
    await diagnosticsOf(editor.document.uri, (found) => found.every((diagnostic) => ['numbering.style', 'numbering.family'].includes(String(diagnostic.code))));
    // Running it again changes nothing.
    assert.equal((await vscode.commands.executeCommand<RenumberResult>('speechOutline.renumber')).changed, false);
    assert.equal(editor.document.getText(), expected);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  test('an edit computed for an older version is refused and changes nothing', async () => {
    const editor = await openBrokenDraft();
    const fix = (await quickFixesFor(editor, 'numbering.gap')).find((action) => action.title === 'Change to "（三）"')!;
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), '　'));
    const changed = editor.document.getText();
    assert.equal(await apply(fix), false);
    assert.equal(editor.document.getText(), changed);
  });

  test('a check set to off disappears without a reload', async () => {
    const editor = await openBrokenDraft();
    await diagnosticsOf(editor.document.uri, (found) => found.some((diagnostic) => diagnostic.code === 'numbering.style'));
    const config = vscode.workspace.getConfiguration('speechOutline');
    await config.update('checks.style', 'off', vscode.ConfigurationTarget.Global);
    try {
      await diagnosticsOf(editor.document.uri, (found) => found.length === 4 && !found.some((diagnostic) => diagnostic.code === 'numbering.style'));
    } finally {
      await config.update('checks.style', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
