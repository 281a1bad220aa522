// Command-line arguments: which mode, its options, the shared options and the files.

import { M, type Language, say } from './messages';
import type { Mode } from './mode';

/** What the command line asks for. */
export interface Args {
  readonly mode: Mode;
  readonly json: boolean;
  readonly write: boolean;
  readonly dryRun: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly options: ReadonlyMap<string, string | true>;
  readonly files: readonly string[];
}

/** Options every mode takes, or that the driver handles. */
const SHARED = new Set(['--json', '--help', '-h', '--version', '--write', '--dry-run']);

/** Parses `argv` (without node and the script); a usage problem comes back as a message. */
export function parseArgs(argv: readonly string[], modes: readonly Mode[], language: Language): Args | { error: string } {
  const files: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string | true>();
  let mode: Mode | undefined;
  const defaultMode = modes.find((candidate) => candidate.flag === undefined)!;
  const allOptions = new Map(modes.flatMap((candidate) => (candidate.options ?? []).map((option) => [option.flag, { option, mode: candidate }] as const)));
  let pending: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = equals > 0 ? arg.slice(0, equals) : arg;
    const selected = modes.find((candidate) => candidate.flag === flag);
    if (selected) {
      if (mode && mode !== selected) {
        return { error: say(language, M.twoModes, mode.flag!, flag) };
      }
      mode = selected;
      const takes = selected.flagValue;
      if (takes && equals > 0) {
        options.set(flag, arg.slice(equals + 1));
      } else if (takes) {
        const next = argv[i + 1];
        if (next !== undefined && next !== '--' && (takes.accepts ? takes.accepts(next) : true)) {
          options.set(flag, next);
          i++;
        } else if (!takes.accepts) {
          return { error: say(language, M.optionNeedsValue, flag) };
        }
      }
    } else if (SHARED.has(flag)) {
      flags.add(flag === '-h' ? '--help' : flag);
    } else if (allOptions.has(flag)) {
      const { option } = allOptions.get(flag)!;
      if (option.value) {
        const value = equals > 0 ? arg.slice(equals + 1) : argv[++i];
        if (value === undefined) {
          return { error: say(language, M.optionNeedsValue, flag) };
        }
        options.set(flag, value);
      } else {
        options.set(flag, true);
      }
      pending.push(flag);
    } else {
      return { error: say(language, M.unknownOption, arg) };
    }
  }
  const chosen = mode ?? defaultMode;
  // A mode's option given to another mode.
  pending = pending.filter((flag) => allOptions.get(flag)!.mode !== chosen);
  if (pending.length > 0 && !flags.has('--help')) {
    return { error: say(language, M.optionNotForMode, pending[0], chosen.flag ?? say(language, M.outlineMode)) };
  }
  for (const flag of ['--write', '--dry-run']) {
    if (flags.has(flag) && chosen.kind !== 'transform' && !flags.has('--help')) {
      return { error: say(language, M.optionNotForMode, flag, chosen.flag ?? say(language, M.outlineMode)) };
    }
  }
  if (flags.has('--write') && flags.has('--dry-run')) {
    return { error: say(language, M.writeAndDryRun) };
  }
  const invalid = flags.has('--help') ? undefined : chosen.validate?.(options, language);
  if (invalid) {
    return { error: invalid };
  }
  return {
    mode: chosen,
    json: flags.has('--json'),
    write: flags.has('--write'),
    dryRun: flags.has('--dry-run'),
    help: flags.has('--help'),
    version: flags.has('--version'),
    options,
    files,
  };
}
