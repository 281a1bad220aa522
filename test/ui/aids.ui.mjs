// UI scenario for the drafting aids (issue 15), run by scripts/ui-test.mjs with the packaged
// extension: the length status item shows the CLI's 字数 and its tooltip the CLI's top-level
// sections; the draft's headings are bold and coloured apart from plain text in a dark and in a
// light theme; the Get Started walkthrough opens from the palette with the manifest's steps. Screenshots
// of each go to test-results/screenshots/ (the README's pictures come from npm run screenshots).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, openWalkthrough, runCommand, settle, useTheme, wearsTheme } from './workbench.mjs';

const root = join(import.meta.dirname, '..', '..');

/**
 * The computed colour and weight of the first token span of the editor line that starts with `text`.
 * @param {import('playwright-core').Page} page
 */
async function tokenStyle(page, text) {
  const span = page.locator('.editor-group-container.active .view-line', { hasText: text }).first().locator('span span').first();
  return span.evaluate((element) => {
    const style = /** @type {any} */ (globalThis).getComputedStyle(element);
    return { color: String(style.color), weight: String(style.fontWeight), text: element.textContent ?? '' };
  });
}

/**
 * @param {object} options
 * @param {import('playwright-core').Page} options.page a workbench page with the sample's folder open
 * @param {string} options.fileName the sample (its first section heading is checked)
 * @param {{ total: { chars: number }, sections: { name: string, line: number }[] }} options.stats the CLI's --stats --json record
 * @param {(name: string, ok: boolean, detail?: string) => boolean} options.check
 * @param {string} options.screenshotsDir
 */
export async function aidsScenario({ page, fileName, stats, check, screenshotsDir }) {
  await runCommand(page, 'View: Close All Editors');
  await openFile(page, fileName);
  await runCommand(page, 'View: Focus Active Editor Group');

  // The status item: the CLI's 字数, and on hover the breakdown by top-level section.
  const chars = `${stats.total.chars.toLocaleString('en-US')} chars`;
  const item = page.locator('.statusbar-item', { hasText: / chars/ }).first();
  const itemText = await settle(async () => ((await item.count()) ? ((await item.textContent()) ?? '').trim() : ''), (text) => text.includes(chars));
  check(`the status item shows the CLI's count (${chars}) and the speaking time`, itemText.includes(chars) && /min/.test(itemText), `status item "${itemText}"`);
  await item.hover();
  const hover = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'Length by section' }).first();
  const shown = await hover.waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
  const tooltip = shown ? ((await hover.textContent()) ?? '') : '';
  const missing = stats.sections.map((section) => section.name).filter((name) => !tooltip.includes(name));
  check(`hovering it shows the breakdown by the CLI's ${stats.sections.length} top-level sections`, shown && missing.length === 0 && /%/.test(tooltip), shown ? `missing: ${missing.join(', ')}` : 'no tooltip');
  if (shown) await page.screenshot({ path: join(screenshotsDir, 'status-item.png'), clip: await clipAround(page, [item, hover]) });
  await page.mouse.move(400, 300);
  await page.keyboard.press('Escape');

  // Headings that stand out, in a dark and in a light theme: the first section heading is bold and
  // coloured unlike plain text (the editor's foreground), and its colour is the theme's.
  const heading = stats.sections[0]?.name ?? '';
  const editor = page.locator('.editor-group-container.active');
  /** @type {Record<string, string>} */
  const headingColours = {};
  const originallyDark = await wearsTheme(page, 'dark');
  for (const kind of /** @type {const} */ (['dark', 'light'])) {
    await useTheme(page, kind);
    const style = await settle(() => tokenStyle(page, heading), (s) => Number(s.weight) >= 600);
    // Plain text (a body sentence) is in the editor's foreground colour, not bold.
    const body = await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().evaluate((element) => {
      const style = /** @type {any} */ (globalThis).getComputedStyle(element);
      return { color: String(style.color), weight: String(style.fontWeight) };
    });
    headingColours[kind] = style.color;
    check(
      `${kind} theme: the heading "${style.text}…" is bold and coloured apart from plain text`,
      Number(style.weight) >= 600 && style.color !== body.color && Number(body.weight) < 600,
      `heading ${style.color} weight ${style.weight}; plain text ${body.color} weight ${body.weight}`,
    );
    await editor.screenshot({ path: join(screenshotsDir, `highlight-${kind}.png`) });
  }
  check('the heading colour comes from the theme (differs between dark and light)', headingColours.dark !== headingColours.light, JSON.stringify(headingColours));
  await useTheme(page, originallyDark ? 'dark' : 'light');

  // The walkthrough: opened from the palette, it shows the manifest's steps with their titles.
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
  const localized = (/** @type {string} */ value) => value.replace(/^%(.+)%$/, (_, key) => nls[key] ?? key);
  const walkthrough = manifest.contributes.walkthroughs[0];
  await openWalkthrough(page, localized(walkthrough.title));
  const titles = await settle(
    () => page.locator('.gettingStartedContainer .getting-started-step .step-title').allTextContents(),
    (list) => list.length >= walkthrough.steps.length,
  );
  const expected = walkthrough.steps.map((/** @type {{ title: string }} */ step) => localized(step.title));
  check(
    `the walkthrough "${localized(walkthrough.title)}" opens with its ${expected.length} steps`,
    expected.every((title, i) => (titles[i] ?? '').trim() === title),
    `shown: ${titles.map((t) => t.trim()).join(' | ')}`,
  );
  await page.waitForTimeout(1000); // the step's Markdown renders in a webview
  await editor.screenshot({ path: join(screenshotsDir, 'walkthrough.png') });
  await runCommand(page, 'View: Close All Editors');
}

/**
 * The page region around some elements (their bounding boxes' union), for a screenshot clip.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator[]} locators
 */
async function clipAround(page, locators) {
  const boxes = (await Promise.all(locators.map((locator) => locator.boundingBox()))).filter((box) => box !== null);
  const viewport = page.viewportSize() ?? { width: 1400, height: 1000 };
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - 2);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - 2);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + 2);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + 2);
  return { x, y, width: right - x, height: bottom - y };
}
