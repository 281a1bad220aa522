// Web residue: lines that drafts pasted from web pages carry around the speech (breadcrumbs,
// meta lines, counters, separators, copyright). None of them is structure.

const RESIDUE_PREFIXES = [
  '当前位置', '您现在的位置', '您的位置', '你的位置', '现在位置', '所在位置', '首页 >', '首页>', '主页 >', '主页>',
  '时间：', '时间:', '来源：', '来源:', '作者：', '作者:', '发布时间', '发布日期', '发布者', '浏览次数', '浏览量', '阅读次数', '点击数', '点击：', '点击:',
  '责任编辑', '编辑：', '编辑:', '审核：', '审核:', '【字体', '字体：', '字号：', '【打印', '打印本页', '【关闭', '关闭窗口', '分享到', '扫一扫', '【我要纠错',
  '版权所有', 'Copyright', 'copyright', '©', '主办单位', '承办单位', '网站标识码', '网站地图', 'ICP备', '京ICP', '上一篇', '下一篇', '相关链接', '相关阅读', '附件：',
  '服务热线', '举报电话', '联系电话', '热线电话',
];

const CREDIT_WORDS = ['责任编辑', '编辑', '来源', '作者', '校对', '审核', '记者', '通讯员', '摄影'];

function isSeparatorChar(code: number): boolean {
  return code === 0x2d || code === 0x2014 || code === 0x2015 || code === 0x3d || code === 0x5f || code === 0x2a ||
    code === 0xb7 || code === 0x2500 || code === 0xff0d || code === 0x2026 || code === 0x7e;
}

/** Residue prefixes by their first character, so a line is compared with a few at most. */
const PREFIXES_BY_FIRST = new Map<number, string[]>();
for (const prefix of RESIDUE_PREFIXES) {
  const first = prefix.charCodeAt(0);
  PREFIXES_BY_FIRST.set(first, [...(PREFIXES_BY_FIRST.get(first) ?? []), prefix]);
}
const FIRST_CHARS = new Set<number>(PREFIXES_BY_FIRST.keys());
for (const ch of '-—―=_*·─－…~（(0123456789赞踩顶') {
  FIRST_CHARS.add(ch.charCodeAt(0));
}

/** False when a line starting with this character cannot be residue (a cheap first test). */
export function mayBeResidue(firstCode: number): boolean {
  return FIRST_CHARS.has(firstCode);
}

/** Residue lines are short; longer lines (paragraphs) skip the residue check. */
const MAX_RESIDUE_LINE = 200;

/**
 * True when the line content in [pos, contentEnd) (indentation and trailing blanks excluded) is
 * web residue. The caller has checked that no heading or point starts there: those are never residue.
 */
export function isResidueSpan(text: string, pos: number, contentEnd: number): boolean {
  return contentEnd - pos <= MAX_RESIDUE_LINE && mayBeResidue(text.charCodeAt(pos)) && isResidueLine(text.slice(pos, contentEnd));
}

/** True when `line` (indentation already removed, no line break) is web residue. */
export function isResidueLine(line: string): boolean {
  if (line.length === 0 || !FIRST_CHARS.has(line.charCodeAt(0))) {
    return false;
  }
  for (const prefix of PREFIXES_BY_FIRST.get(line.charCodeAt(0)) ?? []) {
    if (line.startsWith(prefix)) {
      return true;
    }
  }
  const trimmed = line.trimEnd();
  // A dashed separator line: ---------- or ——————.
  if (trimmed.length >= 3) {
    let separators = true;
    for (let i = 0; i < trimmed.length && separators; i++) {
      separators = isSeparatorChar(trimmed.charCodeAt(i)) || trimmed.charCodeAt(i) === 0x20;
    }
    if (separators) {
      return true;
    }
  }
  // Counters: a lone "(0)", "（12）", "0%", "12", "赞(3)".
  if (trimmed.length <= 12 && /^(?:[赞踩顶][（(]?)?[（(]?\d{1,6}[）)]?%?$/.test(trimmed)) {
    return true;
  }
  // Editor credits in parentheses: （责任编辑：张三） (来源：某某网).
  const first = trimmed.charCodeAt(0);
  if ((first === 0xff08 || first === 0x28) && trimmed.length <= 60) {
    const inner = trimmed.slice(1);
    for (const word of CREDIT_WORDS) {
      if (inner.startsWith(word + '：') || inner.startsWith(word + ':')) {
        return true;
      }
    }
  }
  return false;
}
