// The in-VS Code benchmark (not a test: it asserts only that it could measure). Run by
// `npm run bench:vscode` through the code-server harness; reads bench-manifest.json from the
// workspace folder and writes its timings to SPEECH_OUTLINE_BENCH_OUT.

import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { BenchManifest, EditTiming, OpenTiming, VscodeBenchResult } from '../lib/vscodeManifest';

const EXTENSION_ID = 'speech-outline.speech-outline';
/** A provider that has not answered by then is recorded as an error, not waited for. */
const CALL_TIMEOUT_MS = 180_000;

function folderUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('no workspace folder: the harness opens the benchmark folder');
  }
  return folder.uri;
}

async function withTimeout<T>(promise: Thenable<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${CALL_TIMEOUT_MS / 1000} s`)), CALL_TIMEOUT_MS);
  });
  try {
    return await Promise.race([Promise.resolve(promise), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[] | undefined> {
  return withTimeout(vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri), 'executeDocumentSymbolProvider');
}

function countSymbols(symbols: readonly vscode.DocumentSymbol[] | undefined): number {
  let count = 0;
  const stack = [...(symbols ?? [])];
  while (stack.length > 0) {
    const symbol = stack.pop()!;
    count++;
    stack.push(...(symbol.children ?? []));
  }
  return count;
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Opens a file cold, shows it, and times the first and a second executeDocumentSymbolProvider. */
async function timeOpen(size: string, file: string): Promise<OpenTiming> {
  const uri = vscode.Uri.joinPath(folderUri(), file);
  const start = performance.now();
  try {
    const document = await withTimeout(vscode.workspace.openTextDocument(uri), 'openTextDocument');
    const opened = performance.now();
    await withTimeout(vscode.window.showTextDocument(document, { preview: false }), 'showTextDocument');
    const shown = performance.now();
    const symbols = await documentSymbols(uri);
    const answered = performance.now();
    await documentSymbols(uri);
    const warm = performance.now() - answered;
    const symbolCount = countSymbols(symbols);
    return {
      size,
      file,
      openMs: opened - start,
      showMs: shown - opened,
      symbolsMs: answered - shown,
      totalMs: answered - start,
      warmSymbolsMs: warm,
      symbolCount,
      ...(symbolCount === 0 ? { error: `no symbols for ${file} (language ${document.languageId})` } : {}),
    };
  } catch (error) {
    return { size, file, openMs: NaN, showMs: NaN, symbolsMs: NaN, totalMs: NaN, warmSymbolsMs: NaN, symbolCount: 0, error: String(error) };
  } finally {
    await closeAll();
  }
}

/** Times `count` single-character insertions in the middle of the draft, each followed by symbols. */
async function timeEdits(file: string, count: number): Promise<EditTiming[]> {
  const uri = vscode.Uri.joinPath(folderUri(), file);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  try {
    await documentSymbols(uri);
    const middle = document.positionAt(Math.floor(document.getText().length / 2));
    const timings: EditTiming[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      const applied = await editor.edit((builder) => builder.insert(middle, '字'));
      const edited = performance.now();
      if (!applied) {
        throw new Error('the edit was not applied');
      }
      const symbols = await documentSymbols(uri);
      const answered = performance.now();
      timings.push({ editMs: edited - start, symbolsMs: answered - edited, totalMs: answered - start, symbolCount: countSymbols(symbols) });
    }
    return timings;
  } finally {
    await closeAll();
  }
}

suite('Benchmark: document symbols in VS Code', () => {
  test('open → symbols for each draft, and a single edit', async function () {
    this.timeout(60 * 60_000);
    const output = process.env.SPEECH_OUTLINE_BENCH_OUT;
    if (!output) {
      throw new Error('SPEECH_OUTLINE_BENCH_OUT is not set (run through npm run bench:vscode)');
    }
    const manifestUri = vscode.Uri.joinPath(folderUri(), 'bench-manifest.json');
    const manifest = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(manifestUri))) as BenchManifest;

    // Activation and the Markdown server's start are not what is measured.
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    await timeOpen('warm-up', manifest.warmUp);
    await timeOpen('warm-up', manifest.markdownWarmUp);

    const result: VscodeBenchResult = { vscodeVersion: vscode.version, appHost: vscode.env.appHost, opens: [], markdownOpens: [], edit: { size: manifest.edit.size, timings: [] } };
    const rounds = Math.max(...manifest.drafts.map((draft) => draft.files.length));
    for (let round = 0; round < rounds; round++) {
      // Interleaved: each round opens every size once, ours then the peer's.
      for (const draft of manifest.drafts) {
        if (round < draft.files.length) {
          result.opens.push(await timeOpen(draft.size, draft.files[round]));
        }
      }
      for (const draft of manifest.markdown) {
        if (round < draft.files.length) {
          result.markdownOpens.push(await timeOpen(draft.size, draft.files[round]));
        }
      }
    }
    let editError: string | undefined;
    try {
      result.edit.timings.push(...(await timeEdits(manifest.edit.file, manifest.edit.count)));
    } catch (error) {
      editError = String(error);
    }
    writeFileSync(output, JSON.stringify(editError ? { ...result, edit: { ...result.edit, error: editError } } : result, null, 2));
    const failures = [...result.opens.filter((open) => open.error).map((open) => open.error), ...(editError ? [editError] : [])];
    if (failures.length > 0) {
      throw new Error(`could not measure everything:\n${failures.join('\n')}`);
    }
  });
});
