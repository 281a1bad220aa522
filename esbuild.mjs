// Bundles the extension (node + web worker), the CLI, and the test suites.
// Usage: node esbuild.mjs [--production] [--tests | --unit] [--watch]
//   (nothing)  dist/: the extension for both hosts, the CLI and the Word writer
//   --unit     only what the unit tests run, into out/test/ (the tests, and the CLI and Word writer
//              they spawn): dist/, the bundle F5 debugs, is left alone
//   --tests    dist/ and every test and benchmark bundle
//   --watch    builds, then rebuilds on every change; prints "[watch] build started/finished" lines
//              that the F5 task (.vscode/tasks.json) waits for
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');
const unit = process.argv.includes('--unit');
const watch = process.argv.includes('--watch');

/**
 * All .ts files directly inside a folder.
 * @param {string} dir
 */
function tsFiles(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)) : [];
}

/**
 * Entry points named `prefix` + file name (without .ts), for *.test.ts files from another folder.
 * @param {string} dir
 * @param {string} prefix
 */
function testEntries(dir, prefix) {
  return Object.fromEntries(tsFiles(dir).filter((f) => f.endsWith('.test.ts')).map((f) => [prefix + basename(f, '.ts'), f]));
}

/**
 * The web suite's list of test files, found like the Node suite's (test/web and test/portable):
 * `import { SUITES } from 'speech-outline:web-suites'` in test/web/index.ts. Each suite is a lazy
 * import, run after mocha has defined suite() and test().
 * @type {esbuild.Plugin}
 */
const webSuites = {
  name: 'web-suites',
  setup(build) {
    build.onResolve({ filter: /^speech-outline:web-suites$/ }, () => ({ path: 'web-suites', namespace: 'web-suites' }));
    build.onLoad({ filter: /.*/, namespace: 'web-suites' }, () => {
      const files = [
        ...tsFiles('test/web').filter((f) => f.endsWith('.test.ts')).map((f) => [basename(f, '.ts'), f]),
        ...tsFiles('test/portable').filter((f) => f.endsWith('.test.ts')).map((f) => [`portable/${basename(f, '.ts')}`, f]),
      ];
      const entries = files.map(([name, file]) => `  ${JSON.stringify(name)}: () => import(${JSON.stringify('./' + file.replace(/\\/g, '/'))}),`);
      return { contents: `export const SUITES = {\n${entries.join('\n')}\n};\n`, resolveDir: process.cwd(), loader: 'js' };
    });
  },
};

let running = 0;
/**
 * Prints when watched builds start and when all of them have ended (with their errors), for the F5
 * task's problem matcher.
 * @type {esbuild.Plugin}
 */
const watchLog = {
  name: 'watch-log',
  setup(build) {
    build.onStart(() => {
      if (running++ === 0) {
        console.log('[watch] build started');
      }
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}${location ? `\n    ${location.file}:${location.line}:${location.column}:` : ''}`);
      }
      if (--running === 0) {
        console.log('[watch] build finished');
      }
    });
  },
};

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  target: 'es2022',
};
/** @type {esbuild.BuildOptions} */
const testing = { ...common, minify: false, sourcemap: true };

/**
 * The CLI, in `dir` (it loads docx.js from its own folder).
 * @param {string} dir
 * @returns {esbuild.BuildOptions}
 */
function cli(dir) {
  return { ...common, entryPoints: ['src/cli/main.ts'], outfile: join(dir, 'cli.js'), platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' }, define: { VERSION: JSON.stringify(pkg.version) } };
}

/**
 * The Word writer with the `docx` package: its own bundle, loaded only when an export runs (by the
 * Node host and the CLI with require, by the web worker host through workspace.fs), so activation
 * does not parse it. Built for the browser: it needs no Node API, and one file serves both.
 * @param {string} dir
 * @returns {esbuild.BuildOptions}
 */
function docx(dir) {
  return { ...common, entryPoints: ['src/word/docxWriter.ts'], outfile: join(dir, 'docx.js'), platform: 'browser', format: 'cjs' };
}

/** @type {esbuild.BuildOptions} */
const unitTests = { ...testing, entryPoints: tsFiles('test/unit'), outdir: 'out/test/unit', platform: 'node', format: 'cjs', external: ['fast-check'] };

/** @type {esbuild.BuildOptions[]} */
const builds = unit
  ? [unitTests, { ...cli('out/test'), sourcemap: true }, docx('out/test')]
  : [
    { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], define: { WEB: 'false' } },
    // The same extension for the web worker extension host (VS Code for the Web): no Node APIs.
    { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { WEB: 'true' } },
    cli('dist'),
    docx('dist'),
  ];

if (tests) {
  builds.push(
    unitTests,
    { ...cli('out/test'), sourcemap: true },
    docx('out/test'),
    // The Node extension host's suite: its own tests and the portable ones (test/portable, which the
    // web suite runs too).
    { ...testing, entryPoints: { index: 'test/integration/index.ts', ...testEntries('test/integration', ''), ...testEntries('test/portable', 'portable-') }, outdir: 'out/test/integration', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] },
    // The web suite for the web worker extension host: one self-contained module (mocha's browser build
    // and the test files bundled in; only `vscode` is external), loaded by VS Code with fetch + eval.
    { ...testing, sourcemap: false, entryPoints: ['test/web/index.ts'], outfile: 'out/test/web/index.js', platform: 'browser', format: 'cjs', external: ['vscode'], plugins: [webSuites] },
    { ...testing, entryPoints: tsFiles('bench'), outdir: 'out/bench', platform: 'node', format: 'cjs', packages: 'external' },
    { ...testing, entryPoints: tsFiles('bench/vscode'), outdir: 'out/bench/vscode', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] },
  );
}

/** `npm ci` links the `speech-outline` bin before `prepare` builds dist/cli.js: make the file executable. */
function executableCli() {
  if (existsSync('dist/cli.js')) {
    chmodSync('dist/cli.js', 0o755);
  }
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context({ ...options, plugins: [...(options.plugins ?? []), watchLog] })));
  await Promise.all(contexts.map((context) => context.watch()));
  executableCli();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  executableCli();
}
