// The benchmark: `npm run bench` (build, bench dependencies, then this). On generated drafts of
// 20 KB to 5 MB, interleaved rounds time the baseline (decode + split into lines), our model
// (decode + parseSpeech; parse alone; updateSpeech after one typed character; symbols and folding
// from a built model) and the peer (vscode-markdown-languageservice's document symbols for the
// same draft as Markdown); then the model's retained memory, the package's size, hostile inputs
// at 1× and 2×, and (unless --no-vscode) the time to symbols in a real VS Code. Prints tables
// with the budgets and writes bench/results/latest.json. Fails only when something could not
// run, never on a timing.
//
// Usage: node --expose-gc out/bench/run.js [--quick] [--no-vscode] [--vscode-only] [--no-package] [--no-cli] [--out FILE]

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseSpeech, updateSpeech, type SpeechModel } from '../src/core';
import { DRAFT_SIZES, generatedDrafts, hostileInputs, type Draft, type DraftSize, type HostileInput } from './lib/drafts';
import { bytes, count, ms, ratio, ratioRange, table, timing } from './lib/format';
import { canMeasureMemory, measureModelMemory, type MemoryResult } from './lib/memory';
import { countSymbols, DEFAULT_MAX_OUTLINE_NODES, documentSymbols, foldingRanges } from './lib/outline';
import { measureCli, printCli, type CliBenchResult } from './lib/cli';
import { measurePackage, type PackageResult } from './lib/package';
import { repoRoot, resultsDir } from './lib/paths';
import { loadPeer, type Peer } from './lib/peer';
import { pairedRatio, runInterleaved, summarize, type CaseResult, type Summary, type TimedCase } from './lib/stats';
import { runInVscode } from './lib/vscode';
import type { OpenTiming, VscodeBenchResult } from './lib/vscodeManifest';

const LINE_BREAKS = /\r\n|\r|\n/;

interface Options {
  readonly quick: boolean;
  readonly vscode: boolean;
  readonly vscodeOnly: boolean;
  readonly packageSize: boolean;
  readonly cli: boolean;
  readonly cliRounds: number;
  readonly out: string;
  readonly rounds: number;
  readonly minSampleMs: number;
  readonly memoryRepetitions: number;
  readonly vscodeRounds: number;
  readonly vscodeEdits: number;
}

function parseOptions(argv: readonly string[]): Options {
  const quick = argv.includes('--quick');
  const outIndex = argv.indexOf('--out');
  const known = new Set(['--quick', '--no-vscode', '--vscode-only', '--no-package', '--no-cli', '--out']);
  const unknown = argv.filter((arg, i) => !known.has(arg) && argv[i - 1] !== '--out');
  if (unknown.length > 0) {
    throw new Error(`unknown option ${unknown.join(' ')}\nusage: node --expose-gc out/bench/run.js [--quick] [--no-vscode] [--vscode-only] [--no-package] [--no-cli] [--out FILE]`);
  }
  return {
    quick,
    vscode: !argv.includes('--no-vscode'),
    vscodeOnly: argv.includes('--vscode-only'),
    packageSize: !argv.includes('--no-package'),
    cli: !argv.includes('--no-cli'),
    cliRounds: quick ? 5 : 12,
    // --vscode-only must not overwrite the full results.
    out: outIndex >= 0 && argv[outIndex + 1] ? argv[outIndex + 1] : join(resultsDir, argv.includes('--vscode-only') ? 'vscode.json' : 'latest.json'),
    rounds: quick ? 5 : 15,
    minSampleMs: quick ? 5 : 20,
    memoryRepetitions: quick ? 2 : 5,
    vscodeRounds: quick ? 1 : 3,
    vscodeEdits: quick ? 3 : 10,
  };
}

