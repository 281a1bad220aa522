// UI scenario, run by scripts/ui-test.mjs: Enter in a speech draft with keys typed right after it
// at full speed. Enter is the editor's own except at the end of a line of indentation only (context
// key speechOutline.atBlankIndent), so the keys typed after it cannot overtake it (they did while
// every Enter went through the extension host); on such a line it leaves the line empty and moves
// the indentation down (issue 18).
// The draft is reverted at the end (never saved).
import { openFile, runCommand } from './workbench.mjs';

const BROKEN = '编号待修正的讲话.speech';

/**
 * @param {object} options
 * @param {import('playwright-core').Page} options.page the workbench with the samples folder open
 * @param {(name: string, ok: boolean, detail?: string) => boolean} options.check
 */
export async function enterScenario({ page, check }) {
  await openFile(page, BROKEN);
  // The end of the closing paragraph (line 22, indented with 　　), then keys with no pause between them.
  await page.keyboard.press('Control+G');
  await page.keyboard.type('22');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // Rendered lines 22–26 by line number (view lines are positioned by their top, not in DOM order).
  const lines = () => page.locator('.editor-instance .monaco-editor').first().evaluate((editor) => {
    const top = (/** @type {any} */ element) => parseFloat(element.style.top);
    const numbers = new Map([...editor.querySelectorAll('.line-numbers')].map((element) => [top(element.parentElement ?? element), Number(element.textContent)]));
    const byLine = new Map([...editor.querySelectorAll('.view-line')].map((element) => [numbers.get(top(element)), element.textContent ?? '']));
    return [22, 23, 24, 25, 26].map((line) => byLine.get(line) ?? null);
  });
  await page.keyboard.type('谢谢大家。');
  await page.keyboard.press('Enter');
  // On the new, indented empty line Enter is the extension's (a round trip to the extension host):
  // at a typist's pace, i.e. the next key once the Enter has been applied. On a busy host, a key
  // typed before that would land on the indented line and the Enter's edit would be refused (the
  // document changed under it): the blank line is missed, no text is lost.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.keyboard.press('Enter');
  const applied = Date.now() + 5_000;
  while (JSON.stringify((await lines()).slice(2, 4)) !== JSON.stringify(['', '　　']) && Date.now() < applied) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await page.keyboard.type('散会。');
  const deadline = Date.now() + 10_000;
  let found = await lines();
  while (!found.includes('　　散会。') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    found = await lines();
  }
  check('Enter typed at full speed: the keys after it land after it; Enter on the indented empty line leaves it empty',
    JSON.stringify(found.slice(1, 4)) === JSON.stringify(['　　谢谢大家。', '', '　　散会。']), JSON.stringify(found));
  await runCommand(page, 'File: Revert File');
}
