// `npm run screenshots`: the README's pictures, taken in the real VS Code 1.100.3 (code-server +
// headless Chromium, the way `npm start` and the UI test run it) with this repository loaded as a
// development extension, on copies of the samples. Writes small, cropped PNGs to docs/images/:
//   workbench.png                            the sample speech with the Outline and Speech Structure views
//   highlight-dark.png, highlight-light.png  the sample speech in Default Dark/Light Modern
//   status-item.png                          the length status item with its breakdown tooltip
//   walkthrough.png                          the Get Started walkthrough
//   cleanup-before.png, cleanup-after.png    a pasted web page before and after Clean Up Text
// Not a test (nothing is asserted beyond "the thing to photograph appeared"); not part of npm test.
// The workbench is in English (code-server serves no language pack offline); the extension's
// command titles are bilingual there, and the drafts are Chinese.
//
// Usage: npm run screenshots [-- --only workbench,highlight,status,walkthrough,cleanup] [--out DIR]
import { copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { developmentPath, freshProfile, launchBrowser, pruneProfiles, QUIET_SETTINGS, startCodeServer, workbenchUrl } from './code-server.mjs';
import { provision } from './provision.mjs';
import { openFile, openWalkthrough, runCommand as runCommandOnce, useTheme as useThemeWith, waitForWorkbench, wearsTheme } from '../test/ui/workbench.mjs';
import { argValue, build, HarnessError, isMain, log, main, repoRoot } from './util.mjs';

const SPEECH = '安全生产工作会议讲话.speech';
const PASTED = '从网页复制的讲话（待清理）.txt';
const WIDTH = 1000;
const HEIGHT = 700;
const SHOTS = ['workbench', 'highlight', 'status', 'walkthrough', 'cleanup'];

/** User settings for the pictures: quiet, no minimap, wrapped lines, no cursor-word highlights. */
function settings() {
  return {
    ...QUIET_SETTINGS,
    'workbench.colorTheme': 'Default Dark Modern',
    'workbench.preferredDarkColorTheme': 'Default Dark Modern',
    'workbench.preferredLightColorTheme': 'Default Light Modern',
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
    'editor.stickyScroll.enabled': false,
    'editor.renderLineHighlight': 'none',
    'editor.fontSize': 14,
    'editor.occurrencesHighlight': 'off',
    'editor.selectionHighlight': false,
    'editor.cursorBlinking': 'solid',
    'breadcrumbs.enabled': true,
    'outline.collapseItems': 'alwaysExpand',
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
    'workbench.editor.enablePreview': false,
    // The status item shows the draft against a target: 8 minutes.
    'speechOutline.targetMinutes': 8,
  };
}

/** Polls `probe` until it returns a truthy value or the time is up (then throws `what`). */
async function until(probe, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new HarnessError(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Waits until the active editor shows semantic highlighting (bold heading spans from `*.speechStrong`). */
async function waitForHighlighting(page) {
  await until(() => page.locator('.editor-group-container.active .view-lines span.mtkb').count(), 'semantic highlighting (bold headings)');
}

/**
 * Screenshot of an element's box (only its top `maxHeight` px when given); returns the file's size.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} locator
 * @param {string} path
 * @param {{ maxHeight?: number }} [options]
 */
async function shoot(page, locator, path, { maxHeight = Infinity } = {}) {
  const box = await locator.boundingBox();
  if (!box) throw new HarnessError(`nothing to photograph for ${path}`);
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(Math.min(box.height, maxHeight)) };
  await page.screenshot({ path, clip });
  const size = statSync(path).size;
  log(`${relative(repoRoot, path)}: ${clip.width}×${clip.height}, ${(size / 1024).toFixed(0)} KB`);
  return size;
}

/**
 * Runs a command from the palette, again if the palette lost the focus on the way (the
 * development extension reveals its views once, when the first draft opens).
 * @param {import('playwright-core').Page} page
 * @param {string | string[]} labels
 * @param {{ query?: string }} [options]
 */
async function runCommand(page, labels, options = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runCommandOnce(page, labels, { ...options, timeoutMs: 8_000 });
    } catch (error) {
      if (attempt === 3) throw error;
      await page.waitForTimeout(1000);
    }
  }
}

/**
 * @param {import('playwright-core').Page} page
 * @param {'dark' | 'light'} kind
 */
