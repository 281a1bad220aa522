// Drafting in a real VS Code: marker completion through the public commands and through typing,
// the contributed snippets, and the speech language's editing configuration.

import * as vscode from 'vscode';
import { extensionFile, flatten, labelOf, markersAt, until } from '../shared/workbench';
import * as assert from './assert';

const SKELETON = '讲话稿框架 Speech skeleton';

let drafts = 0;

/**
 * Opens a new untitled document and shows it with the cursor at `$$CURSOR$$` (removed from the
 * text). Each draft gets its own name, so no two tests ever see the same document URI.
 */
async function openDraft(source: string, language: 'speech' | 'plaintext' = 'speech'): Promise<{ editor: vscode.TextEditor; position: vscode.Position }> {
  const offset = source.indexOf('$$CURSOR$$');
  const content = offset < 0 ? source : source.replace('$$CURSOR$$', '');
  const uri = vscode.Uri.parse(`untitled:drafting-${++drafts}.${language === 'speech' ? 'speech' : 'txt'}`);
  const document = await vscode.workspace.openTextDocument(uri);
  assert.equal(document.languageId, language);
  const editor = await vscode.window.showTextDocument(document);
  if (content.length > 0) {
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content)));
  }
  const position = document.positionAt(offset < 0 ? content.length : offset);
  editor.selection = new vscode.Selection(position, position);
  return { editor, position };
}

