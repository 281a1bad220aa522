// Numbering checks and Renumber Sections in the web worker host, on an untitled copy of the broken
// sample (the file itself is never changed).
import * as vscode from 'vscode';
import * as assert from './assert';
import { BROKEN, diagnosticsOf, openCopy, summary } from '../shared/workbench';
import { sample } from './helpers';

const openBrokenDraft = (): Promise<vscode.TextEditor> => openCopy(sample(BROKEN));

suite('Numbering (web)', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('diagnostics appear on the broken sample with their codes and severities', async () => {
    const editor = await openBrokenDraft();
    const diagnostics = await diagnosticsOf(editor.document.uri, (found) => found.length >= 5);
    assert.deepEqual(summary(diagnostics), [
      '8:numbering.style:Information',
      '9:numbering.gap:Warning',
      '13:numbering.family:Warning',
      '16:numbering.duplicate:Warning',
      '19:numbering.duplicate:Warning',
    ]);
    const gap = diagnostics.find((diagnostic) => diagnostic.code === 'numbering.gap')!;
    assert.match(gap.message, /"（三）"/);
    assert.equal(editor.document.getText(gap.range), '（四）');
  });

  test('Renumber Sections fixes every sequence as one edit; one undo restores', async () => {
    const editor = await openBrokenDraft();
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('speechOutline.renumber'), true);
    const expected = original.replace('（四）政策', '（三）政策').replace('二、压实责任', '三、压实责任').replace('2.严肃追责', '3.严肃追责');
    assert.equal(editor.document.getText(), expected);
    await diagnosticsOf(editor.document.uri, (found) => found.every((diagnostic) => ['numbering.style', 'numbering.family'].includes(String(diagnostic.code))));
    assert.equal(await vscode.commands.executeCommand('speechOutline.renumber'), false, 'a second run');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });
});
