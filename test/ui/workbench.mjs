// Helpers that drive the VS Code web workbench (code-server) through a playwright-core Page.
// Selectors are VS Code 1.100's DOM: keep them here, in one place.

const OUTLINE_ROWS = '.outline-pane .monaco-list-row';

/** Waits until the workbench has loaded the explorer of the opened folder. */
export async function waitForWorkbench(page, timeoutMs = 90_000) {
  await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: timeoutMs });
}

/**
 * Runs a command from the command palette (F1) by its exact label. `labels` may list several
 * labels (VS Code renames categories: "Outline: Focus on Outline View" is "Explorer: Focus on
 * Outline View" in 1.100); `query` is what gets typed (default: the first label).
 * @param {import('playwright-core').Page} page
 * @param {string | string[]} labels
 * @param {{ query?: string, timeoutMs?: number }} [options]
 */
export async function runCommand(page, labels, { query, timeoutMs = 20_000 } = {}) {
  const list = Array.isArray(labels) ? labels : [labels];
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${query ?? list[0]}`);
  // Click the entry whose label is exactly one of `labels` (typing "Fold" also lists "Fold All", ...).
  const exact = new RegExp(`^(${list.map(escapeRegExp).join('|')})$`);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) });
  await row.first().waitFor({ state: 'visible', timeout: timeoutMs });
  await row.first().click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Opens a workspace file by name with Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page, fileName, timeoutMs = 30_000) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(fileName);
  // File search (ripgrep) answers asynchronously: wait for the matching entry, then pick it.
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${fileName.replace(/"/g, '\\"')}"]`);
  await row.first().waitFor({ state: 'visible', timeout: timeoutMs });
  await row.first().click();
  await page.locator(`.tabs-container .tab.active[aria-label*="${fileName.replace(/"/g, '\\"')}"]`).waitFor({ timeout: timeoutMs });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Collapses the Explorer's folder section so the Outline view gets the sidebar's height. */
export async function collapseExplorerFolders(page) {
  const header = page.locator('.split-view-view:has(.explorer-folders-view) .pane-header').first();
  if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
}

/** The rendered Outline rows: [{index, level, label, name, expanded}] sorted by list index. */
export async function renderedOutlineRows(page) {
  const rows = await page.$$eval(OUTLINE_ROWS, (elements) =>
    elements.map((element) => ({
      index: Number(element.getAttribute('data-index')),
      level: Number(element.getAttribute('aria-level')),
      label: element.getAttribute('aria-label') ?? '',
      expanded: element.getAttribute('aria-expanded'),
    })),
  );
  return rows.map((row) => ({ ...row, name: outlineName(row.label) })).sort((a, b) => a.index - b.index);
}

/** An Outline row's aria-label is "NAME (kind)"; returns NAME. */
export function outlineName(label) {
  return label.replace(/ \([a-z ]+\)$/i, '');
}

/**
 * All Outline rows, also those the virtualised list has not rendered: scrolls the list from top
 * to bottom with the mouse wheel and collects rows by index. Returns the rows in order.
 */
