// --renumber: the numbering corrected (only numerals change; --unify-style also rewrites markers
// like their siblings), with the editor's report of what changed and what is left and why.

import { applyEdits, joinSentences, parseSpeech, renumberReport } from '../../core';
import type { TransformMode } from '../mode';
import { message, say } from '../messages';

const LEFT_ONE = message('Left for you: 1 numbering problem that renumbering cannot settle: see --check.');
const LEFT_MANY = message('Left for you: {0} numbering problems that renumbering cannot settle: see --check.');

export const renumberMode: TransformMode = {
  kind: 'transform',
  flag: '--renumber',
  usage: '--renumber [--unify-style] [--write | --dry-run] FILE…',
  help: message('the numbering corrected (only numerals change): printed for one file, or written back in place with --write'),
  options: [{ flag: '--unify-style', help: message('also write every marker like most of its siblings') }],
  done: message('renumbered {0} of {1}'),
  wouldDo: message('would renumber {0} of {1} (nothing written)'),
  nothing: message('nothing to renumber in {0}'),
  transform(draft, context) {
    const { edits, messages, left } = renumberReport(parseSpeech(draft.text), { unifyStyle: context.options.has('--unify-style') });
    // What Renumber Sections says in the editor ("Renumbered 6 markers in 3 sequences."); what is left
    // points to --check here, where the editor's sentences point to quick fixes and Problems.
    const sentences = [say(context.language, messages[0])];
    if (left.length > 0) {
      sentences.push(say(context.language, left.length === 1 ? LEFT_ONE : LEFT_MANY, left.length));
    }
    return { text: edits.length > 0 ? applyEdits(draft.text, edits) : draft.text, edits: edits.length, report: joinSentences(sentences) };
  },
};