const useTheme = (page, kind) => useThemeWith(page, kind, runCommand);

/** Runs a contributed command from the palette by its English title (category "Speech Outline · 讲话稿大纲"). */
async function runOurCommand(page, title) {
  await runCommand(page, [`Speech Outline · 讲话稿大纲: ${title}`], { query: title });
}

/** Closes the side bar (after the development extension's one-time reveal of its views, which opens it). */
async function hideSideBar(page) {
  await page.waitForTimeout(1000);
  if (await page.locator('.part.sidebar').isVisible()) await runCommand(page, 'View: Close Primary Side Bar');
}

async function closeEditors(page) {
  await runCommand(page, 'View: Close All Editors');
  await page.keyboard.press('Escape');
}

/**
 * The whole window: the draft with the cursor in a point, the breadcrumbs, the Outline and the
 * Speech Structure views (revealed by the development extension).
 * @param {{ page: import('playwright-core').Page, out: string }} context
 */
async function workbench({ page, out }) {
  await page.setViewportSize({ width: 880, height: 540 }); // about 150 KB as a PNG
  await openFile(page, SPEECH);
  await page.locator('.pane-header', { hasText: 'Speech Structure' }).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator('.outline-pane .monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
  const explorer = page.locator('.split-view-view:has(.explorer-folders-view) .pane-header').first();
  if ((await explorer.getAttribute('aria-expanded')) === 'true') await explorer.click(); // room for the two views
  const timeline = page.locator('.pane-header', { hasText: 'Timeline' }).first();
  if ((await timeline.count()) && (await timeline.getAttribute('aria-expanded')) === 'true') await timeline.click();
  await page.locator('.editor-group-container.active .view-line', { hasText: '二要聚焦关键时间节点' }).first().click({ position: { x: 80, y: 8 } });
  await page.waitForTimeout(1500);
  await page.mouse.move(600, 450); // over text, away from the views: no tooltip
  await shoot(page, page.locator('.monaco-workbench').first(), join(out, 'workbench.png'));
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
}

/** @param {{ page: import('playwright-core').Page, out: string }} context */
async function highlight({ page, out }) {
  await openFile(page, SPEECH);
  await hideSideBar(page);
  await waitForHighlighting(page);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown'); // the cursor on the empty line 3, not on the title
  await page.keyboard.press('ArrowDown');
  const editor = page.locator('.editor-group-container.active');
  await useTheme(page, 'dark');
  await waitForHighlighting(page); // the tokens are painted again after a theme change
  await shoot(page, editor, join(out, 'highlight-dark.png'), { maxHeight: 520 });
  await useTheme(page, 'light');
  await waitForHighlighting(page);
  await shoot(page, editor, join(out, 'highlight-light.png'), { maxHeight: 520 });
}

/** The status item and, above it, its tooltip (hovered). */
async function status({ page, out }) {
  await openFile(page, SPEECH);
  await runCommand(page, 'View: Focus Active Editor Group');
  const item = page.locator('.statusbar-item', { hasText: /chars/ }).first();
  await item.waitFor({ state: 'visible', timeout: 30_000 });
  await item.hover();
  const hover = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'Length by section' }).first();
  await hover.waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForTimeout(300);
  const [a, b] = [await item.boundingBox(), await hover.boundingBox()];
  if (!a || !b) throw new HarnessError('the status item or its tooltip has no box');
  const pad = 2;
  const x = Math.max(0, Math.min(a.x, b.x) - pad);
  const y = Math.max(0, b.y - pad);
  const right = Math.min(WIDTH, Math.max(a.x + a.width, b.x + b.width) + pad);
  const path = join(out, 'status-item.png');
  await page.screenshot({ path, clip: { x, y, width: right - x, height: a.y + a.height - y } });
  log(`${relative(repoRoot, path)}: ${Math.round(right - x)}×${Math.round(a.y + a.height - y)}, ${(statSync(path).size / 1024).toFixed(0)} KB`);
  await page.mouse.move(WIDTH / 2, 100);
}

