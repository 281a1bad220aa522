// UI scenario, run by scripts/ui-test.mjs in code-server with the packaged extension installed:
// open a sample speech, compare the Outline view with the CLI's outline, click a heading, check the
// cursor and the breadcrumbs, fold the section, and save screenshots.
import { join } from 'node:path';
import {
  allOutlineRows,
  breadcrumbs,
  clickOutlineRow,
  collapseExplorerFolders,
  collapsedFoldCount,
  cursorPosition,
  languageMode,
  openFile,
  renderedLineNumbers,
  renderedOutlineRows,
  runCommand,
  settle,
} from './workbench.mjs';

/**
 * The Outline view's rows for the CLI's JSON (root nodes {name, kind, level, line, endLine, children},
 * lines 0-based): depth first, every node expanded (the harness sets outline.collapseItems to
 * alwaysExpand). `depth` is the tree depth, 1 for roots, as in the rows' aria-level.
 */
export function flattenOutline(roots) {
  const rows = [];
  const walk = (nodes, depth) => {
    for (const node of nodes) {
      rows.push({ name: node.name, kind: node.kind, depth, line: node.line, endLine: node.endLine, children: node.children?.length ?? 0 });
      walk(node.children ?? [], depth + 1);
    }
  };
  walk(roots, 1);
  return rows;
}

/**
 * @param {object} options
 * @param {import('playwright-core').Page} options.page a workbench page with the samples folder open
 * @param {string} options.fileName the sample's file name (in the workspace root)
 * @param {Array} options.expectedRoots the CLI's JSON output for that file
 * @param {(name: string, ok: boolean, detail?: string) => boolean} options.check records a check
 * @param {string} options.screenshotsDir
 */
export async function outlineScenario({ page, fileName, expectedRoots, check, screenshotsDir }) {
  const expected = flattenOutline(expectedRoots);
  if (!check('the CLI outline of the sample is not empty', expected.length > 0, `${expected.length} nodes`)) return;

  await openFile(page, fileName);
  const mode = await languageMode(page);
  if (fileName.endsWith('.speech')) check('a .speech file gets the speech language (status bar)', mode !== '' && mode !== 'Plain Text', `language mode "${mode}"`);

  await runCommand(page, ['Outline: Focus on Outline View', 'Explorer: Focus on Outline View'], { query: 'Focus on Outline View' });
  await collapseExplorerFolders(page);
  // The extension answers once it has activated: wait for the first row to show the first node.
  await settle(() => renderedOutlineRows(page), (rows) => rows.length > 0 && rows[0].name === expected[0].name, 30_000);
  const rows = await allOutlineRows(page);
  await page.screenshot({ path: join(screenshotsDir, 'workbench.png') });
  await page.locator('.pane:has(.outline-pane)').first().screenshot({ path: join(screenshotsDir, 'outline.png') });

  const names = rows.map((row) => row.name);
  const expectedNames = expected.map((node) => node.name);
  check(`the Outline view has ${expected.length} rows, as the CLI`, rows.length === expected.length, `Outline ${rows.length}, CLI ${expected.length}`);
  const firstNameDiff = expectedNames.findIndex((name, i) => names[i] !== name);
  check(
    'the Outline rows show the CLI names in order',
    firstNameDiff < 0 && names.length === expectedNames.length,
    firstNameDiff < 0 ? '' : `first difference at row ${firstNameDiff}: Outline "${names[firstNameDiff]}", CLI "${expectedNames[firstNameDiff]}"`,
  );
  const firstLevelDiff = expected.findIndex((node, i) => rows[i]?.level !== node.depth);
  check(
    'the Outline rows nest as the CLI tree (aria-level)',
    firstLevelDiff < 0,
    firstLevelDiff < 0 ? '' : `row ${firstLevelDiff} "${expected[firstLevelDiff].name}": Outline level ${rows[firstLevelDiff]?.level}, CLI depth ${expected[firstLevelDiff].depth}`,
  );

  // Click a section heading: prefer one with children that spans several lines (so it also folds).
  const rendered = new Set((await renderedOutlineRows(page)).map((row) => row.index));
  const candidates = expected.map((node, index) => ({ node, index })).filter(({ index, node }) => rendered.has(index) && node.line > 0);
  const target =
    candidates.find(({ node }) => node.children > 0 && node.endLine > node.line) ?? candidates.find(({ node }) => node.endLine > node.line) ?? candidates[0];
  if (!check('an Outline row to click is visible', Boolean(target))) return;
  const { node } = target;
  await clickOutlineRow(page, target.index);
  const position = await settle(() => cursorPosition(page), (p) => p.line === node.line + 1, 10_000);
  check(`clicking "${node.name}" moves the cursor to its line ${node.line + 1}`, position.line === node.line + 1, `status bar "${position.text}"`);

  // A breadcrumb shows the symbol's name followed by its detail (the section's length).
  const endsWithNode = (items) => items.length > 0 && items.at(-1).startsWith(node.name);
  const crumbs = await settle(() => breadcrumbs(page), endsWithNode, 10_000);
  check(`the breadcrumbs end with "${node.name}"`, endsWithNode(crumbs), `breadcrumbs: ${crumbs.join(' › ')}`);
  await page.locator('.editor-group-container.active .breadcrumbs-control').first().screenshot({ path: join(screenshotsDir, 'breadcrumbs.png') });

  if (node.endLine > node.line) {
    // Fold the section at the cursor (the heading's line) through the command palette.
    await runCommand(page, 'View: Focus Active Editor Group');
    await runCommand(page, 'Fold');
    const firstHidden = node.line + 2; // 1-based: the line after the heading
    const lastHidden = node.endLine + 1;
    const lines = await settle(() => renderedLineNumbers(page), (numbers) => !numbers.includes(firstHidden), 10_000);
    const folded = lines.includes(node.line + 1) && !lines.includes(firstHidden) && !lines.includes(lastHidden);
    const after = lastHidden + 1;
    const endsRight = !lines.length || after > Math.max(...lines) || lines.includes(after);
    check(
      `Fold hides lines ${firstHidden}-${lastHidden} under "${node.name}"`,
      folded && endsRight && (await collapsedFoldCount(page)) > 0,
      `rendered lines ${lines.slice(0, 30).join(',')}${lines.length > 30 ? ',…' : ''}`,
    );
    await page.locator('.editor-group-container.active').first().screenshot({ path: join(screenshotsDir, 'folding.png') });
  }
}
