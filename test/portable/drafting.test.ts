// Drafting in a real VS Code: marker completion through the public commands and through typing,
// the contributed snippets, and the speech language's editing configuration.

import * as vscode from 'vscode';
import { diagnosticsOf, flatten, labelOf, markersAt, until } from '../shared/workbench';
import * as assert from './assert';

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

/** The snippet suggestions at a position, as `label` (the prefix they are offered under). */
async function snippetsAt(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf).sort();
}

/** Types text into the active editor as a writer would (quick suggestions and all). */
async function type(text: string): Promise<void> {
  await vscode.commands.executeCommand('type', { text });
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

  test('jhg typed in an empty draft and accepted writes the skeleton; its outline is the expected one', async () => {
    const { editor } = await openDraft('');
    await type('jhg');
    assert.equal(editor.document.languageId, 'speech');
    assert.deepEqual(await snippetsAt(editor.document.uri, new vscode.Position(0, 3)), ['jhg']);
    // Ctrl+Space: the list typing opened may have closed again in a slow run.
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await acceptSuggestion(editor, 0, 'jhg');
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

  test('the skeleton’s fields in order: title, date, salutation, then the opening before the road-map sentence', async () => {
    const { editor } = await openDraft('');
    await type('jhg');
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await acceptSuggestion(editor, 0, 'jhg');
    await until(() => editor.document.lineCount > 20, 5000, 'the snippet to be inserted');
    const next = (): Thenable<unknown> => vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await type('在全市工作会议上的讲话');
    for (let field = 2; field <= 5; field++) await next();
    assert.equal(editor.document.getText(editor.selection), '同志们');
    await type('各位代表');
    await next();
    assert.match(editor.document.getText(editor.selection), /^开场白：/);
    await type('今天召开会议。');
    await next();
    assert.equal(editor.document.getText(editor.selection), '下面，我讲四点意见。');
    assert.deepEqual([0, 3, 5].map((line) => editor.document.lineAt(line).text), ['在全市工作会议上的讲话', '各位代表：', '　　今天召开会议。下面，我讲四点意见。']);
  });

  test('one suggestion per snippet, under the prefix typed', async () => {
    const j = await openDraft('j$$CURSOR$$');
    assert.deepEqual(await snippetsAt(j.editor.document.uri, j.position), ['jhg', 'jhr', 'jw']);
    const ji = await openDraft('ji$$CURSOR$$', 'plaintext');
    assert.deepEqual(await snippetsAt(ji.editor.document.uri, ji.position), ['jianghua', 'jiewei']);
  });

  test('bt1 after 五、 and an indented paragraph writes 六、 at the margin, its numeral selected', async () => {
    const { editor } = await openDraft('一、甲\n二、乙\n三、丙\n四、丁\n五、戊\n　　正文。$$CURSOR$$');
    await type('\n');
    assert.equal(editor.document.lineAt(6).text, '　　');
    await type('bt1');
    await acceptSuggestion(editor, 6, '　　bt1');
    assert.equal(editor.document.lineAt(6).text, '六、四字短语，展开的短语');
    assert.equal(editor.document.getText(editor.selection), '六');
  });

  test('yy after 一要 and 二要 continues with 三要, 四要, 五要, indented like its line', async () => {
    const { editor } = await openDraft('二、突出重点\n　　一要聚焦重点行业。\n　　二要聚焦关键节点。\n　　$$CURSOR$$');
    await type('yy');
    await acceptSuggestion(editor, 3, '　　yy');
    assert.deepEqual([3, 4, 5].map((line) => editor.document.lineAt(line).text.slice(0, 4)), ['　　三要', '　　四要', '　　五要']);
  });

  test('nothing in the middle of a sentence, where an input method composes pinyin', async () => {
    const { editor, position } = await openDraft('二、突出重点\n　　一要聚焦重点，yishi$$CURSOR$$');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
    assert.deepEqual(list.items.map(labelOf), []);
    const after = await openDraft('二、突出重点\n　　一要聚焦重点。ys$$CURSOR$$');
    assert.deepEqual(await snippetsAt(after.editor.document.uri, after.position), ['ys']);
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

  test('accepting a heading marker on an indented line puts it at the margin; a point keeps the indentation', async () => {
    const { editor } = await openDraft('一、统一思想\n　　正文。$$CURSOR$$');
    await type('\n');
    await type('二');
    await acceptSuggestion(editor, 2, '　　二');
    assert.equal(editor.document.lineAt(2).text, '二、');
    const point = await openDraft('二、突出重点\n　　一要聚焦重点。$$CURSOR$$');
    await type('\n');
    await type('二');
    await acceptSuggestion(point.editor, 2, '　　二');
    assert.equal(point.editor.document.lineAt(2).text, '　　二要');
  });

  test('Enter on an empty indented line leaves it empty and indents the new one; elsewhere Enter is Enter', async () => {
    const { editor } = await openDraft('　　今天召开会议。$$CURSOR$$');
    await vscode.commands.executeCommand('speechOutline.newLine');
    assert.equal(editor.document.lineAt(1).text, '　　');
    await vscode.commands.executeCommand('speechOutline.newLine');
    assert.deepEqual([0, 1, 2].map((line) => editor.document.lineAt(line).text), ['　　今天召开会议。', '', '　　']);
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [2, 2]);
  });

  test('speech documents get Chinese-friendly editor defaults', () => {
    const files = vscode.workspace.getConfiguration('files', { languageId: 'speech' });
    assert.equal(files.get('autoGuessEncoding'), true);
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'speech' });
    assert.equal(config.get('suggest.snippetsPreventQuickSuggestions'), true);
    assert.equal(config.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(config.get('wordBasedSuggestions'), 'off');
    assert.ok(config.get<string>('wordSeparators')!.includes('，'));
  });
});

suite('Drafting checks', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  /** The quick fixes of the diagnostic with `code`, once it is there. */
  async function fixesFor(editor: vscode.TextEditor, code: string): Promise<{ diagnostic: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
    const [diagnostic] = (await diagnosticsOf(editor.document.uri, (found) => found.some((d) => d.code === code))).filter((d) => d.code === code);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const ours = code === 'drafting.promise' ? '_speechOutline.applyEdits' : '_speechOutline.selectRange';
    return { diagnostic, actions: actions.filter((action) => action.command?.command === ours) };
  }
  const run = (action: vscode.CodeAction): Thenable<unknown> => vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));

  test('the opening promises 三点 and four sections follow: a warning with both numbers; the fix writes 四', async () => {
    const { editor } = await openDraft('同志们：\n\n　　今天召开会议。下面，我讲三点意见。\n\n一、甲\n　　正文。\n二、乙\n　　正文。\n三、丙\n　　正文。\n四、丁\n　　正文。\n');
    const { diagnostic, actions } = await fixesFor(editor, 'drafting.promise');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(editor.document.getText(diagnostic.range), '三');
    assert.match(diagnostic.message, /讲三点.*3.*4/);
    assert.deepEqual(actions.map((action) => action.title.replace(/[“”"]/g, '')), [actions[0].title.includes('改为') ? '改为讲四点' : 'Change to 讲四点']);
    await run(actions[0]);
    assert.equal(editor.document.lineAt(2).text, '　　今天召开会议。下面，我讲四点意见。');
    await diagnosticsOf(editor.document.uri, (found) => !found.some((d) => d.code === 'drafting.promise'));
  });

  test('template text left in the draft is a hint whose fix selects it, so typing replaces it', async () => {
    const { editor } = await openDraft('一、统一思想\n　　一要抓好安全。展开说明。\n');
    const { diagnostic, actions } = await fixesFor(editor, 'drafting.template');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Hint);
    assert.equal(editor.document.getText(diagnostic.range), '展开说明。');
    await run(actions[0]);
    assert.equal(editor.document.getText(editor.selection), '展开说明。');
    await type('各地要落实到位。');
    assert.equal(editor.document.lineAt(1).text, '　　一要抓好安全。各地要落实到位。');
  });
});
