// What a mode of the CLI is. A mode is one small file in src/cli/modes/ exporting a Mode, listed
// in src/cli/modes/index.ts; the driver (run.ts) does everything else: arguments, files, reading
// and decoding, errors, --json framing, --write / --dry-run, exit codes, EPIPE and colour.

import type { Message } from '../core';
import type { Draft } from './inputs';
import type { Language } from './messages';
import type { Output, Paint } from './output';

/** An option of one mode (beyond the shared --json, --write, --dry-run). */
export interface ModeOption {
  /** '--unify-style' */
  readonly flag: string;
  /** Takes a value (`--flag N` or `--flag=N`): what --help shows for it, as the usage line writes it ('N', 'keep|one|none'). */
  readonly value?: string;
  readonly help: Message;
}

/** What every mode gets while it runs. */
export interface Context {
  readonly language: Language;
  /** --json was given. */
  readonly json: boolean;
  /** More than one file is being processed (text output then names each file). */
  readonly several: boolean;
  /** The mode's own options: flag → value (true for a flag without value). */
  readonly options: ReadonlyMap<string, string | true>;
  readonly paint: Paint;
  /** Standard output, for modes that print as they go (text output only; prefer returning text). */
  readonly out: Output;
}

/** What a report mode says about one file. */
export interface Report {
  /** Text for standard output (without --json); may be empty. */
  readonly text?: string;
  /** The file's JSON record (with --json); the driver adds `file` first. */
  readonly json?: Record<string, unknown>;
  /** The file has something to fix (warnings, errors): exit code 1. */
  readonly failed?: boolean;
  /** Anything the mode's summary needs from this file (counts, a table row); kept until the end. */
  readonly tally?: unknown;
}

/** What a transform mode makes of one file. */
export interface Transformed {
  /** The new text (without BOM; line endings as in the input). */
  readonly text: string;
  /** How many edits made it (0: unchanged). */
  readonly edits: number;
  /**
   * What the transform did, one line in the reader's language ("Cleaned up: removed 3 residue
   * lines…"). The driver never mixes it into the new text: printing the text, it goes to standard
   * error after the file's name; with --write / --dry-run it follows the name of a changed file;
   * with --json it is the record's `report`.
   */
  readonly report?: string;
}

interface ModeBase {
  /** The flag that selects the mode ('--check'), or undefined for the default mode (the outline). */
  readonly flag: string | undefined;
  /**
   * The mode's flag takes a value (`--docx OUT.docx FILE`, `--docx=OUT.docx`), read as
   * context.options.get(flag). With `accepts`, the next argument is the value only when it
   * accepts it (so `--docx FILE.speech` leaves the value out); without, the value is required.
   * With `several`, the value names one output: given with several files, the driver says
   * `several` as bad usage (exit 2) before any file is read.
   */
  readonly flagValue?: { readonly placeholder: string; readonly accepts?: (arg: string) => boolean; readonly several?: Message };
  /** Checks the mode's options before any file is read: a message means bad usage (exit 2). */
  validate?(options: ReadonlyMap<string, string | true>, language: Language): string | undefined;
  /** Help: a usage line (after `speech-outline `) and what it does, in both languages. */
  readonly usage: string;
  readonly help: Message;
  readonly options?: readonly ModeOption[];
}

/** A mode that reads files and reports on them (outline, check, stats…). */
export interface ReportMode extends ModeBase {
  readonly kind: 'report';
  report(draft: Draft, context: Context): Report | Promise<Report>;
  /**
   * After every file, without --json: text ending the output (a summary line, a table with its
   * total), from the tallies of the files read, in order; `unreadable` files could not be read.
   */
  summary?(context: Context, tallies: readonly unknown[], unreadable: number): string | undefined;
}

/**
 * A mode that rewrites a draft's text (renumber, clean…). Without --write it prints the new text
 * (one file only); with --write the driver writes changed files atomically in their own encoding,
 * BOM kept, and lists them; --dry-run lists them without writing.
 */
export interface TransformMode extends ModeBase {
  readonly kind: 'transform';
  /** Past-tense verb for the summary, in both languages: {0} changed files, {1} files. */
  readonly done: Message;
  readonly wouldDo: Message;
  /** The summary when no file needed a change, with or without --write: {0} files. */
  readonly nothing: Message;
  transform(draft: Draft, context: Context): Transformed | Promise<Transformed>;
}

export type Mode = ReportMode | TransformMode;
