// --check: numbering problems as FILE:LINE:COL lines (or JSON), a one-line summary, exit 1 when
// any file has a warning or an error.

import chinese from '../../../l10n/bundle.l10n.zh-cn.json';
import { checkNumbering, DEFAULT_SEVERITY, formatMessage, parseSpeech, problemMessage, type Severity } from '../../core';
import type { ReportMode } from '../mode';
import { count, M, msg, say } from '../messages';
import type { Paint } from '../output';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

const SUMMARY = {
  clean: msg('{0} checked, no numbering problems', '已检查 {0}，编号没有问题'),
  problems: msg('{0} checked: {1} in {2} ({3})', '已检查 {0}：其中 {2}共有 {1}（{3}）'),
};

/** Problems of one file by severity (in SEVERITIES order). */
type Tally = number[];

function colourOf(paint: Paint, severity: Severity): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.blue;
}

export const checkMode: ReportMode = {
  kind: 'report',
  flag: '--check',
  usage: '--check [--json] FILE…',
  help: msg(
    'numbering problems as FILE:LINE:COL: severity code message (1-based), then a summary line; --json: [{ file, problems: [{ line, character, severity, code, message }] }] (0-based); exit code 1 when any file has a warning or an error',
    '检查编号（跳号、重号、顺序、起始、形式混用、写法不一致），每个问题一行：文件:行:列: 级别 代码 说明（从 1 开始），最后一行汇总；--json：[{ file, problems: [{ line, character, severity, code, message }] }]（从 0 开始）；有警告或错误时退出码为 1',
  ),
  report(draft, context) {
    const model = parseSpeech(draft.text);
    const found = checkNumbering(model);
    const tally: Tally = [0, 0, 0, 0];
    const paint = context.paint;
    const name = paint.bold(draft.file.name);
    const problems: Record<string, unknown>[] = [];
    let text = '';
    for (const problem of found) {
      const position = model.lines.positionAt(problem.start);
      const severity = DEFAULT_SEVERITY[problem.code];
      tally[SEVERITIES.indexOf(severity)]++;
      // Core messages are translated by the extension's l10n bundle (see src/core/messages.ts).
      const message = formatMessage(problemMessage(problem), context.language === 'zh' ? chinese : undefined);
      if (context.json) {
        problems.push({ line: position.line, character: position.character, severity, code: problem.code, message });
      } else {
        text += `${name}:${position.line + 1}:${position.character + 1}: ${colourOf(paint, severity)(severity)} ${paint.dim(problem.code)} ${message}\n`;
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
        SEVERITIES.map((severity, i) => (bySeverity[i] > 0 ? count(language, bySeverity[i], severity) : '')).filter(Boolean).join(language === 'zh' ? '，' : ', '));
    if (unreadable > 0) {
      line += say(language, M.summaryUnreadable, count(language, unreadable, 'file'));
    }
    const paint = context.paint;
    return (bySeverity[0] + bySeverity[1] > 0 ? paint.bold(line) : line) + '\n';
  },
};