/** The walkthrough, opened from the palette as a user would, on its first step. */
async function walkthrough({ page, out }) {
  await closeEditors(page);
  // Wide enough for the steps on the left and the step's Markdown on the right. (Before opening it:
  // Escape, which the palette helper presses, takes a walkthrough back to the Welcome page.)
  await hideSideBar(page);
  await page.setViewportSize({ width: 1240, height: HEIGHT });
  await openWalkthrough(page, 'Speech Outline · 讲话稿大纲入门');
  await page.locator('.tabs-container .tab.active', { hasText: 'Speech Outline' }).waitFor({ timeout: 15_000 });
  await page.locator('.gettingStartedContainer').first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForTimeout(2000); // the step's Markdown renders in a webview
  await shoot(page, page.locator('.editor-group-container.active'), join(out, 'walkthrough.png'), { maxHeight: 560 });
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
}

/** A pasted web page, then the same after Clean Up Text (with its report). */
async function cleanup({ page, out }) {
  await closeEditors(page);
  // A short window, so that the report's notification sits just under the text.
  await page.setViewportSize({ width: 820, height: 420 });
  await openFile(page, PASTED);
  await hideSideBar(page);
  const editor = page.locator('.editor-group-container.active');
  await page.waitForTimeout(500);
  await shoot(page, editor, join(out, 'cleanup-before.png'));
  await runOurCommand(page, 'Clean Up Text · 清理文本');
  const toast = page.locator('.notification-toast', { hasText: 'Cleaned up' }).first();
  await toast.waitFor({ state: 'visible', timeout: 15_000 });
  await toast.hover(); // its expand button shows on hover: the whole report, not "fixe…"
  await toast.locator('.codicon-notifications-expand').click();
  await page.mouse.move(300, 300); // below the text: no tooltip
  await waitForHighlighting(page);
  await page.waitForTimeout(500);
  await shoot(page, editor, join(out, 'cleanup-after.png'));
  // Leave the copy as it was (nothing is saved; the workspace is a copy anyway).
  await runCommand(page, 'View: Revert File', { query: 'Revert File' }).catch(() => {});
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
}

/** @param {{ only?: string[], out?: string }} [options] */
export async function screenshots({ only = SHOTS, out = join(repoRoot, 'docs', 'images') } = {}) {
  const unknown = only.filter((name) => !SHOTS.includes(name));
  if (unknown.length) throw new HarnessError(`unknown screenshot(s) ${unknown.join(', ')}; choose from ${SHOTS.join(', ')}`);
  mkdirSync(out, { recursive: true });
  await build();
  const bin = await provision({ quiet: true });
  pruneProfiles();
  const profile = freshProfile('shots');
  // A copy of the samples: Clean Up Text edits one (never saved), and the originals stay untouched.
  const workspace = join(profile.dir, 'samples');
  mkdirSync(workspace);
  for (const name of readdirSync(join(repoRoot, 'samples'))) copyFileSync(join(repoRoot, 'samples', name), join(workspace, name));
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(settings(), null, 2) + '\n');

  const server = await startCodeServer({ bin, folder: workspace, userDataDir: profile.userDataDir, extensionsDir: profile.extensionsDir });
  let browser;
  try {
    browser = await launchBrowser({ viewport: { width: WIDTH, height: HEIGHT } });
    const { page } = browser;
    await page.goto(workbenchUrl(server, { extensionDevelopmentPath: developmentPath(repoRoot) }), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitForWorkbench(page);
    // The theme of the settings first (the workbench starts in its built-in one), so useTheme() sees the real one.
    await until(() => wearsTheme(page, 'dark'), 'the Default Dark Modern theme');
    const context = { page, out };
    if (only.includes('workbench')) await workbench(context);
    if (only.includes('highlight')) await highlight(context);
    await useTheme(page, 'light');
    if (only.includes('status')) await status(context);
    if (only.includes('walkthrough')) await walkthrough(context);
    if (only.includes('cleanup')) await cleanup(context);
  } catch (error) {
    if (browser) await browser.page.screenshot({ path: join(profile.dir, 'failure.png') }).catch(() => {});
    log(`failed; the page as it was: ${join(profile.dir, 'failure.png')}`);
    throw error;
  } finally {
    if (browser) await browser.stop();
    await server.stop();
  }
}

if (isMain(import.meta.url)) {
  main(async () => {
    const only = argValue('only')?.split(',').map((name) => name.trim()).filter(Boolean);
    const out = argValue('out');
    await screenshots({ ...(only ? { only } : {}), ...(out ? { out: resolve(out) } : {}) });
    return 0;
  });
}