async function outlineOf(uri: vscode.Uri): Promise<string[]> {
  return flatten((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? []);
}

interface SnippetJson {
  prefix: string[];
  body: string[];
  description: string;
}

async function snippetsFile(): Promise<Record<string, SnippetJson>> {
  const file = extensionFile('snippets', 'speech.json');
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, SnippetJson>;
}

/** Accepts the suggestion the editor shows (it may still be opening) until `line` is no longer `before`. */
async function acceptSuggestion(editor: vscode.TextEditor, line: number, before: string): Promise<void> {
  await until(async () => {
    await vscode.commands.executeCommand('acceptSelectedSuggestion');
    return editor.document.lineAt(line).text !== before;
  }, 10000, 'the suggestion to be accepted');
}

suite('Marker completion', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('after 二、 comes 三、, then the first child （一）', async () => {
    const { editor, position } = await openDraft('一、统一思想\n　　正文。\n二、突出重点\n　　正文。\n$$CURSOR$$');
    const items = await markersAt(editor.document.uri, position);
    assert.deepEqual(items.slice(0, 2).map(labelOf), ['三、', '（一）']);
    assert.equal(items[0].insertText, '三、');
    assert.ok(items[0].preselect);
    assert.ok(items[0].detail?.includes('二、突出重点'), items[0].detail);
  });

  test('inside （一）, after 1. and 2. comes 3.', async () => {
    const { editor, position } = await openDraft('一、经济运行\n（一）主要指标\n1.工业生产平稳。\n2.消费市场回暖。\n$$CURSOR$$');
    const items = await markersAt(editor.document.uri, position);
    assert.deepEqual(items.slice(0, 3).map(labelOf), ['3.', '（二）', '二、']);
  });

  test('after 一要… 二要… comes 三要, after the indentation', async () => {
    const { editor, position } = await openDraft('二、突出重点\n　　一要聚焦重点行业。\n　　二要聚焦关键节点。\n　　$$CURSOR$$');
    const [first] = await markersAt(editor.document.uri, position);
    assert.equal(labelOf(first), '三要');
    const range = first.range as vscode.Range;
    assert.deepEqual([range.start.character, range.end.character], [2, 2]);
  });

  test('the siblings’ style is kept: (一) (二) → (三), 1、 2、 → 3、', async () => {
    const half = await openDraft('一、总体\n(一)甲。\n(二)乙。\n$$CURSOR$$');
    assert.equal(labelOf((await markersAt(half.editor.document.uri, half.position))[0]), '(三)');
    const dun = await openDraft('（一）甲\n1、子。\n2、丑。\n$$CURSOR$$');
    assert.equal(labelOf((await markersAt(dun.editor.document.uri, dun.position))[0]), '3、');
  });

  test('the trigger character （ offers （二） and replaces the auto-closed bracket', async () => {
    const { editor, position } = await openDraft('（一）主要指标。\n（$$CURSOR$$）');
    const items = await markersAt(editor.document.uri, position, '（');
    assert.equal(labelOf(items[0]), '（二）');
    const range = items[0].range as vscode.Range;
    assert.equal(editor.document.getText(range), '（）');
    assert.equal(items[0].filterText, '（');
  });

  test('a digit finds the Chinese-numeral marker: 2 → 二、', async () => {
    const { editor, position } = await openDraft('一、统一思想\n　　正文。\n2$$CURSOR$$');
    const items = await markersAt(editor.document.uri, position, '2');
    assert.deepEqual(items.map(labelOf), ['二、']);
  });

  test('nothing in the middle of a sentence', async () => {
    const { editor, position } = await openDraft('二、突出重点\n一要聚焦重点，$$CURSOR$$');
    assert.deepEqual((await markersAt(editor.document.uri, position)).map(labelOf), []);
  });

  test('inside a paragraph, after a sentence end, the next point', async () => {
    const { editor, position } = await openDraft('三、强化落实\n　　一是压实属地责任。二是压实部门责任。$$CURSOR$$');
    assert.equal(labelOf((await markersAt(editor.document.uri, position))[0]), '三是');
  });

  test('plain-text documents get marker completion too', async () => {
    const { editor, position } = await openDraft('一、统一思想\n　　正文。\n$$CURSOR$$', 'plaintext');
    assert.equal(labelOf((await markersAt(editor.document.uri, position))[0]), '二、');
  });

  test('typing （ in the editor auto-closes it, suggests （二）, and accepting writes （二）', async () => {
    const { editor } = await openDraft('（一）主要指标。\n$$CURSOR$$');
    await vscode.commands.executeCommand('type', { text: '（' });
    assert.equal(editor.document.lineAt(1).text, '（）');
    await acceptSuggestion(editor, 1, '（）');
    assert.equal(editor.document.lineAt(1).text, '（二）');
  });

  test('Trigger Suggest on an empty line puts the continuation first, ahead of the snippets', async () => {
    const { editor } = await openDraft('一、统一思想\n　　正文。\n二、突出重点\n　　正文。\n$$CURSOR$$');
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await acceptSuggestion(editor, 4, '');
    assert.equal(editor.document.lineAt(4).text, '三、');
  });

  test('typing 三 at a paragraph start suggests 三、 by itself, and accepting writes it', async () => {
    const { editor } = await openDraft('一、统一思想\n　　正文。\n二、突出重点\n　　正文。\n$$CURSOR$$');
    await vscode.commands.executeCommand('type', { text: '三' });
    await acceptSuggestion(editor, 4, '三');
    assert.equal(editor.document.lineAt(4).text, '三、');
  });
});

