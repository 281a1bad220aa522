// --markdown: the 提纲 (outline for approval) as Markdown — the title as #, headings by level,
// points as list items; --depth N and --no-points narrow it.

import { parseSpeech, tigangMarkdown } from '../../core';
import type { ReportMode } from '../mode';
import { msg, say } from '../messages';

const BAD_DEPTH = msg('--depth needs a whole number of levels above 0, not {0}', '--depth 需要大于 0 的整数层级，而不是 {0}');

export const markdownMode: ReportMode = {
  kind: 'report',
  flag: '--markdown',
  usage: '--markdown [--depth N] [--no-points] [--json] FILE…',
  help: msg(
    'the 提纲 (outline) as Markdown: the title as #, headings ## and deeper by level, points as list items; --json: [{ file, markdown }]',
    '以 Markdown 输出提纲：标题为 #，各级标题依次为 ## 及以下，要点为列表项；--json：[{ file, markdown }]',
  ),
  options: [
    { flag: '--depth', value: true, help: msg('keep sections down to this level (1: top-level only)', '只保留到第几层（1 为只保留一级）') },
    { flag: '--no-points', help: msg('leave out 一要/一是/第一/首先 points', '不含一要、一是、第一、首先等要点') },
  ],
  validate(options, language) {
    const value = options.get('--depth');
    const depth = Number(value);
    return value === undefined || (Number.isInteger(depth) && depth > 0) ? undefined : say(language, BAD_DEPTH, String(value));
  },
  report(draft, context) {
    const value = context.options.get('--depth');
    const depth = value === undefined ? undefined : Number(value);
    const markdown = tigangMarkdown(parseSpeech(draft.text), { depth, points: !context.options.has('--no-points') });
    if (context.json) return { json: { markdown } };
    return { text: context.several ? `<!-- ${draft.file.name} -->\n${markdown}\n` : markdown };
  },
};
