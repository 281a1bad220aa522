// Web residue: lines that drafts pasted from web pages, document sites and PDFs carry around the
// speech (breadcrumbs, meta lines, page actions, counters, separators, page numbers, footers).
// None of them is structure (the parser), and the cleanup removes them. A line is residue by its
// control word, in simplified or traditional characters, never by its bracket shape: 【字体：大 中 小】
// is residue because of 字体, while 【基本情况】 is a subheading.

import { isIdeograph } from './chars';
import { isDigit } from './numerals';

/** What kind of residue a line is; the cleanup reports page numbers apart and keeps attachment lists. */
export type ResidueKind = 'residue' | 'pageNumber' | 'attachment' | 'contents';

/**
 * Control words that label a line: residue only when what follows is not another Chinese
 * character (a colon, space, bracket, digit, `>`, or the line's end), so that 主办单位要… or
 * 编辑部… stay sentences while 主办单位：… and 编辑 张三 are residue.
 */
const LABEL_WORDS = [
  // Navigation and breadcrumbs.
  '当前位置', '您现在的位置', '您当前的位置', '您的位置', '你的位置', '现在位置', '所在位置', '首页', '主页', '网站首页', '返回首页', '返回顶部',
  // The article's meta line.
  '时间', '日期', '来源', '信息来源', '文章来源', '稿件来源', '作者', '发布时间', '发布日期', '发布者', '发布机构', '发文机关', '更新时间',
  '浏览次数', '浏览量', '浏览', '阅读次数', '阅读量', '阅读', '点击数', '点击量', '点击', '访问量', '评论', '点赞', '收藏',
  '责任编辑', '编辑', '审核', '校对', '字体', '字号', '打印', '关闭', '分享', '纠错', '标签', '关键词', '关键字', '搜索', '站内搜索',
  // Footers.
  '主办单位', '承办单位', '主办', '承办', '协办', '技术支持', '联系电话', '服务热线', '举报电话', '热线电话', '监督电话', '联系地址', '地址', '邮编', '邮箱',
  // Document-site headers.
  '文档大小', '文件大小', '文档格式', '文件格式', '页数', '上传时间', '上传者', '上传人', '贡献者', '下载次数', '下载积分', '所需积分', '下载', '预览',
];

/** Control words that make a line residue wherever the line goes on. */
const FREE_PREFIXES = [
  '打印本页', '打印此页', '打印文章', '关闭窗口', '关闭本页', '分享到', '扫一扫', '微信扫一扫', '手机扫一扫', '我要纠错', '设为首页', '加入收藏', '网站地图',
  '联系我们', '关于我们', '版权所有', '网站标识码', '上一篇', '下一篇', '上一条', '下一条', '相关阅读', '相关链接', '相关新闻', '相关文章', '相关文档',
  '免责声明', '本站声明', '展开全文', '展开阅读全文', '阅读全文', '继续阅读', '点击查看全文', '立即下载', '下载文档', '免费下载', '在线预览', '本文档由',
  '如有侵权', '请输入关键', '热门标签', '热门搜索', 'Copyright', 'copyright', 'COPYRIGHT', '©',
];

/** Attachment lists: a barrier for the outline, but kept by the cleanup (in a document they are content). */
const ATTACHMENT_WORDS = ['附件'];

/** Words in parentheses that make an editor's credit line: （记者 张三） needs the colon: （记者：张三）. */
const CREDIT_WORDS = ['责任编辑', '编辑', '来源', '作者', '校对', '审核', '记者', '通讯员', '摄影'];

// Simplified → traditional for the characters of the words above (one pair per character); each
// word is also matched in its traditional form. Variants that differ by more than characters
// (列印, 視窗, 連結, 聯絡) are listed in TRADITIONAL_EXTRA.
const TRADITIONAL = new Map<string, string>();
const PAIRS = '当當现現时時来來发發览覽阅閱击擊点點责責编編辑輯审審体體号號关關闭閉页頁扫掃纠糾错錯权權办辦单單网網标標识識码碼图圖链鏈读讀务務' +
  '热熱线線举舉报報联聯系繫电電话話设設为為们們载載预預声聲键鍵词詞术術协協邮郵档檔传傳贡貢积積须須览覽评評赞讚顶頂论論机機关關' +
  '构構处處后後间間门門开開续續级級亲親闻聞际際该該这這个個选選择擇务務签簽搜搜条條态態统統围圍';
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  TRADITIONAL.set(PAIRS[i], PAIRS[i + 1]);
}
const TRADITIONAL_EXTRA = ['列印本頁', '列印', '關閉視窗', '相關連結', '聯絡電話', '聯絡我們', '發佈時間', '發佈日期', '發佈者', '版權所有', '點閱', '點閱率', '瀏覽人次', '瀏覽'];

function traditional(word: string): string {
  let out = '';
  for (const ch of word) {
    out += TRADITIONAL.get(ch) ?? ch;
  }
  return out;
}

function withTraditional(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => [word, traditional(word)]))];
}

type Entry = { readonly word: string; readonly free: boolean; readonly kind: ResidueKind };

