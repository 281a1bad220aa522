// --renumber: the numbering corrected (only numerals change; --unify-style also rewrites markers
// like their siblings).

import { applyEdits, parseSpeech, renumberEdits } from '../../core';
import type { TransformMode } from '../mode';
import { msg } from '../messages';

export const renumberMode: TransformMode = {
  kind: 'transform',
  flag: '--renumber',
  usage: '--renumber [--unify-style] [--write | --dry-run] FILE…',
  help: msg(
    'the numbering corrected (only numerals change): printed for one file, or written back in place with --write',
    '修正编号（只改动序号）：单个文件时输出全文，加 --write 时直接改写文件',
  ),
  options: [{ flag: '--unify-style', help: msg('also write every marker like most of its siblings', '同时把每个序号的写法统一为同级多数的写法') }],
  done: msg('renumbered {0} of {1}', '已重新编号 {0}（共 {1}）'),
  wouldDo: msg('would renumber {0} of {1} (nothing written)', '将重新编号 {0}（共 {1}，未写入）'),
  transform(draft, context) {
    const edits = renumberEdits(parseSpeech(draft.text), { unifyStyle: context.options.has('--unify-style') });
    return { text: edits.length > 0 ? applyEdits(draft.text, edits) : draft.text, edits: edits.length };
  },
};
