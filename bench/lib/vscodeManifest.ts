// What the node side of the in-VS Code benchmark (lib/vscode.ts) hands to the suite running in the
// extension host (vscode/documentSymbols.test.ts), and what the suite hands back.

/** Written as bench-manifest.json in the workspace folder the harness opens. */
export interface BenchManifest {
  /** A small speech draft opened first, so that activation is not timed. */
  readonly warmUp: string;
  /** The same for Markdown (starts VS Code's Markdown language server). */
  readonly markdownWarmUp: string;
  /** Per size, one copy of the draft per round (a document is opened cold only once). */
  readonly drafts: readonly { readonly size: string; readonly files: readonly string[] }[];
  /** The same drafts written as Markdown, for VS Code's own Markdown outline. */
  readonly markdown: readonly { readonly size: string; readonly files: readonly string[] }[];
  /** The draft edited for the single-edit measure, and how many edits to time. */
  readonly edit: { readonly size: string; readonly file: string; readonly count: number };
}

/** One cold open: opened → shown → symbols returned, and the symbols once more (model cached). */
export interface OpenTiming {
  readonly size: string;
  readonly file: string;
  readonly openMs: number;
  readonly showMs: number;
  readonly symbolsMs: number;
  /** From the call to openTextDocument to executeDocumentSymbolProvider returning. */
  readonly totalMs: number;
  readonly warmSymbolsMs: number;
  readonly symbolCount: number;
  readonly error?: string;
}

/** One edit: a character inserted in the middle, then executeDocumentSymbolProvider again. */
export interface EditTiming {
  readonly editMs: number;
  readonly symbolsMs: number;
  readonly totalMs: number;
  readonly symbolCount: number;
}

/** Written by the suite to SPEECH_OUTLINE_BENCH_OUT. */
export interface VscodeBenchResult {
  readonly vscodeVersion: string;
  readonly appHost: string;
  readonly opens: OpenTiming[];
  readonly markdownOpens: OpenTiming[];
  readonly edit: { readonly size: string; readonly timings: EditTiming[]; readonly error?: string };
}
