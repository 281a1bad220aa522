// The Word benchmark: `npm run bench:word`. What Word support costs, against baselines measured in
// the same run: (1) activation — the extension bundles must not contain the docx package, which
// lives in dist/docx.js; its one-time load on the first export is timed against starting Node
// with nothing to load; (2) export — layoutSpeech + writeDocx of generated drafts against
// parseSpeech of the same text; (3) open — readWordDocument of the exported file against decoding
// and splitting the same text. Prints figures and ratios (medians); never fails on a timing.
//
// Usage: node out/bench/word.js [--quick]   (after node esbuild.mjs --tests)

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseSpeech } from '../src/core';
import { readWordDocument } from '../src/core/wordImport';
import { layoutSpeech } from '../src/core/wordLayout';
import type * as Writer from '../src/word/docxWriter';
import { DRAFT_SIZES, generatedDrafts } from './lib/drafts';
import { bytes, table } from './lib/format';
import { repoRoot } from './lib/paths';

const quick = process.argv.includes('--quick');
const rounds = quick ? 3 : 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function ms(value: number): string {
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`;
}

async function timeMedian(body: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await body();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Milliseconds for `node -e CODE` to run, median of interleaved rounds with the baseline. */
function nodeStartups(codes: Record<string, string>): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(codes).map((key) => [key, []]));
  for (let i = 0; i < rounds * 2; i++) {
    for (const [key, code] of Object.entries(codes)) {
      const start = performance.now();
      spawnSync(process.execPath, ['-e', code], { cwd: repoRoot });
      samples[key].push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
}

async function main(): Promise<void> {
  const docxBundle = join(repoRoot, 'dist', 'docx.js');
  const bundles = [join(repoRoot, 'dist', 'extension.js'), join(repoRoot, 'dist', 'web', 'extension.js'), docxBundle];
  if (!bundles.every((path) => existsSync(path))) {
    throw new Error('build first: node esbuild.mjs (dist/extension.js, dist/web/extension.js, dist/docx.js)');
  }
  console.log('Bundles (this build; `npm run build:production` minifies)');
  console.log(table(['file', 'size', 'gzipped', 'contains the docx package'], bundles.map((path) => {
    const text = readFileSync(path, 'utf8');
    // A class only the docx package defines.
    const hasDocx = /class \w*DocumentAttributes|PrettifyType/.test(text);
    return [path.slice(repoRoot.length + 1), bytes(statSync(path).size), bytes(gzipSync(text).length), hasDocx ? 'yes' : 'no'];
  })));

  const startups = nodeStartups({ baseline: '0', docx: `require(${JSON.stringify(docxBundle)})` });
  console.log(`\nFirst export's one-time load of dist/docx.js: ${ms(startups.docx - startups.baseline)} (node -e require: ${ms(startups.docx)}; node -e 0: ${ms(startups.baseline)}); activation pays none of it.`);

  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle as the extension loads it
  const writer = require(docxBundle) as typeof Writer;
  const rows: string[][] = [];
  for (const size of DRAFT_SIZES.filter((candidate) => candidate.label !== '5 MB')) {
    const text = generatedDrafts(size).speech.bytes.toString('utf8');
    const model = parseSpeech(text);
    const docx = await writer.writeDocx(layoutSpeech(model));
    const encoded = new TextEncoder().encode(text);
    const parse = await timeMedian(() => parseSpeech(text));
    const exportTime = await timeMedian(async () => writer.writeDocx(layoutSpeech(parseSpeech(text))));
    const split = await timeMedian(() => new TextDecoder().decode(encoded).split('\n').length);
    const open = await timeMedian(() => readWordDocument(docx));
    rows.push([size.label, bytes(docx.length), ms(parse), ms(exportTime), `${(exportTime / parse).toFixed(0)}×`, ms(split), ms(open), `${(open / split).toFixed(0)}×`]);
  }
  console.log(`\nPer call, medians of ${rounds}: export = parse + layout + writeDocx; open = readWordDocument of the exported file`);
  console.log(table(['draft', '.docx', 'parse (baseline)', 'export', 'export / parse', 'decode + split (baseline)', 'open', 'open / split'], rows));
}

void main();
