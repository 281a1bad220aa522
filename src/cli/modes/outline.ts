// The default mode: the outline of each draft, as an indented tree or as JSON.

import { outlineToJson, outlineToText, parseSpeech } from '../../core';
import type { ReportMode } from '../mode';
import { message, say } from '../messages';

/** What the text output says for a draft with no structure at all, rather than nothing. */
const NONE = message('(no title, headings or points found)');

export const outlineMode: ReportMode = {
  kind: 'report',
  flag: undefined,
  usage: '[--json] FILE…',
  help: message('the outline as an indented tree with 1-based line numbers; --json: [{ file, outline: [{ name, kind, level, line, endLine, children }] }] (0-based lines)'),
  report(draft, context) {
    const model = parseSpeech(draft.text);
    if (context.json) {
      return { json: { outline: outlineToJson(model) } };
    }
    const found = outlineToText(model);
    const tree = found === '' ? context.paint.dim(say(context.language, NONE)) + '\n' : found;
    return { text: context.several ? `${context.paint.bold(draft.file.name)}\n${tree}\n` : tree };
  },
};