suite('Snippets', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the skeleton inserted into an empty document has the expected outline', async () => {
    const { editor } = await openDraft('');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'speech', name: SKELETON });
    await until(() => editor.document.lineCount > 20, 5000, 'the snippet to be inserted');
    const outline = await outlineOf(editor.document.uri);
    assert.match(outline[1], /^0\|（\d{4}年[1-9]\d?月[1-9]\d?日）$/);
    assert.deepEqual(outline.filter((_, index) => index !== 1), [
      '0|在全县××工作会议上的讲话',
      '0|同志们：',
      '0|一、统一思想，切实增强做好工作的责任感',
      '0|二、突出重点，扎实推进各项任务',
      '1|一要提出第一项要求',
      '1|二要提出第二项要求',
      '1|三要提出第三项要求',
      '0|三、强化落实，压紧压实各方责任',
      '1|一是列举第一项措施',
      '1|二是列举第二项措施',
      '1|三是列举第三项措施',
      '0|四、加强领导，为完成各项任务提供坚强保障',
      '1|一要提出第一项保障要求',
      '1|二要提出第二项保障要求',
      '1|三要提出第三项保障要求',
      '0|希望各级各部门以更加务实的作风，把各项任务落到实处',
    ]);
    // The first tab stop selects the title.
    assert.equal(editor.document.getText(editor.selection), '在全县××工作会议上的讲话');
  });

  test('the skeleton is offered by its prefixes in plain text too', async () => {
    const { editor, position } = await openDraft('jhg', 'plaintext');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
    const snippet = list.items.find((item) => item.kind === vscode.CompletionItemKind.Snippet && labelOf(item) === 'jhg');
    assert.ok(snippet, list.items.map(labelOf).join(' '));
  });

  test('a points snippet from the snippets file keeps the full-width indentation of its line', async () => {
    const snippets = await snippetsFile();
    const points = Object.values(snippets).find((snippet) => snippet.prefix.includes('yy'))!;
    const { editor } = await openDraft('二、突出重点\n　　$$CURSOR$$');
    assert.ok(await editor.insertSnippet(new vscode.SnippetString(points.body.join('\n'))));
    assert.deepEqual([1, 2, 3].map((line) => editor.document.lineAt(line).text.slice(0, 4)), ['　　一要', '　　二要', '　　三要']);
    assert.deepEqual(await outlineOf(editor.document.uri), ['0|二、突出重点', '1|一要提出第一项要求', '1|二要提出第二项要求', '1|三要提出第三项要求']);
  });

  test('a heading snippet offers its numeral as a choice', async () => {
    const { editor } = await openDraft('');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'speech', name: '二级标题 Level-2 heading' });
    await until(() => editor.document.getText().length > 0, 5000, 'the snippet to be inserted');
    assert.equal(editor.document.getText(), '（一）标题文字。');
    assert.equal(editor.document.getText(editor.selection), '一');
  });
});

suite('Editing a speech', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('（ 《 “ close themselves at the end of a line and before punctuation', async () => {
    const { editor } = await openDraft('$$CURSOR$$');
    for (const [open, close] of [['（', '）'], ['《', '》'], ['“', '”'], ['【', '】'], ['「', '」'], ['‘', '’']]) {
      await editor.edit((edit) => edit.delete(new vscode.Range(0, 0, editor.document.lineCount, 0)));
      await vscode.commands.executeCommand('type', { text: open });
      assert.equal(editor.document.getText(), open + close);
    }
  });

  test('selected text is surrounded with full-width pairs', async () => {
    const { editor } = await openDraft('安全生产');
    editor.selection = new vscode.Selection(0, 0, 0, 4);
    await vscode.commands.executeCommand('type', { text: '《' });
    assert.equal(editor.document.getText(), '《安全生产》');
  });

  test('a word is a run of Chinese characters, stopping at punctuation; numbers keep their decimals', async () => {
    const { editor } = await openDraft('统一思想，切实增强责任意识。增长3.5%');
    const word = (character: number): string => editor.document.getText(editor.document.getWordRangeAtPosition(new vscode.Position(0, character)));
    assert.equal(word(1), '统一思想');
    assert.equal(word(7), '切实增强责任意识');
    assert.equal(word(17), '3.5%');
  });

  test('Enter keeps a paragraph’s full-width indentation', async () => {
    const { editor } = await openDraft('　　今天召开会议。$$CURSOR$$');
    await vscode.commands.executeCommand('type', { text: '\n' });
    assert.equal(editor.document.lineAt(1).text, '　　');
  });

  test('speech documents get Chinese-friendly editor defaults', () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'speech' });
    assert.equal(config.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(config.get('wordBasedSuggestions'), 'off');
    assert.ok(config.get<string>('wordSeparators')!.includes('，'));
  });
});
