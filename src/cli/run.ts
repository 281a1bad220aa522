// The driver: arguments → files → one mode per file → output, exit code. Exit codes: 0 done, 1 a
// mode found problems, 2 bad usage or a file that could not be read or written (the other files
// are still processed).

import { parseArgs } from './args';
import { helpText } from './help';
import { collectInputs, readInput, type Draft, type InputError } from './inputs';
import { count, M, say, type Language } from './messages';
import type { Context, Mode, TransformMode } from './mode';
import { MODES } from './modes';
import type { Output } from './output';
import { ChangedUnderneath, writeAtomically } from './write';

declare const VERSION: string;

/**
 * Where a run's JSON records go: one array, stringified once at the end by the engine (native
 * JSON.stringify of the whole array measured cheaper than stringifying and re-indenting each
 * record as it comes, by about 15% of the CPU of `--json` on a 5 MB draft).
 */
class JsonArray {
  private readonly records: Record<string, unknown>[] = [];
  constructor(private readonly out: Output) {}
  add(file: string, record: Record<string, unknown>): void {
    this.records.push({ file, ...record });
  }
  end(): void {
    // The newline written apart: appending it would make V8 copy the whole text into one flat string.
    this.out.write(JSON.stringify(this.records, null, 2));
    this.out.write('\n');
  }
}

function errorText(language: Language, error: InputError): string {
  return `${error.name}: ${say(language, error.error, ...(error.args ?? []))}`;
}

/** Runs the command line; returns the exit code. */
export async function run(argv: readonly string[], out: Output): Promise<number> {
  const language = out.language;
  const args = parseArgs(argv, MODES, language);
  if ('error' in args) {
    out.error(args.error);
    return 2;
  }
  if (args.help) {
    out.write(helpText(language, MODES));
    return 0;
  }
  if (args.version) {
    out.write(`${VERSION}\n`);
    return 0;
  }
  if (args.files.length === 0) {
    out.error(say(language, M.noFiles));
    return 2;
  }
  const entries = collectInputs(args.files);
  const mode: Mode = args.mode;
  if (mode.kind === 'transform' && !args.write && !args.dryRun && !args.json && entries.length > 1) {
    out.error(say(language, M.severalNeedWrite, mode.flag!));
    return 2;
  }
  if (mode.flagValue?.several !== undefined && typeof args.options.get(mode.flag!) === 'string' && entries.length > 1) {
    out.error(say(language, mode.flagValue.several));
    return 2;
  }
  if (args.write && entries.some((entry) => 'format' in entry && entry.path === undefined)) {
    out.error(say(language, M.stdinWrite));
    return 2;
  }
  const context: Context = { language, json: args.json, several: entries.length > 1, options: args.options, paint: out.paint, out };
  const json = args.json ? new JsonArray(out) : undefined;
  let status = 0;
  const fail = (error: InputError): void => {
    status = 2;
    out.error(errorText(language, error));
    json?.add(error.name, { error: say(language, error.error, ...(error.args ?? [])) });
  };

  const tallies: unknown[] = [];
  let changed = 0;
  let read = 0;
  for (const entry of entries) {
    if (out.closed) break;
    if ('error' in entry) {
      fail(entry);
      continue;
    }
    const file = entry;
    const draft = await readInput(file);
    if ('error' in draft) {
      fail(draft);
      continue;
    }
    read++;
    if (draft.note) {
      out.note(`${file.name}: ${say(language, draft.note.message, ...(draft.note.args ?? []))}`);
    }
    if (mode.kind === 'report') {
      const report = await mode.report(draft, context);
      if (report.failed) status = Math.max(status, 1);
      if (mode.summary) tallies.push(report.tally);
      if (json) json.add(file.name, report.json ?? {});
      else if (report.text) out.write(report.text);
    } else {
      const result = await transformOne(mode, draft, context, args.write, args.dryRun, json);
      if (result === 'error') status = 2;
      else if (result === 'changed') changed++;
    }
  }
  if (json) {
    json.end();
  } else if (mode.kind === 'report' && mode.summary) {
    const summary = mode.summary(context, tallies, entries.length - read);
    if (summary) out.write(summary);
  } else if (mode.kind === 'transform' && (args.write || args.dryRun)) {
    const unreadable = entries.length - read;
    const line = changed === 0 && read > 0
      ? say(language, mode.nothing, count(language, read, 'file'))
      : say(language, args.write ? mode.done : mode.wouldDo, count(language, changed, 'file'), count(language, read, 'file'));
    out.write(line + (unreadable > 0 ? say(language, M.summaryUnreadable, count(language, unreadable, 'file')) : '') + '\n');
  }
  return status;
}

/** One file of a transform mode: printed, listed or written. */
async function transformOne(mode: TransformMode, draft: Draft, context: Context, write: boolean, dryRun: boolean, json: JsonArray | undefined): Promise<'changed' | 'unchanged' | 'error'> {
  const { out, language } = context;
  const result = await mode.transform(draft, context);
  const name = draft.file.name;
  const changed = result.edits > 0 && result.text !== draft.text;
  if (!write && !dryRun) {
    // The whole text: one file (the driver refused several without --write), or --json.
    if (json) {
      json.add(name, { changed, edits: result.edits, ...(result.report === undefined ? {} : { report: result.report }), text: result.text });
    } else {
      out.write(draft.bom ? '\ufeff' : '');
      out.write(result.text);
      if (result.report !== undefined) out.note(`${name}: ${result.report}`);
    }
    return changed ? 'changed' : 'unchanged';
  }
  if (changed && write) {
    if (!draft.encode) {
      const error = { name, error: M.cannotWriteFormat, args: [draft.encoding] };
      out.error(errorText(language, error));
      json?.add(name, { error: say(language, error.error, ...error.args) });
      return 'error';
    }
    try {
      writeAtomically(draft.file.path!, draft.encode(result.text), draft.stats);
    } catch (error) {
      const reason = error instanceof ChangedUnderneath ? say(language, M.changedUnderneath) : say(language, M.writeFailed, (error as NodeJS.ErrnoException).code ?? String(error));
      out.error(`${name}: ${reason}`);
      json?.add(name, { error: reason });
      return 'error';
    }
  }
  if (json) {
    json.add(name, { changed, edits: result.edits, ...(result.report === undefined ? {} : { report: result.report }) });
  } else if (changed) {
    out.write(result.report === undefined ? `${name}\n` : `${name}: ${result.report}\n`);
  }
  return changed ? 'changed' : 'unchanged';
}