/** Every control word, by its first character, so a line is compared with a few at most. */
const BY_FIRST = new Map<number, Entry[]>();
function add(words: readonly string[], free: boolean, kind: ResidueKind): void {
  for (const word of words) {
    const first = word.charCodeAt(0);
    BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), { word, free, kind }]);
  }
}
add(withTraditional(LABEL_WORDS), false, 'residue');
add([...withTraditional(FREE_PREFIXES), ...TRADITIONAL_EXTRA], true, 'residue');
add(withTraditional(ATTACHMENT_WORDS), false, 'attachment');
// Longest word first, so that 发布时间 is tried before 发布.
for (const entries of BY_FIRST.values()) {
  entries.sort((a, b) => b.word.length - a.word.length);
}
const CREDITS = withTraditional(CREDIT_WORDS);

/** Brackets and bars a control word may sit in: 【打印本页】 [关闭] | 分享 |. */
const LEADING_BRACKETS = new Set([0x3010, 0x5b, 0xff3b, 0x3014, 0x300e, 0x300c, 0x7c, 0xff5c, 0x3016, 0xff08, 0x28, 0x2022]);

function isSeparatorChar(code: number): boolean {
  return code === 0x2d || code === 0x2014 || code === 0x2015 || code === 0x3d || code === 0x5f || code === 0x2a ||
    code === 0xb7 || code === 0x2500 || code === 0xff0d || code === 0x2026 || code === 0x7e || code === 0x2013 || code === 0xff5e;
}

/** Sentence punctuation after a label word makes it a sentence (时间，就是…), not a label. */
const SENTENCE_MARKS = new Set([0xff0c, 0x3002, 0x3001, 0xff1b, 0xff01, 0xff1f, 0x201c, 0x201d, 0x2018, 0x2019, 0x2c, 0x2e, 0x3b, 0x21, 0x3f, 0x22]);

/** Characters a residue line can start with: a cheap first test for the parser. */
const FIRST_CHARS = new Set<number>(BY_FIRST.keys());
for (const ch of '-—―–=_*·─－…~～（(0123456789赞踩顶讚頂第共页頁剩還还京沪津渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼PpＰ') {
  FIRST_CHARS.add(ch.charCodeAt(0));
}
for (const code of LEADING_BRACKETS) {
  FIRST_CHARS.add(code);
}
FIRST_CHARS.add(0x76ee); // 目 (目录)

// A table of contents (目录): its heading line, and its entries — text, a run of leader dots, a page
// number at the line's end (一、2025年工作回顾……………2). A barrier for the outline (an entry that
// starts with 一、 is no heading), kept by the cleanup, not counted: nothing of it is spoken.
const CONTENTS_TITLES = new Set(['目录', '目錄']);
/** Leader characters, with the dots each stands for (… is three). */
const LEADERS = new Map<number, number>([[0x2026, 3], [0x22ef, 3], [0x2025, 2], [0xb7, 1], [0x2e, 1], [0xff0e, 1], [0x2d, 1], [0x2014, 1], [0x2500, 1], [0x5f, 1], [0xfe52, 1], [0x30fb, 1], [0x2022, 1]]);
const MIN_LEADER_DOTS = 4;

/**
 * True when [pos, contentEnd) of `text` (no indentation, no trailing blanks) is an entry of a table
 * of contents: text without a sentence end, a run of leader dots, then a page number of 1–4 digits
 * ending the line. Reads from the line's end: a line that does not end in a digit costs one test.
 */
export function isContentsEntry(text: string, pos: number, contentEnd: number): boolean {
  let i = contentEnd;
  while (i > pos && contentEnd - i < 4 && isDigit(text.charCodeAt(i - 1))) {
    i--;
  }
  if (i === contentEnd || i === pos || contentEnd - pos > MAX_RESIDUE_LINE) {
    return false;
  }
  while (i > pos && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x3000)) {
    i--;
  }
  let dots = 0;
  for (let dot = LEADERS.get(text.charCodeAt(i - 1)); i > pos && dot !== undefined; dot = LEADERS.get(text.charCodeAt(i - 1))) {
    dots += dot;
    i--;
  }
  if (dots < MIN_LEADER_DOTS || i === pos) {
    return false;
  }
  for (let j = pos; j < i; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b) {
      return false;
    }
  }
  return true;
}

/** Residue lines are short; longer lines (paragraphs) are never residue. */
export const MAX_RESIDUE_LINE = 200;

/** False when a line starting with this character cannot be residue (a cheap first test). */
export function mayBeResidue(firstCode: number): boolean {
  return FIRST_CHARS.has(firstCode);
}

/**
 * True when the line content in [pos, contentEnd) (indentation and trailing blanks excluded) is
 * web residue. The caller has checked that no heading or point starts there: those are never residue.
 */
export function isResidueSpan(text: string, pos: number, contentEnd: number): boolean {
  return contentEnd - pos <= MAX_RESIDUE_LINE && (isContentsEntry(text, pos, contentEnd) || (mayBeResidue(text.charCodeAt(pos)) && isResidueLine(text.slice(pos, contentEnd))));
}

