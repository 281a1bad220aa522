// --stats: each section's 字数 and speaking time and the draft's totals, as a table or as JSON
// ({ total: { chars, spoken, minutes }, sections: [{ name, line, chars, spoken, minutes, children }] }).

import { DEFAULT_SPEAKING_RATE, isSection, minutesFigure, minutesMessage, parseSpeech, roundMinutes, sectionShares, sharePercent, speakingMinutes, speechStats, targetMinutesFromName, type SpeechNode, type TextCount } from '../../core';
import type { ReportMode } from '../mode';
import { padColumns } from '../columns';
import { count, M, message, say } from '../messages';

const T = {
  // The table's column heads, each padded to its column.
  line: message('line'),
  chars: message('chars'),
  min: message('min'),
  share: message('share'),
  section: message('section'),
  total: message('total'),
  rate: message('at {0} chars per minute'),
  target: message('target {0} min (from the file name): {1}'),
  over: message('{0} min over'),
  spare: message('{0} min to spare'),
  badRate: message('--rate needs a number of chars per minute above 0, not {0}'),
  rest: message('Title, salutation and opening'),
  summary: message('{0}: {1} chars, {2}'),
};

/** The speaking rate from --rate (validated before any file is read). */
function rateOf(options: ReadonlyMap<string, string | true>): number | undefined {
  const value = options.get('--rate');
  if (value === undefined) return DEFAULT_SPEAKING_RATE;
  const rate = Number(value);
  return typeof value === 'string' && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

/** A section as --stats --json prints it. Lines are zero-based. */
interface SectionJson {
  readonly name: string;
  readonly line: number;
  readonly chars: number;
  readonly spoken: number;
  readonly minutes: number;
  readonly children: SectionJson[];
}

const exactMinutes = (count: TextCount, rate: number): number => Math.round(speakingMinutes(count.spoken, rate) * 100) / 100;
const grouped = (n: number): string => n.toLocaleString('en-US');

export const statsMode: ReportMode = {
  kind: 'report',
  flag: '--stats',
  usage: '--stats [--rate N] [--json] FILE…',
  help: message("length and speaking time: each section's 字数 (as Word counts), minutes and share, then the totals; --json: [{ file, total: { chars, spoken, minutes }, sections: [{ name, line, chars, spoken, minutes, children }] }] (0-based lines)"),
  options: [{ flag: '--rate', value: 'N', help: message('speaking rate in chars per minute (default 200)') }],
  validate(options, language) {
    return rateOf(options) === undefined ? say(language, T.badRate, String(options.get('--rate'))) : undefined;
  },
  report(draft, context) {
    const rate = rateOf(context.options) ?? DEFAULT_SPEAKING_RATE;
    const model = parseSpeech(draft.text);
    const stats = speechStats(model);
    const total = stats.total;
    if (context.json) {
      const sections: SectionJson[] = [];
      const open = new Map<SpeechNode, SectionJson>();
      for (const node of model.nodes) {
        if (!isSection(node)) continue;
        const count = stats.of(node);
        const item: SectionJson = { name: node.name, line: node.line, chars: count.chars, spoken: count.spoken, minutes: exactMinutes(count, rate), children: [] };
        open.set(node, item);
        const parent = node.parent !== undefined ? open.get(node.parent) : undefined;
        (parent?.children ?? sections).push(item);
      }
      return { json: { total: { chars: total.chars, spoken: total.spoken, minutes: exactMinutes(total, rate) }, sections }, tally: total };
    }
    const { paint, language } = context;
    const lines: string[] = [];
    if (context.several) lines.push(paint.bold(draft.file.name));
    const lineWidth = Math.max(4, String(model.lines.lineCount).length);
    const charsWidth = Math.max(7, grouped(total.chars).length);
    const cells = (line: string, chars: string, minutes: string, share: string, name: string): string =>
      [padColumns(line, lineWidth, 'start'), padColumns(chars, charsWidth, 'start'), padColumns(minutes, 5, 'start'), padColumns(share, 5, 'start'), name].join('  ');
    const row = (line: string, count: TextCount, share: string, name: string): string => cells(line, grouped(count.chars), minutesFigure(count.spoken, rate), share, name);
    lines.push(paint.dim(cells(say(language, T.line), say(language, T.chars), say(language, T.min), say(language, T.share), say(language, T.section))));
    // What lies outside every section (title, date line, salutation, opening): one row of its own, as
    // in the editor's length breakdown, so the shares add up; those lines get no length of their own.
    const rest = sectionShares(model).find((share) => share.node === undefined);
    if (rest !== undefined) lines.push(row('', rest.count, sharePercent(rest.share), say(language, T.rest)));
    const depth = new Map<SpeechNode, number>();
    for (const node of model.nodes) {
      // Every section but points inside points (they are in the JSON).
      if (!isSection(node) || (node.kind === 'point' && node.parent?.kind === 'point')) continue;
      const d = node.parent !== undefined && depth.has(node.parent) ? depth.get(node.parent)! + 1 : 0;
      depth.set(node, d);
      const count = stats.of(node);
      const share = total.spoken > 0 ? sharePercent(count.spoken / total.spoken) : '—';
      lines.push(row(String(node.line + 1), count, share, '  '.repeat(d) + node.name));
    }
    lines.push(paint.bold(row('', total, total.spoken > 0 ? '100%' : '—', say(language, T.total))) + '  ' + paint.dim(say(language, T.rate, rate)));
    const target = draft.file.path !== undefined ? targetMinutesFromName(draft.file.path) : undefined;
    if (target !== undefined) {
      const minutes = roundMinutes(speakingMinutes(total.spoken, rate));
      const difference = Math.abs(Math.round((minutes - target) * 10) / 10);
      const verdict = minutes > target ? paint.yellow(say(language, T.over, difference)) : say(language, T.spare, difference);
      lines.push(say(language, T.target, target, verdict));
    }
    return { text: lines.join('\n') + '\n' + (context.several ? '\n' : ''), tally: total };
  },
  summary(context, tallies, unreadable) {
    if (!context.several || tallies.length === 0) return undefined;
    const rate = rateOf(context.options) ?? DEFAULT_SPEAKING_RATE;
    const totals = (tallies as (TextCount | undefined)[]).filter((t): t is TextCount => t !== undefined);
    const chars = totals.reduce((sum, t) => sum + t.chars, 0);
    const spoken = totals.reduce((sum, t) => sum + t.spoken, 0);
    return say(context.language, T.summary, count(context.language, totals.length, 'file'), grouped(chars), say(context.language, minutesMessage(spoken, rate))) +
      (unreadable > 0 ? say(context.language, M.summaryUnreadable, count(context.language, unreadable, 'file')) : '') + '\n';
  },
};
