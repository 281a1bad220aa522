// --markdown: the 提纲 (outline for approval) as Markdown — the title as #, headings by level,
// points as list items; --depth N and --no-points narrow it.

import { parseSpeech, tigangMarkdown } from '../../core';
import type { ReportMode } from '../mode';
import { message, say } from '../messages';

const BAD_DEPTH = message('--depth needs a whole number of levels above 0, not {0}');

export const markdownMode: ReportMode = {
  kind: 'report',
  flag: '--markdown',
  usage: '--markdown [--depth N] [--no-points] [--json] FILE…',
  help: message('the 提纲 (outline) as Markdown: the title as #, headings ## and deeper by level, points as list items; --json: [{ file, markdown }]'),
  options: [
    { flag: '--depth', value: 'N', help: message('keep sections down to this level (1: top-level only)') },
    { flag: '--no-points', help: message('leave out 一要/一是/第一/首先 points') },
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
