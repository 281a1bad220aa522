// --clean: text pasted from a web page, a document site or a PDF made into a clean draft (the
// core's cleanText: residue lines, HTML, collapsed and wrapped paragraphs, punctuation, layout).

import { cleanText, cleanupSummary, type BlankLines, type Indent } from '../../core';
import type { TransformMode } from '../mode';
import { message, say } from '../messages';

const BLANK_LINES: readonly BlankLines[] = ['keep', 'one', 'none'];
const INDENTS: readonly Indent[] = ['keep', 'ideographic', 'none'];

const T = {
  badValue: message('{0} takes one of: {1}'),
};

export const cleanMode: TransformMode = {
  kind: 'transform',
  flag: '--clean',
  usage: '--clean [--blank-lines keep|one|none] [--indent keep|ideographic|none] [--write | --dry-run] FILE…',
  help: message('the text cleaned up: web residue lines and page numbers removed, HTML made text, collapsed paragraphs split and wrapped lines joined, punctuation made full width between Chinese characters; what was done goes to standard error'),
  options: [
    { flag: '--blank-lines', value: 'keep|one|none', help: message('blank lines between paragraphs: keep (default), one or none') },
    { flag: '--indent', value: 'keep|ideographic|none', help: message('first-line indent: keep (default), ideographic (two full-width spaces) or none') },
  ],
  validate(options, language) {
    const blank = options.get('--blank-lines');
    if (blank !== undefined && !BLANK_LINES.includes(blank as BlankLines)) {
      return say(language, T.badValue, '--blank-lines', BLANK_LINES.join(', '));
    }
    const indent = options.get('--indent');
    if (indent !== undefined && !INDENTS.includes(indent as Indent)) {
      return say(language, T.badValue, '--indent', INDENTS.join(', '));
    }
    return undefined;
  },
  done: message('cleaned {0} of {1}'),
  wouldDo: message('would clean {0} of {1} (nothing written)'),
  nothing: message('nothing to clean in {0}'),
  transform(draft, context) {
    const result = cleanText(draft.text, {
      blankLines: (context.options.get('--blank-lines') as BlankLines | undefined) ?? 'keep',
      indent: (context.options.get('--indent') as Indent | undefined) ?? 'keep',
    });
    const counts = Object.values(result.report).reduce((sum, n) => sum + n, 0);
    // The command's report, in the CLI's language (core messages are translated by the l10n bundle).
    const report = cleanupSummary(result.report, result.changed, (text) => say(context.language, text));
    return { text: result.text, edits: result.changed ? Math.max(1, counts) : 0, report };
  },
};
