// --renumber: the numbering corrected (only numerals change; --unify-style also rewrites markers
// like their siblings).

import { applyEdits, parseSpeech, renumberEdits } from '../../core';
import type { TransformMode } from '../mode';
import { message } from '../messages';

export const renumberMode: TransformMode = {
  kind: 'transform',
  flag: '--renumber',
  usage: '--renumber [--unify-style] [--write | --dry-run] FILE…',
  help: message('the numbering corrected (only numerals change): printed for one file, or written back in place with --write'),
  options: [{ flag: '--unify-style', help: message('also write every marker like most of its siblings') }],
  done: message('renumbered {0} of {1}'),
  wouldDo: message('would renumber {0} of {1} (nothing written)'),
  transform(draft, context) {
    const edits = renumberEdits(parseSpeech(draft.text), { unifyStyle: context.options.has('--unify-style') });
    return { text: edits.length > 0 ? applyEdits(draft.text, edits) : draft.text, edits: edits.length };
  },
};