/** Results of one draft size. */
interface DraftResult {
  readonly size: string;
  readonly utf8Bytes: number;
  readonly utf16Length: number;
  readonly lines: number;
  readonly nodes: number;
  readonly symbols: number;
  readonly symbolsAll: number;
  readonly foldingRanges: number;
  readonly markdownBytes: number;
  readonly peerSymbols: number;
  readonly timings: Record<string, CaseResult>;
  readonly ratios: Record<string, Summary>;
}

interface HostileResult {
  readonly id: string;
  readonly description: string;
  readonly base: { readonly label: string; readonly utf8Bytes: number; readonly nodes: number; readonly timing: CaseResult };
  readonly double: { readonly label: string; readonly utf8Bytes: number; readonly nodes: number; readonly timing: CaseResult };
  readonly ratio: Summary;
}

interface Budget {
  readonly name: string;
  readonly value: string;
  readonly limit: string;
  readonly ok: boolean | undefined;
}

/** Keeps results alive so that no measured call can be optimised away. */
let sink = 0;

/** The timed cases of one draft size: everything is built outside the timed part. */
function draftCases(size: DraftSize, speech: Draft, markdown: Draft, peer: Peer, model: SpeechModel): TimedCase[] {
  const text = speech.bytes.toString('utf8');
  const id = (what: string): string => `${what}:${size.label}`;
  let document = 0;
  // One character typed in the middle; flattened now, as document.getText() would return it.
  const middle = text.length >> 1;
  const edited = text.slice(0, middle) + '字' + text.slice(middle);
  sink += edited.charCodeAt(middle);
  return [
    { id: id('baseline'), run: (n) => { for (let i = 0; i < n; i++) sink += speech.bytes.toString('utf8').split(LINE_BREAKS).length; } },
    { id: id('ours'), run: (n) => { for (let i = 0; i < n; i++) sink += parseSpeech(speech.bytes.toString('utf8')).nodes.length; } },
    { id: id('parse'), run: (n) => { for (let i = 0; i < n; i++) sink += parseSpeech(text).nodes.length; } },
    { id: id('symbols'), run: (n) => { for (let i = 0; i < n; i++) sink += documentSymbols(model).length; } },
    { id: id('symbolsAll'), run: (n) => { for (let i = 0; i < n; i++) sink += documentSymbols(model, Infinity).length; } },
    { id: id('folding'), run: (n) => { for (let i = 0; i < n; i++) sink += foldingRanges(model).length; } },
    {
      id: id('update'),
      // updateSpeech shifts the previous model's nodes: a fresh previous model per call.
      prepare: (n) => Array.from({ length: n }, () => parseSpeech(text)),
      run: (n, prepared) => { for (let i = 0; i < n; i++) sink += updateSpeech((prepared as SpeechModel[])[i], edited).nodes.length; },
    },
    {
      id: id('peer'),
      // A fresh service per call: the service caches symbols per document URI.
      prepare: (n) => Array.from({ length: n }, () => peer.createService()),
      run: async (n, prepared) => {
        const services = prepared as ReturnType<Peer['createService']>[];
        for (let i = 0; i < n; i++) {
          sink += (await peer.documentSymbols(services[i], markdown.bytes, `file:///bench/draft-${++document}.md`)).length;
          services[i].dispose();
        }
      },
    },
  ];
}

function hostileCases(input: HostileInput): TimedCase[] {
  return [input.base, input.double].map((draft, i) => {
    const text = draft.bytes.toString('utf8');
    return { id: `hostile:${input.id}:${i === 0 ? '1x' : '2x'}`, run: (n: number) => { for (let j = 0; j < n; j++) sink += parseSpeech(text).nodes.length; } };
  });
}

/** Which build of dist/extension.js VS Code loads: the production one has no source map comment. */
function extensionBundle(): 'production' | 'development' {
  try {
    return readFileSync(join(repoRoot, 'dist', 'extension.js'), 'utf8').includes('//# sourceMappingURL=') ? 'development' : 'production';
  } catch {
    return 'development';
  }
}

function median(values: readonly number[]): number {
  return summarize(values.filter(Number.isFinite)).median;
}