export async function allOutlineRows(page, { maxScrolls = 200 } = {}) {
  const list = page.locator('.outline-pane .monaco-list').first();
  await list.hover();
  const byIndex = new Map();
  // Back to the top first.
  for (let i = 0; i < maxScrolls; i++) {
    const rows = await renderedOutlineRows(page);
    if (rows.length === 0 || rows[0].index === 0) break;
    await page.mouse.wheel(0, -2000);
    await page.waitForTimeout(50); // let the list re-render after the wheel event
  }
  let unchanged = 0;
  for (let i = 0; i < maxScrolls && unchanged < 3; i++) {
    const before = byIndex.size;
    for (const row of await renderedOutlineRows(page)) {
      // A recycled row element can be caught mid-render (no aria-level yet); keep complete ones.
      if (row.level > 0 && row.label) byIndex.set(row.index, row);
    }
    unchanged = byIndex.size === before ? unchanged + 1 : 0;
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(50);
  }
  // And back to the top, so the rows the test clicks are the first ones.
  for (let i = 0; i < maxScrolls; i++) {
    const rows = await renderedOutlineRows(page);
    if (rows.length === 0 || rows[0].index === 0) break;
    await page.mouse.wheel(0, -2000);
    await page.waitForTimeout(50);
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** Clicks the Outline row with this list index (it must be rendered). */
export async function clickOutlineRow(page, index) {
  await page.locator(`${OUTLINE_ROWS}[data-index="${index}"]`).click();
}

/** The status bar's cursor position: {line, column} (1-based), from "Ln X, Col Y". */
export async function cursorPosition(page) {
  const text = (await page.locator('[id="status.editor.selection"]').first().getAttribute('aria-label')) ?? '';
  const match = /Ln (\d+), Col (\d+)/.exec(text);
  return match ? { line: Number(match[1]), column: Number(match[2]), text } : { line: 0, column: 0, text };
}

/** The language shown in the status bar ("Plain Text", "Speech Draft", ...). */
export async function languageMode(page) {
  return ((await page.locator('[id="status.editor.mode"]').first().textContent()) ?? '').trim();
}

/** The breadcrumb items of the active editor (file name, then the symbol path). */
export async function breadcrumbs(page) {
  return page.$$eval('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item', (items) =>
    items.map((item) => (item.textContent ?? '').trim()),
  );
}

/** Line numbers (1-based) the active editor currently renders. */
export async function renderedLineNumbers(page) {
  const numbers = await page.$$eval('.editor-group-container.active .monaco-editor .margin-view-overlays .line-numbers', (elements) =>
    elements.map((element) => Number((element.textContent ?? '').trim())),
  );
  return numbers.filter((n) => n > 0).sort((a, b) => a - b);
}

/** Number of collapsed folding markers in the active editor's gutter. */
export async function collapsedFoldCount(page) {
  return page.locator('.editor-group-container.active .monaco-editor .margin-view-overlays .codicon-folding-collapsed').count();
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the workbench wears a dark or a light theme (its `vs-dark` or `vs` class).
 * @param {import('playwright-core').Page} page
 * @param {'dark' | 'light'} kind
 */
export async function wearsTheme(page, kind) {
  const classes = ((await page.locator('.monaco-workbench').first().getAttribute('class')) ?? '').split(/\s+/);
  return classes.includes(kind === 'dark' ? 'vs-dark' : 'vs');
}

/**
 * Switches to the preferred dark or light theme (Default Dark/Light Modern unless
 * `workbench.preferredDark/LightColorTheme` say otherwise) with "Toggle between Light/Dark Themes",
 * and waits until the workbench wears it. `run` runs a palette command (default: runCommand).
 * @param {import('playwright-core').Page} page
 * @param {'dark' | 'light'} kind
 */
export async function useTheme(page, kind, run = runCommand, timeoutMs = 20_000) {
  if (!(await wearsTheme(page, kind))) {
    await run(page, 'Preferences: Toggle between Light/Dark Themes', { query: 'Toggle between Light/Dark' });
    const deadline = Date.now() + timeoutMs;
    while (!(await wearsTheme(page, kind))) {
      if (Date.now() > deadline) throw new Error(`the workbench did not switch to a ${kind} theme`);
      await page.waitForTimeout(200);
    }
  }
  await page.waitForTimeout(800); // the editor repaints its tokens
}

/**
 * Opens a walkthrough from the palette ("Welcome: Open Walkthrough...", then its title) and waits
 * for its page. Not through runCommand: the walkthrough picker follows the palette at once (and
 * Escape would take an open walkthrough back to the Welcome page).
 * @param {import('playwright-core').Page} page
 * @param {string} title the walkthrough's title (or a part of it)
 */
export async function openWalkthrough(page, title, timeoutMs = 20_000) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill('>Welcome: Open Walkthrough');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Welcome: Open Walkthrough...' }).first().click({ timeout: timeoutMs });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(title);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first().waitFor({ state: 'visible', timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.locator('.gettingStartedContainer .getting-started-step').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/**
 * Polls `probe` until `accept(value)` or the timeout; returns the last value.
 * @template T
 * @param {() => Promise<T>} probe
 * @param {(value: T) => boolean} accept
 */
export async function settle(probe, accept, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await probe();
  }
  return value;
}
