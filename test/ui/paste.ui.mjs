// UI scenario for Paste as Speech Text, run by scripts/ui-test.mjs: a web page's HTML and plain text
// go on the browser's clipboard, a real Ctrl+V into a new draft pastes the plain text unchanged
// and shows the paste widget, and the widget's "Paste as Speech Text" replaces it with the text
// the extension cleaned from the clipboard's HTML.
//
// Why the keyboard and not the command `editor.action.pasteAs {kind: 'text.speech'}`: VS Code asks
// paste edit providers only from a DOM `paste` event (CopyPasteController). In the desktop app
// Paste As… makes one (the clipboard service's triggerPaste), but in a browser (code-server, VS
// Code for the Web) triggerPaste does nothing and the paste commands fall back to
// navigator.clipboard.readText() and a plain text insert: no provider is consulted, whatever kind
// is asked for. A paste the browser performs itself — Ctrl+V, with the clipboard permissions
// granted here — fires the event, so the providers run and the widget offers their edits.
import { join } from 'node:path';
import { runCommand, settle } from './workbench.mjs';

/** A page copied from a county website: residue lines, paragraphs only in the HTML, a sub-heading run on. */
export const PAGE_HTML = '<meta charset="utf-8"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 领导讲话</div>' +
  '<p>在全县春耕生产工作会议上的讲话</p><p>来源：县政府办公室</p><p>同志们:</p>' +
  '<p>&nbsp;&nbsp;今天,我们召开全县春耕生产工作会议.下面,我讲两点意见.</p>' +
  '<p>一、提高认识（一）抓好粮食生产。今年全县粮食播种面积要稳定在45万亩以上。一是稳面积；二是提单产。</p>' +
  '<p>【字体：大 中 小】【打印本页】</p>';
/** The same page as the browser's plain text. */
export const PAGE_TEXT = '当前位置：首页 > 领导讲话\n在全县春耕生产工作会议上的讲话\n来源：县政府办公室\n同志们:\n' +
  '  今天,我们召开全县春耕生产工作会议.下面,我讲两点意见.\n' +
  '一、提高认识（一）抓好粮食生产。今年全县粮食播种面积要稳定在45万亩以上。一是稳面积；二是提单产。\n【字体：大 中 小】【打印本页】';
/** What Paste as Speech Text inserts (default settings: blank lines and indents kept as the page had them). */
export const CLEANED = [
  '在全县春耕生产工作会议上的讲话', '', '同志们：', '', '　　今天，我们召开全县春耕生产工作会议。下面，我讲两点意见。', '',
  '一、提高认识', '（一）抓好粮食生产。今年全县粮食播种面积要稳定在45万亩以上。', '一是稳面积；二是提单产。',
].join('\n');

const EDIT_TITLE = 'Paste as Speech Text';

// The page's navigator.clipboard and ClipboardItem are reached through globalThis in the functions run in the page:
// this file is type-checked against node's globals, which lack it.

/** Puts HTML and plain text on the page's clipboard, as a browser copying a web page does. */
async function writeClipboard(page, html, text) {
  await page.evaluate(async ([h, t]) => {
    await /** @type {any} */ (globalThis).navigator.clipboard.write([new (/** @type {any} */ (globalThis).ClipboardItem)({
      'text/html': new Blob([h], { type: 'text/html' }),
      'text/plain': new Blob([t], { type: 'text/plain' }),
    })]);
  }, [html, text]);
}

/** The active editor's rendered lines (a short text is rendered whole), read without touching the cursor. */
async function renderedText(page) {
  const lines = await page.$$eval('.editor-group-container.active .monaco-editor .view-lines .view-line', (elements) =>
    elements.map((element) => ({ top: parseFloat(element.style.top), text: (element.textContent ?? '').replace(/\u00a0/g, ' ') })));
  return lines.sort((a, b) => a.top - b.top).map((line) => line.text).join('\n');
}

/** The active editor's whole text, copied by the editor itself (Ctrl+A, Ctrl+C) and read back from the clipboard. */
async function editorText(page) {
  await page.evaluate(() => /** @type {any} */ (globalThis).navigator.clipboard.writeText('\u0000'));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  const text = await settle(() => page.evaluate(() => /** @type {any} */ (globalThis).navigator.clipboard.readText()), (value) => value !== '\u0000', 5_000);
  await page.keyboard.press('Control+End');
  return text === '\u0000' ? '' : text;
}

/**
 * @param {object} options
 * @param {import('playwright-core').Page} options.page the workbench (code-server) page
 * @param {string} options.origin the workbench's origin, for the clipboard permissions
 * @param {(name: string, ok: boolean, detail?: string) => boolean} options.check
 * @param {string} options.screenshotsDir
 */
export async function pasteScenario({ page, origin, check, screenshotsDir }) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  // A new untitled draft (plain text: a language the extension serves by default).
  await runCommand(page, 'File: New Untitled Text File', { query: 'New Untitled Text File' });
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.view-lines').waitFor({ state: 'visible', timeout: 20_000 });
  await editor.locator('.view-lines').click();
  await writeClipboard(page, PAGE_HTML, PAGE_TEXT);

  // A normal paste: the plain text, unchanged; the widget offers the alternative.
  await page.keyboard.press('Control+V');
  const widget = page.locator('.post-edit-widget').first();
  const shown = await widget.waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
  const plain = await settle(() => renderedText(page), (text) => text === PAGE_TEXT, 10_000);
  check('Ctrl+V pastes the clipboard\'s plain text unchanged', plain === PAGE_TEXT, JSON.stringify(plain));
  if (!check('after Ctrl+V the paste widget offers other paste edits (the providers were asked)', shown)) return;
  await page.screenshot({ path: join(screenshotsDir, 'paste-widget.png') });

  // Choose Paste as Speech Text from the widget's list of edits (Ctrl+., as the widget's button).
  // The list is VS Code's action widget (as the code actions' list).
  await page.keyboard.press('Control+Period');
  const rows = page.locator('.action-widget .monaco-list-row');
  const item = rows.filter({ hasText: EDIT_TITLE }).first();
  const listed = await item.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
  const titles = await rows.allTextContents();
  check('the widget\'s list has the plain paste first (Paste as Speech Text yields to it)', /plain|text/i.test(titles[0] ?? '') && !titles[0].includes(EDIT_TITLE), titles.join(' | '));
  if (!check(`the paste widget lists "${EDIT_TITLE}"`, listed, `menu: ${titles.join(' | ')}`)) return;
  // Keyboard, as users of the list do (a pointer block covers the editor while it is open).
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  for (let i = 0; i < titles.length && !((await focused.allTextContents())[0] ?? '').includes(EDIT_TITLE); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  const cleaned = await settle(() => editorText(page), (text) => text === CLEANED, 10_000);
  check('Paste as Speech Text replaces it with the text cleaned from the HTML (residue gone, paragraphs from <p>, the run-on sub-heading split)',
    cleaned === CLEANED, JSON.stringify(cleaned));
  await page.screenshot({ path: join(screenshotsDir, 'paste-cleaned.png') });
  await page.keyboard.press('Control+Z');
  // (Read from the rendered lines: the editor copies an empty line as a line break.)
  const undone = await settle(() => renderedText(page), (text) => text === '', 10_000);
  check('one undo removes the whole paste', undone === '', JSON.stringify(undone));
  await runCommand(page, 'View: Revert and Close Editor');
}
