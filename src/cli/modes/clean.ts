// --clean: text pasted from a web page, a document site or a PDF made into a clean draft (the
// core's cleanText: residue lines, HTML, collapsed and wrapped paragraphs, punctuation, layout).

import chinese from '../../../l10n/bundle.l10n.zh-cn.json';
import { cleanText, cleanupSummary, formatMessage, type BlankLines, type Indent } from '../../core';
import type { TransformMode } from '../mode';
import { msg, say } from '../messages';

const BLANK_LINES: readonly BlankLines[] = ['keep', 'one', 'none'];
const INDENTS: readonly Indent[] = ['keep', 'ideographic', 'none'];

const T = {
  badValue: msg('{0} takes one of: {1}', '{0} 的取值只能是：{1}'),
};

export const cleanMode: TransformMode = {
  kind: 'transform',
  flag: '--clean',
  usage: '--clean [--blank-lines keep|one|none] [--indent keep|ideographic|none] [--write | --dry-run] FILE…',
  help: msg(
    'the text cleaned up: web residue lines and page numbers removed, HTML made text, collapsed paragraphs split and wrapped lines joined, punctuation made full width between Chinese characters; what was done goes to standard error',
    '清理文本：删除网页残留行和页码，HTML 转为文本，拆分粘连的段落、合并断行，中文之间的标点改为全角；清理了什么输出到标准错误',
  ),
  options: [
    { flag: '--blank-lines', value: true, help: msg('blank lines between paragraphs: keep (default), one or none', '段落之间的空行：keep（保留，默认）、one（一个）或 none（不空行）') },
    { flag: '--indent', value: true, help: msg('first-line indent: keep (default), ideographic (two full-width spaces) or none', '首行缩进：keep（保留，默认）、ideographic（两个全角空格）或 none（不缩进）') },
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
  done: msg('cleaned {0} of {1}', '已清理 {0}（共 {1}）'),
  wouldDo: msg('would clean {0} of {1} (nothing written)', '将清理 {0}（共 {1}，未写入）'),
  transform(draft, context) {
    const result = cleanText(draft.text, {
      blankLines: (context.options.get('--blank-lines') as BlankLines | undefined) ?? 'keep',
      indent: (context.options.get('--indent') as Indent | undefined) ?? 'keep',
    });
    const counts = Object.values(result.report).reduce((sum, n) => sum + n, 0);
    // The command's report, in the CLI's language (core messages are translated by the l10n bundle).
    const report = cleanupSummary(result.report, result.changed, (message) => formatMessage(message, context.language === 'zh' ? chinese : undefined));
    return { text: result.text, edits: result.changed ? Math.max(1, counts) : 0, report };
  },
};
