// UI scenario for the Speech Structure view, run by scripts/ui-test.mjs after the Outline scenario:
// the view beside the draft (screenshot), expand to level 1 from its menu command, and one drag of a
// section onto another row performed with the mouse in the workbench. The draft is reverted at the end
// (the sample file is never saved).
import { join } from 'node:path';
import { cursorPosition, runCommand, settle } from './workbench.mjs';

const VIEW_TITLE = 'Speech Structure';

/** The structure view's pane. */
function pane(page) {
  return page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: VIEW_TITLE }) }).first();
}

/** The rendered rows of the structure view: [{index, level, label}]. */
async function structureRows(page) {
  return pane(page).locator('.monaco-list-row').evaluateAll((elements) =>
    elements
      .map((element) => ({
        index: Number(element.getAttribute('data-index')),
        level: Number(element.getAttribute('aria-level')),
        label: (element.querySelector('.label-name')?.textContent ?? '').trim(),
        description: (element.querySelector('.label-description')?.textContent ?? '').trim(),
      }))
      .sort((a, b) => a.index - b.index),
  );
}

/**
 * @param {object} options
 * @param {import('playwright-core').Page} options.page the workbench with the sample open in the active editor
 * @param {Array} options.expectedRoots the CLI's JSON outline of the sample
 * @param {(name: string, ok: boolean, detail?: string) => boolean} options.check
 * @param {string} options.screenshotsDir
 */
export async function structureScenario({ page, expectedRoots, check, screenshotsDir }) {
  await runCommand(page, ['Explorer: Focus on Speech Structure View', 'Speech Structure: Focus on Speech Structure View'], { query: 'Focus on Speech Structure View' });
  // Give the view the sidebar's height: collapse the Explorer's other sections (folders, Outline...).
  const others = page.locator('.pane-header[aria-expanded="true"]').filter({ hasNotText: VIEW_TITLE });
  for (let i = await others.count(); i > 0; i--) {
    await others.first().click();
  }
  const headings = expectedRoots.filter((node) => node.kind === 'heading');
  if (!check('the sample has two top-level headings to drag', headings.length >= 2, `${headings.length} headings`)) return;
  const first = headings[0].name;
  const last = headings[headings.length - 1].name;
  const rows = await settle(() => structureRows(page), (found) => found.some((row) => row.label === first), 30_000);
  check('the Speech Structure view shows the draft\'s headings', rows.some((row) => row.label === first) && rows.some((row) => row.label === last),
    rows.map((row) => row.label).join(' | '));
  // Sections show their length; the title, date line and salutation none (as the Outline's details).
  const prelude = rows.filter((row) => expectedRoots.some((node) => ['title', 'dateline', 'salutation'].includes(node.kind) && node.name === row.label));
  const firstRow = rows.find((row) => row.label === first);
  check('prelude rows show no length, headings show 字数 and minutes',
    prelude.length > 0 && prelude.every((row) => row.description === '') && /^[\d,]+ (chars|字) · (≈[\d.]+ min|约 [\d.]+ 分钟|<0\.1 min|不到 0\.1 分钟)$/.test(firstRow?.description ?? ''),
    rows.map((row) => `${row.label} [${row.description}]`).join(' | '));
  await page.screenshot({ path: join(screenshotsDir, 'structure.png') });
  // The Outline scenario left the cursor on a heading: its row is the selected one.
  const cursorLine = (await cursorPosition(page)).line - 1;
  const atCursor = expectedRoots.flatMap(function flat(node) { return [node, ...(node.children ?? []).flatMap(flat)]; })
    .filter((node) => node.line <= cursorLine && cursorLine <= node.endLine).at(-1);
  const selected = await settle(() => pane(page).locator('.monaco-list-row[aria-selected="true"] .label-name').allTextContents(), (labels) => labels.length > 0 && labels[0] === atCursor?.name, 10_000);
  check(`the view follows the cursor: the row of "${atCursor?.name}" is selected`, selected[0] === atCursor?.name, `selected: ${selected.join(' | ')}`);

  // Found by its Chinese name under the English UI: the titles carry both (issue 18).
  await runCommand(page, 'Speech Outline · 讲话稿大纲: Expand to Level 1 (一、) · 展开到第一级（一、）', { query: '展开到第一级' });
  const collapsed = await settle(() => structureRows(page), (found) => found.length === expectedRoots.length);
  check(`Expand to Level 1 shows only the ${expectedRoots.length} top-level rows`, collapsed.length === expectedRoots.length, collapsed.map((row) => row.label).join(' | '));

  // Drag the last top-level section onto the first: it goes before it, as 一、.
  const rowOf = (label) => pane(page).locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: label }) }).first();
  await rowOf(last).dragTo(rowOf(first));
  const moved = `一、${last.slice(last.indexOf('、') + 1)}`;
  const after = await settle(() => structureRows(page), (found) => found.some((row) => row.label === moved));
  const topLevel = after.filter((row) => row.level === 1).map((row) => row.label);
  check(`dragging "${last}" onto "${first}" makes it "${moved}", before the old first section`,
    topLevel.indexOf(moved) >= 0 && topLevel.indexOf(moved) < topLevel.findIndex((label) => label.endsWith(first.slice(first.indexOf('、') + 1))),
    topLevel.join(' | '));
  await page.screenshot({ path: join(screenshotsDir, 'structure-drop.png') });
  await runCommand(page, 'View: Focus Active Editor Group');
  await runCommand(page, 'File: Revert File');
}
