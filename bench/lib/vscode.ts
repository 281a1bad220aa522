// The in-VS Code measure: writes the drafts into a workspace folder, runs the suite of
// bench/vscode/ in code-server's extension host through the integration harness
// (scripts/run-integration.mjs --tests-dir out/bench/vscode) and reads back its timings.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDraft } from '../generate';
import { DRAFT_SIZES } from './drafts';
import { repoRoot } from './paths';
import type { BenchManifest, VscodeBenchResult } from './vscodeManifest';

/** How much to measure in VS Code. */
export interface VscodeOptions {
  /** Cold opens per draft size. */
  readonly rounds: number;
  /** Timed single edits. */
  readonly edits: number;
  /** Draft sizes to open (labels of DRAFT_SIZES). */
  readonly sizes: readonly string[];
}

function fileStem(size: string): string {
  return size.replace(/\s+/g, '').toLowerCase();
}

/** Writes the drafts and bench-manifest.json into a fresh folder; returns the folder. */
function writeWorkspace(options: VscodeOptions): string {
  const folder = join(repoRoot, '.cache', 'bench', 'workspace');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const write = (name: string, text: string): string => {
    writeFileSync(join(folder, name), text);
    return name;
  };
  const sizes = DRAFT_SIZES.filter((size) => options.sizes.includes(size.label));
  const drafts = sizes.map((size) => {
    const text = generateDraft({ bytes: size.bytes, seed: 1 });
    return { size: size.label, files: Array.from({ length: options.rounds }, (_, i) => write(`draft-${fileStem(size.label)}-${i + 1}.speech`, text)) };
  });
  const markdown = sizes.map((size) => {
    const text = generateDraft({ bytes: size.bytes, seed: 1, markdown: true });
    return { size: size.label, files: Array.from({ length: options.rounds }, (_, i) => write(`draft-${fileStem(size.label)}-${i + 1}.md`, text)) };
  });
  const largest = sizes[sizes.length - 1];
  const manifest: BenchManifest = {
    warmUp: write('warm-up.speech', generateDraft({ bytes: 4096, seed: 2 })),
    markdownWarmUp: write('warm-up.md', generateDraft({ bytes: 4096, seed: 2, markdown: true })),
    drafts,
    markdown,
    edit: { size: largest.label, file: write(`draft-${fileStem(largest.label)}-edit.speech`, generateDraft({ bytes: largest.bytes, seed: 1 })), count: options.edits },
  };
  write('bench-manifest.json', JSON.stringify(manifest, null, 2));
  return folder;
}

/** Runs the suite in code-server; resolves to its timings. The harness's output is shown as it comes. */
export async function runInVscode(options: VscodeOptions): Promise<VscodeBenchResult> {
  const folder = writeWorkspace(options);
  const output = join(repoRoot, '.cache', 'bench', 'vscode-result.json');
  rmSync(output, { force: true });
  const args = [join(repoRoot, 'scripts', 'run-integration.mjs'), '--no-build', '--tests-dir', join(repoRoot, 'out', 'bench', 'vscode'), '--folder', folder, '--timeout', '3600'];
  // code-server's extension host inherits this environment.
  const env = { ...process.env, SPEECH_OUTLINE_BENCH_OUT: output, SPEECH_OUTLINE_TEST_TIMEOUT: String(3_600_000) };
  const status = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  if (!existsSync(output)) {
    throw new Error(`the in-VS Code benchmark wrote no result (harness exit code ${status}); see the harness output above`);
  }
  return JSON.parse(readFileSync(output, 'utf8')) as VscodeBenchResult;
}
