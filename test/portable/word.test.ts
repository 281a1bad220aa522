// Export to Word and Open Word Document as Speech in a real VS Code, through the commands, with
// the files read and written through workspace.fs. Portable: in the web worker host this also
// proves that the writer's own bundle (dist/docx.js) loads there.

import * as vscode from 'vscode';
import { readWordDocument } from '../../src/core/wordImport';
import { readZipDirectory, readZipEntry } from '../../src/core/zip';
import { flatten, sample, SPEECH, SPEECH_OUTLINE, symbolsOf } from '../shared/workbench';
import * as assert from './assert';

/** A scratch folder inside the workspace (removed after the suite; git-ignored should a run die). */
function scratch(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(sample('.speech-outline-test'), ...segments);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The draft without indentation, as a Word paragraph holds it. */
function unindented(text: string): string {
  return text.split('\n').map((line) => line.replace(/^[\s\u3000]+/, '')).join('\n');
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  const entries = readZipDirectory(bytes);
  return new TextDecoder().decode(await readZipEntry(bytes, entries.get('word/document.xml')!, 1 << 26));
}

suite('Word export and open', () => {
  const draft = scratch(SPEECH);
  const docx = scratch(SPEECH.replace(/\.speech$/, '.docx'));

  suiteSetup(async () => {
    await vscode.workspace.fs.createDirectory(scratch());
    await vscode.workspace.fs.writeFile(draft, await vscode.workspace.fs.readFile(sample(SPEECH)));
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(scratch(), { recursive: true, useTrash: false });
  });

  test('Export to Word writes the draft next to itself in the official layout', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('speechOutline.exportWord', draft);
    assert.equal(written?.toString(), docx.toString());
    const bytes = await vscode.workspace.fs.readFile(docx);
    const xml = await documentXml(bytes);
    assert.match(xml, /<w:pStyle w:val="SpeechTitle"\/><\/w:pPr><w:r><w:t xml:space="preserve">在全县安全生产工作会议上的讲话<\/w:t>/);
    assert.match(xml, /<w:pStyle w:val="SpeechHeading1"\/>.*一、统一思想/);
    assert.match(xml, /<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-\d+"\/>/);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(draft));
    assert.equal((await readWordDocument(bytes)).text, unindented(text));
  });

  test('an existing file is kept unless replacing is confirmed', async () => {
    const exported = (await readWordDocument(await vscode.workspace.fs.readFile(docx))).text;
    await vscode.workspace.fs.writeFile(docx, new TextEncoder().encode('not yet replaced'));
    const kept = await vscode.commands.executeCommand<vscode.Uri | undefined>('speechOutline.exportWord', draft, { overwrite: false });
    assert.equal(kept, undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(docx)), 'not yet replaced');
    const replaced = await vscode.commands.executeCommand<vscode.Uri | undefined>('speechOutline.exportWord', draft, { overwrite: true });
    assert.equal(replaced?.toString(), docx.toString());
    assert.equal((await readWordDocument(await vscode.workspace.fs.readFile(docx))).text, exported);
  });

  test('an untitled draft goes where the caller (the save dialog) says', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'speech', content: '关于做好防汛工作的讲话\n\n同志们：\n\n一、提高认识\n　　一是压实责任。要层层落实。\n' });
    const target = scratch('防汛.docx');
    await vscode.commands.executeCommand('speechOutline.exportWord', document.uri, { target });
    const back = await readWordDocument(await vscode.workspace.fs.readFile(target));
    assert.equal(back.text, '关于做好防汛工作的讲话\n\n同志们：\n\n一、提高认识\n一是压实责任。要层层落实。\n');
  });

  test('Open Word Document as Speech opens an untitled speech draft with the same outline', async () => {
    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('speechOutline.openWord', docx);
    assert.ok(opened, 'a document was opened');
    assert.equal(opened.scheme, 'untitled');
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === opened.toString())!;
    assert.equal(document.languageId, 'speech');
    assert.equal(vscode.window.activeTextEditor?.document, document);
    assert.deepEqual(flatten(await symbolsOf(opened)), SPEECH_OUTLINE);
  });

  test('a file that is not a Word document is refused: nothing opens, nothing is logged as a failure', async () => {
    const untitled = (): number => vscode.workspace.textDocuments.filter((document) => document.uri.scheme === 'untitled').length;
    const before = untitled();
    const errors = await vscode.commands.executeCommand<number>('_speechOutline.loggedErrorCount');
    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('speechOutline.openWord', draft);
    assert.equal(opened, undefined);
    assert.equal(untitled(), before);
    assert.equal(await vscode.commands.executeCommand<number>('_speechOutline.loggedErrorCount'), errors);
    assert.ok(await exists(draft));
  });
});
