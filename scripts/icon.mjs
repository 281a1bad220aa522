// Renders images/icon.svg to the 128×128 images/icon.png the manifest names, in Debian Chromium
// through playwright-core (the same browser and flags as the UI tests). Run: node scripts/icon.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './code-server.mjs';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'images', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(join(root, 'images', 'icon.png'), png);
  console.log(`images/icon.png: ${png.length} bytes`);
} finally {
  await browser.close();
}
