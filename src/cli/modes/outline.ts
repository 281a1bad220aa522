// The default mode: the outline of each draft, as an indented tree or as JSON.

import { outlineToJson, outlineToText, parseSpeech } from '../../core';
import type { ReportMode } from '../mode';
import { message } from '../messages';

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
    const tree = outlineToText(model);
    return { text: context.several ? `${context.paint.bold(draft.file.name)}\n${tree}\n` : tree };
  },
};