/** True when `line` (indentation already removed, no line break) is web residue of any kind. */
export function isResidueLine(line: string): boolean {
  return residueKind(line) !== undefined;
}

/** The control word entry that `line` starts with at `pos`, if any. */
function controlWordAt(line: string, pos: number): Entry | undefined {
  for (const entry of BY_FIRST.get(line.charCodeAt(pos)) ?? []) {
    if (line.startsWith(entry.word, pos)) {
      const next = pos + entry.word.length;
      if (entry.free || next >= line.length || (!isIdeograph(line.charCodeAt(next)) && !SENTENCE_MARKS.has(line.charCodeAt(next)))) {
        return entry;
      }
    }
  }
  return undefined;
}

// Page numbers and counters are short lines of a fixed shape: a regular expression on at most 40
// characters costs next to nothing.
const PAGE_NUMBER = /^(?:[-—–－~～_\s]*\d{1,4}[-—–－~～_\s]*|第\s*\d{1,4}\s*[页頁](?:\s*[,，/／]?\s*共\s*\d{1,4}\s*[页頁])?|共\s*\d{1,4}\s*[页頁](?:\s*[,，/／]?\s*第\s*\d{1,4}\s*[页頁])?|\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/;
const COUNTER = /^(?:[赞踩顶讚頂][（(]?)?[（(]?\d{1,6}[）)]?%?$/;
const PAYWALL = /^(?:还|還)?[剩餘余][余餘]?\s*\d{1,6}\s*(?:字|页|頁|%)/;
const LICENCE = /^.{0,3}(?:ICP|公网安备|公網安備)/;

/** The kind of residue `line` is (indentation already removed, no line break), or undefined for content. */
export function residueKind(line: string): ResidueKind | undefined {
  const length = line.length;
  if (length === 0 || length > MAX_RESIDUE_LINE) {
    return undefined;
  }
  if (isContentsEntry(line, 0, line.trimEnd().length) || CONTENTS_TITLES.has(line.replace(/[ \u3000]/g, ''))) {
    return 'contents';
  }
  if (!FIRST_CHARS.has(line.charCodeAt(0))) {
    return undefined;
  }
  // A line that ends a sentence is a sentence (时间：统一思想。), never residue.
  const last = line.charCodeAt(line.trimEnd().length - 1);
  if (last === 0x3002 || last === 0xff01 || last === 0xff1f) {
    return undefined;
  }
  // The control word, after any opening brackets, bars or blanks.
  let pos = 0;
  while (pos < length && (LEADING_BRACKETS.has(line.charCodeAt(pos)) || line.charCodeAt(pos) === 0x20 || line.charCodeAt(pos) === 0x3000)) {
    pos++;
  }
  const entry = pos < length ? controlWordAt(line, pos) : undefined;
  if (entry !== undefined) {
    return entry.kind;
  }
  const trimmed = line.trimEnd();
  if (trimmed.length <= 40) {
    if (PAGE_NUMBER.test(trimmed) && /\d/.test(trimmed)) {
      return 'pageNumber';
    }
    if (COUNTER.test(trimmed) || PAYWALL.test(trimmed) || LICENCE.test(trimmed)) {
      return 'residue';
    }
  } else if (PAYWALL.test(trimmed.slice(0, 20))) {
    return 'residue';
  }
  // A dashed separator line: ---------- or ——————.
  if (trimmed.length >= 3) {
    let separators = true;
    for (let i = 0; i < trimmed.length && separators; i++) {
      separators = isSeparatorChar(trimmed.charCodeAt(i)) || trimmed.charCodeAt(i) === 0x20;
    }
    if (separators) {
      return 'residue';
    }
  }
  // Editor credits in parentheses: （责任编辑：张三） (来源：某某网) （記者：張三）.
  const first = trimmed.charCodeAt(0);
  if ((first === 0xff08 || first === 0x28) && trimmed.length <= 60) {
    for (const word of CREDITS) {
      if (trimmed.startsWith(word + '：', 1) || trimmed.startsWith(word + ':', 1)) {
        return 'residue';
      }
    }
  }
  return undefined;
}

// 附件：1.… then 2.… 3.… on the next lines: the list's items are attachment titles, never headings.
const ATTACHMENT_LIST = /^附件\s*[:：]\s*(?:$|[0-9０-９]{1,2}\s*[.．、]\S)/;

/**
 * True when an attachment line (residueKind 'attachment') opens a list whose next lines are numbered
 * titles: 附件：1.… or a bare 附件：; not 附件1：… or 附件：一份材料. The numbers themselves do not
 * matter, so that renumbering cannot turn a heading into an item or back.
 */
export function opensAttachmentList(line: string): boolean {
  return ATTACHMENT_LIST.test(line.trimEnd());
}

/** True for a page number line (- 3 -, — 3 —, 第1页共10页, 3/10, a lone 3): a PDF page break, which can sit inside a paragraph or section. */
export function isPageNumberLine(line: string): boolean {
  return residueKind(line) === 'pageNumber';
}
