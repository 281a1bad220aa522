// Bundles the extension (node + web worker), the CLI, and the test suites.
// Usage: node esbuild.mjs [--production] [--tests] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync, readdirSync, existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');

/** All .ts files directly inside a folder. */
function tsFiles(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)) : [];
}

/** Entry points named `prefix` + file name (without .ts), for *.test.ts files from another folder. */
function testEntries(dir, prefix) {
  return Object.fromEntries(tsFiles(dir).filter((f) => f.endsWith('.test.ts')).map((f) => [prefix + basename(f, '.ts'), f]));
}

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  target: 'es2022',
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], define: { WEB: 'false' } },
  // The same extension for the web worker extension host (VS Code for the Web): no Node APIs.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { WEB: 'true' } },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' }, define: { VERSION: JSON.stringify(pkg.version) } },
  // The Word writer with the `docx` package: its own bundle, loaded only when an export runs (by the
  // Node host and the CLI with require, by the web worker host through workspace.fs), so activation
  // does not parse it. Built for the browser: it needs no Node API, and one file serves both.
  { ...common, entryPoints: ['src/word/docxWriter.ts'], outfile: 'dist/docx.js', platform: 'browser', format: 'cjs' },
];

if (tests) {
  builds.push(
    { ...common, minify: false, sourcemap: true, entryPoints: tsFiles('test/unit'), outdir: 'out/test/unit', platform: 'node', format: 'cjs', external: ['fast-check'] },
    // The Node extension host's suite: its own tests and the portable ones (test/portable, which the
    // web suite runs too).
    { ...common, minify: false, sourcemap: true, entryPoints: { index: 'test/integration/index.ts', ...testEntries('test/integration', ''), ...testEntries('test/portable', 'portable-') }, outdir: 'out/test/integration', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] },
    // The web suite for the web worker extension host: one self-contained module (mocha's browser build
    // and the test files bundled in; only `vscode` is external), loaded by VS Code with fetch + eval.
    { ...common, minify: false, sourcemap: false, entryPoints: ['test/web/index.ts'], outfile: 'out/test/web/index.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
    { ...common, minify: false, sourcemap: true, entryPoints: tsFiles('bench'), outdir: 'out/bench', platform: 'node', format: 'cjs', packages: 'external' },
    { ...common, minify: false, sourcemap: true, entryPoints: tsFiles('bench/vscode'), outdir: 'out/bench/vscode', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] },
  );
}

await Promise.all(builds.map((options) => esbuild.build(options)));
// `npm ci` links the `speech-outline` bin before `prepare` builds dist/cli.js, so the link points at
// a file that is not executable yet: make it so, or `npx speech-outline` fails with "Permission denied".
chmodSync('dist/cli.js', 0o755);
