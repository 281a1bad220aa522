// UI scenario, run by scripts/ui-test.mjs after the others: on the broken sample, the quick fix
// "Fix all numbering in the document" (chosen from the light bulb menu with the keyboard) renumbers
// and the notification says what it changed and what is left and why, with a button to Problems
// that lists exactly what it named (issue 18). The draft is reverted at the end (never saved).
import { join } from 'node:path';
import { openFile, runCommand, settle } from './workbench.mjs';

const BROKEN = '编号待修正的讲话.speech';
const SAID = 'Renumbered 3 markers in 3 sequences. '
  + 'Left for you: 1 point written in another form than its list (一要… 二是…): choose one form with its quick fix. '
  + 'Left for you: 1 marker written unlike its siblings (brackets, separator or digit width): use its quick fix, or the setting speechOutline.renumber.unifyStyle.';

/**
 * @param {object} options
 * @param {import('playwright-core').Page} options.page the workbench with the samples folder open
 * @param {(name: string, ok: boolean, detail?: string) => boolean} options.check
 * @param {string} options.screenshotsDir
 */
export async function fixAllScenario({ page, check, screenshotsDir }) {
  await openFile(page, BROKEN);
  await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 30_000 });
  // The cursor on （四） (line 10, a gap), then the quick fixes.
  await page.keyboard.press('Control+G');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+.');
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  await focused.waitFor({ timeout: 15_000 });
  for (let i = 0; i < 6 && !(await focused.textContent())?.includes('Fix all numbering'); i++) await page.keyboard.press('ArrowDown');
  if (!check('the light bulb menu offers "Fix all numbering in the document"', (await focused.textContent())?.includes('Fix all numbering') ?? false)) return;
  await page.keyboard.press('Enter');

  const toast = page.locator('.notification-toast').filter({ hasText: 'Renumbered' }).first();
  const message = await settle(async () => ((await toast.count()) > 0 ? (await toast.locator('.notification-list-item-message').textContent()) ?? '' : ''), (text) => text !== '');
  check('the notification says what Fix all changed and what is left and why', message === SAID, `"${message}"`);
  const line10 = await page.locator('.editor-instance .view-line').nth(9).textContent();
  check('the draft is renumbered: （四） became （三）', line10?.startsWith('（三）') ?? false, line10 ?? '');
  await page.screenshot({ path: join(screenshotsDir, 'fix-all.png') });

  await toast.getByRole('button', { name: 'Show Problems' }).click();
  const problems = await settle(() => page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? '')),
    (rows) => rows.filter((row) => /numbering\./.test(row) || /Warning|Info/.test(row)).length >= 2 && !rows.some((row) => /missing|used twice/.test(row)));
  const listed = problems.filter((row) => /expected/.test(row));
  check('"Show Problems" lists exactly what it left: the mixed point form and the marker style',
    listed.length === 2 && listed.some((row) => /mixes point forms/.test(row)) && listed.some((row) => /unlike its siblings/.test(row)), problems.join(' | '));
  await runCommand(page, 'View: Focus Active Editor Group');
  await runCommand(page, 'File: Revert File');
}