function budget(name: string, value: number | undefined, limit: number, compare: '≤' | '≥' | '<', format: (v: number) => string): Budget {
  if (value === undefined || !Number.isFinite(value)) {
    return { name, value: '—', limit: `${compare} ${format(limit)}`, ok: undefined };
  }
  const ok = compare === '≤' ? value <= limit : compare === '≥' ? value >= limit : value < limit;
  return { name, value: format(value), limit: `${compare} ${format(limit)}`, ok };
}

/** Linux's CPU pressure (share of the last 10 s in which some task waited for a CPU), if available. */
function cpuPressure(): number | undefined {
  try {
    const match = /^some avg10=([\d.]+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** How busy the machine is: the figures are only as steady as this. */
function machineLoad(): string {
  const pressure = cpuPressure();
  return `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}${pressure === undefined ? '' : `, CPU pressure ${pressure.toFixed(0)}%`}`;
}

function printHeader(options: Options): void {
  const cpu = cpus();
  console.log(`Speech Outline benchmark — node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${machineLoad()}`);
  if (!options.vscodeOnly) {
    console.log(`${options.quick ? 'quick: ' : ''}${options.rounds} interleaved rounds, samples ≥ ${options.minSampleMs} ms; times are medians ±half the interquartile range`);
  }
  console.log('');
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const errors: string[] = [];
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadAverageAtStart: loadavg(),
    cpuPressureAtStart: cpuPressure(),
    options,
  };
  printHeader(options);

  let drafts: DraftResult[] = [];
  let hostile: HostileResult[] = [];
  let memory: (MemoryResult & { size: string })[] = [];
  if (!options.vscodeOnly) {
    const peer = await loadPeer();
    results.peerVersions = peer.versions;
    console.log(`peer: ${Object.entries(peer.versions).map(([name, version]) => `${name} ${version}`).join(', ')}`);

    const prepared = DRAFT_SIZES.map((size) => {
      const { speech, markdown } = generatedDrafts(size);
      const model = parseSpeech(speech.bytes.toString('utf8'));
      return { size, speech, markdown, model };
    });
    const hostileList = hostileInputs();
    const cases = [...prepared.flatMap(({ size, speech, markdown, model }) => draftCases(size, speech, markdown, peer, model)), ...hostileList.flatMap(hostileCases)];
    const started = Date.now();
    process.stdout.write(`timing ${cases.length} cases …`);
    const timings = await runInterleaved(cases, {
      rounds: options.rounds,
      minSampleMs: options.minSampleMs,
      onRound: (round) => process.stdout.write(` ${round}`),
    });
    console.log(` done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

    drafts = [];
    for (const { size, speech, markdown, model } of prepared) {
      const get = (what: string): CaseResult => timings.get(`${what}:${size.label}`)!;
      const peerService = peer.createService();
      const peerSymbols = countSymbols(await peer.documentSymbols(peerService, markdown.bytes, 'file:///bench/count.md'));
      peerService.dispose();
      const oursWithSymbols = summarize(get('ours').samples.map((value, i) => value + get('symbolsAll').samples[i]));
      drafts.push({
        size: size.label,
        utf8Bytes: speech.bytes.length,
        utf16Length: speech.length,
        lines: model.lines.lineCount,
        nodes: model.nodes.length,
        symbols: countSymbols(documentSymbols(model)),
        symbolsAll: countSymbols(documentSymbols(model, Infinity)),
        foldingRanges: foldingRanges(model).length,
        markdownBytes: markdown.bytes.length,
        peerSymbols,
        timings: Object.fromEntries(['baseline', 'ours', 'parse', 'update', 'symbols', 'symbolsAll', 'folding', 'peer'].map((what) => [what, get(what)])),
        ratios: {
          oursPerBaseline: pairedRatio(get('ours'), get('baseline')),
          parsePerBaseline: pairedRatio(get('parse'), get('baseline')),
          peerPerOurs: pairedRatio(get('peer'), get('ours')),
          peerPerOursWithSymbols: pairedRatio(get('peer'), oursWithSymbols),
        },
      });
    }
    hostile = hostileList.map((input) => {
      const base = timings.get(`hostile:${input.id}:1x`)!;
      const double = timings.get(`hostile:${input.id}:2x`)!;
      const nodes = (draft: Draft): number => parseSpeech(draft.bytes.toString('utf8')).nodes.length;
      return {
        id: input.id,
        description: input.description,
        base: { label: input.base.label, utf8Bytes: input.base.bytes.length, nodes: nodes(input.base), timing: base },
        double: { label: input.double.label, utf8Bytes: input.double.bytes.length, nodes: nodes(input.double), timing: double },
        ratio: pairedRatio(double, base),
      };
    });
    results.drafts = drafts;
    results.hostile = hostile;

    if (canMeasureMemory()) {
      memory = prepared.map(({ size, speech }) => ({ size: size.label, ...measureModelMemory(speech.bytes, options.memoryRepetitions) }));
      results.memory = memory;
    } else {
      errors.push('memory: run node with --expose-gc (npm run bench does)');
    }
  }

  let cliResult: CliBenchResult | undefined;
  if (options.cli && !options.vscodeOnly) {
    process.stdout.write(`command line (lib/cli.ts: whole processes, ${options.cliRounds} rounds) …`);
    try {
      cliResult = await measureCli({ rounds: options.cliRounds, onRound: (round) => process.stdout.write(` ${round}`) });
      results.cli = cliResult;
      console.log(' done');
    } catch (error) {
      errors.push(`cli: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  let packageResult: PackageResult | undefined;
  if (options.packageSize && !options.vscodeOnly) {
    console.log('packaging (scripts/package.mjs: production build + vsce) …');
    try {
      packageResult = measurePackage();
      if (packageResult.error) {
        errors.push(`package: ${packageResult.error}`);
      }
      results.package = packageResult;
    } catch (error) {
      errors.push(`package: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  let vscodeResult: (VscodeBenchResult & { bundle: string }) | undefined;
  if (options.vscode || options.vscodeOnly) {
    console.log('in VS Code (code-server, scripts/run-integration.mjs --tests-dir out/bench/vscode) …');
    try {
      const bundle = extensionBundle();
      vscodeResult = { ...(await runInVscode({ rounds: options.vscodeRounds, edits: options.vscodeEdits, sizes: ['1 MB', '5 MB'] })), bundle };
      results.vscode = vscodeResult;
      for (const open of [...vscodeResult.opens]) {
        if (open.error) errors.push(`vscode: ${open.error}`);
      }
      if (vscodeResult.edit.error) errors.push(`vscode edit: ${vscodeResult.edit.error}`);
    } catch (error) {
      errors.push(`vscode: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const budgets = computeBudgets(drafts, memory, packageResult);
  results.budgets = budgets;
  results.loadAverageAtEnd = loadavg();
  results.cpuPressureAtEnd = cpuPressure();
  results.errors = errors;

  console.log('');
  printReport(drafts, hostile, memory, packageResult, vscodeResult, budgets);
  if (cliResult) {
    console.log('');
    printCli(cliResult);
  }
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nat the end: ${machineLoad()}`);
  console.log(`written: ${relative(repoRoot, options.out) || options.out}`);
  if (errors.length > 0) {
    console.log(`\ncould not measure everything:\n${errors.map((error) => `  - ${error.replace(/\n/g, '\n    ')}`).join('\n')}`);
    return 1;
  }
  return sink === -1 ? 2 : 0;
}

function computeBudgets(drafts: readonly DraftResult[], memory: readonly (MemoryResult & { size: string })[], packageResult: PackageResult | undefined): Budget[] {
  const draft = (size: string): DraftResult | undefined => drafts.find((d) => d.size === size);
  const oneMb = draft('1 MB');
  const fiveMb = draft('5 MB');
  const memoryWorst = memory.filter((m) => m.size === '1 MB' || m.size === '5 MB').map((m) => m.perUtf16);
  const scaling = oneMb && fiveMb ? fiveMb.timings.ours.median / oneMb.timings.ours.median : undefined;
  const r = (v: number): string => ratio(v);
  return [
    budget('ours / baseline at 1 MB', oneMb?.ratios.oursPerBaseline.median, 3, '≤', r),
    budget('ours / baseline at 5 MB', fiveMb?.ratios.oursPerBaseline.median, 3, '≤', r),
    budget('peer / ours at 1 MB', oneMb?.ratios.peerPerOurs.median, 30, '≥', r),
    budget('model of a 40 KB draft (parse, median)', draft('40 KB')?.timings.parse.median, 1, '<', ms),
    budget('model memory / text (UTF-16 in memory), worst of 1 MB and 5 MB', memoryWorst.length ? Math.max(...memoryWorst) : undefined, 2, '≤', r),
    budget('ours at 5 MB / ours at 1 MB', scaling, 6, '≤', r),
    budget('bundled extension (dist/extension.js, minified)', packageResult ? packageResult.extensionJs / 1024 : undefined, 100, '≤', (v) => `${v.toFixed(1)} KB`),
  ];
}

function openSummary(opens: readonly OpenTiming[], size: string): string[] {
  const of = opens.filter((open) => open.size === size && !open.error);
  if (of.length === 0) {
    const failed = opens.find((open) => open.size === size);
    return [size, '—', '—', '—', '—', '—', failed?.error ? 'error' : '—'];
  }
  const m = (pick: (open: OpenTiming) => number): string => ms(median(of.map(pick)));
  return [size, m((o) => o.openMs), m((o) => o.showMs), m((o) => o.symbolsMs), m((o) => o.totalMs), m((o) => o.warmSymbolsMs), count(of[0].symbolCount)];
}

function printReport(
  drafts: readonly DraftResult[],
  hostile: readonly HostileResult[],
  memory: readonly (MemoryResult & { size: string })[],
  packageResult: PackageResult | undefined,
  vscodeResult: (VscodeBenchResult & { bundle: string }) | undefined,
  budgets: readonly Budget[],
): void {
  if (drafts.length > 0) {
    console.log('Drafts (per call; baseline = decode UTF-8 + split lines; ours = decode + parseSpeech; parse = parseSpeech alone;');
    console.log('update = updateSpeech after one character typed in the middle; symbols = the provider\'s walk, capped at');
    console.log(`${DEFAULT_MAX_OUTLINE_NODES} like the default setting; all = uncapped; peer = decode + Markdown document symbols)`);
    console.log(table(
      ['size', 'lines', 'nodes', 'baseline', 'ours', 'parse', 'update', 'symbols', 'symbols all', 'folding', 'peer'],
      drafts.map((d) => [d.size, count(d.lines), count(d.nodes), timing(d.timings.baseline), timing(d.timings.ours), timing(d.timings.parse), timing(d.timings.update), timing(d.timings.symbols), timing(d.timings.symbolsAll), timing(d.timings.folding), timing(d.timings.peer)]),
    ));
    console.log('\nRatios (median of round-by-round ratios, interquartile range in brackets)');
    console.log(table(
      ['size', 'ours / baseline', 'parse / baseline', 'peer / ours', 'peer / (ours + symbols all)', 'our symbols', 'peer symbols'],
      drafts.map((d) => [d.size, ratioRange(d.ratios.oursPerBaseline), ratioRange(d.ratios.parsePerBaseline), ratioRange(d.ratios.peerPerOurs), ratioRange(d.ratios.peerPerOursWithSymbols), count(d.symbolsAll), count(d.peerSymbols)]),
    ));
    const one = drafts.find((d) => d.size === '1 MB');
    const five = drafts.find((d) => d.size === '5 MB');
    if (one && five) {
      const scale = (what: string): string => ratio(five.timings[what].median / one.timings[what].median);
      console.log(`\n5 MB / 1 MB (size ×${(five.utf8Bytes / one.utf8Bytes).toFixed(2)}): baseline ${scale('baseline')}, ours ${scale('ours')}, parse ${scale('parse')}, symbols all ${scale('symbolsAll')}, peer ${scale('peer')}`);
    }
  }
  if (memory.length > 0) {
    console.log('\nMemory retained by the model (heap + external after full GC, beyond the text itself)');
    console.log(table(
      ['size', 'text UTF-8', 'text UTF-16', 'model', 'model / UTF-8', 'model / UTF-16', 'bytes per node'],
      memory.map((m) => [m.size, bytes(m.utf8Bytes), bytes(m.utf16Bytes), bytes(Math.round(m.retained.median)), ratio(m.perUtf8, 2), ratio(m.perUtf16, 2), m.nodes ? count(Math.round(m.retained.median / m.nodes)) : '—']),
    ));
  }
  if (packageResult) {
    console.log(`\nPackage: dist/extension.js ${bytes(packageResult.extensionJs)} minified (${bytes(packageResult.extensionJsGzip)} gzipped), ${relative(repoRoot, packageResult.vsixPath)} ${bytes(packageResult.vsix)}${packageResult.fresh ? '' : ' (packaging failed: sizes of the files left from before)'}`);
  }
  if (hostile.length > 0) {
    console.log('\nHostile inputs (parseSpeech; linear growth gives 2× ≈ 2)');
    console.log(table(
      ['input', '1×', 'nodes', 'time', '2×', 'nodes', 'time', '2× / 1×'],
      hostile.map((h) => [h.description, bytes(h.base.utf8Bytes), count(h.base.nodes), timing(h.base.timing), bytes(h.double.utf8Bytes), count(h.double.nodes), timing(h.double.timing), ratioRange(h.ratio)]),
    ));
  }
  if (vscodeResult) {
    const sizes = [...new Set(vscodeResult.opens.map((open) => open.size))];
    const rounds = Math.max(0, ...sizes.map((size) => vscodeResult.opens.filter((open) => open.size === size).length));
    console.log(`\nIn VS Code ${vscodeResult.vscodeVersion} (${vscodeResult.appHost}, code-server extension host, ${vscodeResult.bundle} build of the extension; medians of ${rounds} cold opens per size)`);
    console.log('total = openTextDocument → shown → executeDocumentSymbolProvider returned; warm = the same call again');
    const header = ['draft', 'open', 'show', 'symbols', 'total', 'warm', 'symbols returned'];
    console.log(table(header, [...sizes.map((size) => openSummary(vscodeResult.opens, size)), ...sizes.map((size) => ['Markdown ' + size + ' (built-in)', ...openSummary(vscodeResult.markdownOpens, size).slice(1)])]));
    const edits = vscodeResult.edit.timings;
    if (edits.length > 0) {
      console.log(`Single edit in the ${vscodeResult.edit.size} draft (one character inserted in the middle, ${edits.length} times): ` +
        `edit applied ${ms(median(edits.map((e) => e.editMs)))}, then symbols ${ms(median(edits.map((e) => e.symbolsMs)))}, ` +
        `total ${ms(median(edits.map((e) => e.totalMs)))} (max ${ms(Math.max(...edits.map((e) => e.totalMs)))})`);
    } else if (vscodeResult.edit.error) {
      console.log(`Single edit: could not measure (${vscodeResult.edit.error})`);
    }
  }
  if (budgets.every((b) => b.ok === undefined)) {
    return;
  }
  console.log('\nBudgets (informational)');
  console.log(table(['', 'measured', 'budget', ''], budgets.map((b) => [b.name, b.value, b.limit, b.ok === undefined ? '(not measured)' : b.ok ? '✓' : '✗'])));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
