// --check: numbering problems and the drafting checks the editor runs (a count the text promises,
// template text left in), as FILE:LINE:COL lines (or JSON), a one-line summary, exit 1 when any
// file has a warning or an error. Codes and default severities are the editor's; --ignore turns
// checks off (as the setting speechOutline.checks.X: "off" does in the editor).

import { checkNumbering, DEFAULT_SEVERITY, NUMBERING_CODES, parseSpeech, problemMessage, type Message, type Severity } from '../../core';
import { checkDrafting, DRAFTING_CODES, DRAFTING_SEVERITY } from '../../core/drafting';
import type { ReportMode } from '../mode';
import { count, M, message, say, type Language } from '../messages';
import type { Paint } from '../output';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

const SUMMARY = {
  clean: message('{0} checked, no problems'),
  problems: message('{0} checked: {1} in {2} ({3})'),
};

const CODES: readonly string[] = [...NUMBERING_CODES, ...DRAFTING_CODES];
/** Two items of a list (more: the list so far and the next). */
const LIST = message('{0}, {1}');
const UNKNOWN_CODE = message('--ignore: unknown check "{0}" (checks: {1})');

/**
 * The codes --ignore turns off: a comma-separated list of codes (drafting.template) or their
 * groups (drafting, numbering); undefined when one names no check.
 */
function ignoredCodes(options: ReadonlyMap<string, string | true>): { codes: Set<string>; unknown?: string } {
  const value = options.get('--ignore');
  const codes = new Set<string>();
  for (const name of typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : []) {
    const matching = CODES.filter((code) => code === name || code.startsWith(`${name}.`));
    if (matching.length === 0) return { codes, unknown: name };
    matching.forEach((code) => codes.add(code));
  }
  return { codes };
}

/** One problem of either kind, as --check prints it. */
interface Found {
  readonly start: number;
  readonly code: string;
  readonly severity: Severity;
  readonly message: Message;
}

/** Problems of one file by severity (in SEVERITIES order). */
type Tally = number[];

function colourOf(paint: Paint, severity: Severity): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.blue;
}

export const checkMode: ReportMode = {
  kind: 'report',
  flag: '--check',
  usage: '--check [--ignore CODE,…] [--json] FILE…',
  help: message('numbering problems (numbering.*) and the drafting checks (drafting.promise: a count the text promises and does not keep; drafting.template: template text left in), with the editor\'s codes and severities, as FILE:LINE:COL: severity code message (1-based), then a summary line; --json: [{ file, problems: [{ line, character, severity, code, message }] }] (0-based); exit code 1 when any file has a warning or an error'),
  options: [{
    flag: '--ignore',
    value: 'CODE,…',
    help: message('turn checks off: codes or groups, comma-separated (--ignore drafting, --ignore drafting.template,numbering.style), as the setting speechOutline.checks.X "off" does in the editor'),
  }],
  validate(options, language: Language) {
    const { unknown } = ignoredCodes(options);
    return unknown === undefined ? undefined : say(language, UNKNOWN_CODE, unknown, CODES.join(', '));
  },
  report(draft, context) {
    const model = parseSpeech(draft.text);
    const ignored = ignoredCodes(context.options).codes;
    const found: Found[] = [
      ...checkNumbering(model).map((problem) => ({ start: problem.start, code: problem.code, severity: DEFAULT_SEVERITY[problem.code], message: problemMessage(problem) })),
      ...checkDrafting(model).map((problem) => ({ start: problem.start, code: problem.code, severity: DRAFTING_SEVERITY[problem.code], message: problem.message })),
    ].filter((problem) => !ignored.has(problem.code)).sort((a, b) => a.start - b.start);
    const tally: Tally = [0, 0, 0, 0];
    const paint = context.paint;
    const name = paint.bold(draft.file.name);
    const problems: Record<string, unknown>[] = [];
    let text = '';
    for (const problem of found) {
      const position = model.lines.positionAt(problem.start);
      const severity = problem.severity;
      tally[SEVERITIES.indexOf(severity)]++;
      const said = say(context.language, problem.message);
      if (context.json) {
        problems.push({ line: position.line, character: position.character, severity, code: problem.code, message: said });
      } else {
        text += `${name}:${position.line + 1}:${position.character + 1}: ${colourOf(paint, severity)(severity)} ${paint.dim(problem.code)} ${said}\n`;
      }
    }
    const failed = tally[0] + tally[1] > 0;
    return context.json ? { json: { problems }, failed, tally } : { text, failed, tally };
  },
  summary(context, tallies, unreadable) {
    const language = context.language;
    const bySeverity = SEVERITIES.map((_, i) => (tallies as Tally[]).reduce((sum, tally) => sum + tally[i], 0));
    const total = bySeverity.reduce((sum, n) => sum + n, 0);
    const checked = count(language, tallies.length, 'file');
    let line = total === 0
      ? say(language, SUMMARY.clean, checked)
      : say(language, SUMMARY.problems, checked, count(language, total, 'problem'),
        count(language, (tallies as Tally[]).filter((tally) => tally.some((n) => n > 0)).length, 'file'),
        SEVERITIES.map((severity, i) => (bySeverity[i] > 0 ? count(language, bySeverity[i], severity) : '')).filter(Boolean).reduce((list, next) => say(language, LIST, list, next)));
    if (unreadable > 0) {
      line += say(language, M.summaryUnreadable, count(language, unreadable, 'file'));
    }
    const paint = context.paint;
    return (bySeverity[0] + bySeverity[1] > 0 ? paint.bold(line) : line) + '\n';
  },
};
