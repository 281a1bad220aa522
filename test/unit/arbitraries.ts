// fast-check generators of speech drafts, biased toward the genre: markers of every level and
// variant, points inside paragraphs, full/half-width punctuation, indentation, mixed line
// endings, BOM, blank lines, surrogate pairs and lone surrogates, long lines, residue.

import fc from 'fast-check';
import { formatChineseNumeral } from '../../src/core';

const chineseNumeral = fc.integer({ min: 1, max: 25 }).map(formatChineseNumeral);
const digits = fc.integer({ min: 0, max: 120 }).map(String);
const fullWidthDigits = fc.integer({ min: 1, max: 30 }).map((n) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))));

/** A short run of body text, with the genre's traps. */
const phrase = fc.constantFrom(
  '统一思想', '切实增强责任意识', '加强领导', '压实责任', '第一书记', '一方面', '另一方面', '一是一、二是二', '1.5亿元', '3.2%',
  '2025年以来', '（2025年3月1日）', '首先是', '一要素', '同志们', '希望大家', '𠀀𠀁', '\ud800', '\udc00', 'abc', '  ', '　', '',
  // Shapes of real pasted drafts (genre.md, "Real drafts arrive from the web and from Word").
  '三、四月份', '一、二季度', '二、三产业', '十一、十二月份', '七、八十年代', '2025年工作回顾', '一些企业', '一批项目', '个别地方', '五.一期间', '十．一',
  '　　', '<BR>', '<P>', '</P>', '&nbsp;', '</SPAN></td>', '<STRONG>', '，一是', '：一是', '；二是', '最后，我再强调一点', '同志們',
);
const punctuation = fc.constantFrom('。', '；', '！', '？', '，', '、', '：', '.', ';', '!', '?', ',', ':', '”', '）', ')', '');

const marker = fc.oneof(
  chineseNumeral.map((n) => `${n}、`),
  fc.tuple(chineseNumeral, fc.constantFrom('．', '.')).map(([n, s]) => n + s),
  fc.tuple(fc.constantFrom('（', '(', '（ ', '( '), chineseNumeral, fc.constantFrom('）', ')', ' ）', ' )')).map(([o, n, c]) => o + n + c),
  fc.tuple(fc.oneof(digits, fullWidthDigits), fc.constantFrom('.', '、', '．')).map(([n, s]) => n + s),
  fc.tuple(fc.constantFrom('（', '(', '（ '), digits, fc.constantFrom('）', ')', ' ）')).map(([o, n, c]) => o + n + c),
  fc.integer({ min: 0x2460, max: 0x2487 }).map((code) => String.fromCharCode(code)),
  fc.tuple(chineseNumeral, fc.constantFrom('要', '是')).map(([n, w]) => n + w),
  chineseNumeral.map((n) => `第${n}，`),
  fc.tuple(chineseNumeral, fc.constantFrom('点，', '个方面，', '条，', '、', '点、')).map(([n, w]) => `第${n}${w}`),
  chineseNumeral.map((n) => `其${n}，`),
  fc.tuple(chineseNumeral, fc.constantFrom('部分　', '部分 ', '部分：')).map(([n, w]) => `第${n}${w}`),
  fc.constantFrom('首先，', '其次，', '再次，', '最后，'),
);

const sentence = fc.tuple(fc.option(marker, { freq: 3 }), fc.array(phrase, { maxLength: 4 }), punctuation)
  .map(([m, words, end]) => (m ?? '') + words.join('') + end);

const indentation = fc.constantFrom('', '', '　　', '  ', '\t', '\ufeff');

/** One line of a draft (without its line break). */
export const draftLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(indentation, fc.array(sentence, { minLength: 1, maxLength: 5 })).map(([indent, parts]) => indent + parts.join('')) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('当前位置：首页 > 讲话', '(0)', '0%', '----------', '版权所有', '同志们：', '在全县会议上的讲话', '（2025年3月1日）', '奋力开创高质量发展新局面', '——在全县会议上的讲话', '县委书记　某某', '领导讲话汇编', '在全县经济工作会议上的讲话（摘要）') },
  { weight: 1, arbitrary: fc.constantFrom('當前位置：首頁 > 講話', '文档大小：36KB　　页数：7页', '免费下载　　在线预览', '【字体：大 中 小】', '- 3 -', '第1页共10页', '3', '— 12 —', '<P>一、统一思想</P>', '发展取得新成效', '附件：1.任务分工', '　　　2.考核办法', '附件：', '1.任务清单', '目　录', '一、2025年工作回顾……………2', '在全县会议上的讲话·········15') },
  // A PDF's hard wrap: lines of one width, a lead running over the break.
  { weight: 1, arbitrary: fc.constantFrom('取得了明显成效。一是审批时限大幅压缩，全市企业开办时间', '稳中向好。全年实现地区生产总值增长，一是工业提质增效', '限大幅压缩。二是服务效能持续提升。三是市场活力增强') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
);

/** A draft: lines joined by a mix of line endings, sometimes with a BOM or a very long line. */
export const draft: fc.Arbitrary<string> = fc.tuple(
  fc.boolean(),
  fc.array(fc.tuple(draftLine, fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 40 }),
  fc.option(fc.integer({ min: 1, max: 400 }), { freq: 10 }),
).map(([bom, lines, repeat]) => {
  let text = (bom ? '\ufeff' : '') + lines.map(([line, eol]) => line + eol).join('');
  if (repeat !== null) {
    text += '一是甲。'.repeat(repeat);
  }
  return text;
});

/** A draft and the same lines with uniform line endings of each kind. */
export const draftLines: fc.Arbitrary<string[]> = fc.array(draftLine.filter((line) => !/[\r\n]/.test(line)), { maxLength: 40 });

/** Units after a number range: 三、四月份 一、二季度 二、三产业 七、八十年代 一、二年级 三、四线城市 一、二等奖. */
const rangeUnit = fc.constantFrom('月份', '月', '季度', '产业', '十年代', '年级', '线城市', '等奖', '个月', '个百分点');

/** A sentence opening with a number range (X、X+1 and a unit): never a heading. */
const rangeSentence = fc.tuple(fc.integer({ min: 1, max: 19 }), rangeUnit, fc.constantFrom('是关键时期', '的增速较快', '要统筹推进', ''), fc.constantFrom('。', '，', '；', ''))
  .map(([n, unit, rest, end]) => `${formatChineseNumeral(n)}、${formatChineseNumeral(n + 1)}${unit}${rest}${end}`);

/** A numbered heading whose number may be wrong (a gap, a duplicate), so that renumbering has work to do. */
const numberedHeading = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(['', '、'], ['（', '）'], ['(', ')']), fc.constantFrom('统一思想', '2025年工作回顾', '加强领导。', '落实责任，强化保障'))
  .map(([n, [open, close], text]) => `${open}${formatChineseNumeral(n)}${close}${text}`);

/**
 * A draft mixing numbered headings with sentences that open in a number range, at a line start, after
 * a sentence end, or after two ideographic spaces (collapsed paragraphs). Gives the text and the
 * ranges [start, end) of every such sentence.
 */
export const rangeDraft: fc.Arbitrary<{ text: string; ranges: [number, number][] }> = fc.array(
  fc.tuple(fc.constantFrom('heading', 'range', 'body'), fc.constantFrom('\n', '。', '　　', '\n　　'), numberedHeading, rangeSentence, fc.array(phrase, { maxLength: 3 })),
  { maxLength: 30 },
).map((parts) => {
  let text = '';
  const ranges: [number, number][] = [];
  for (const [kind, separator, heading, range, words] of parts) {
    text += separator;
    if (kind === 'heading') {
      text += heading;
    } else if (kind === 'range') {
      ranges.push([text.length, text.length + range.length]);
      text += range;
    } else {
      text += words.join('') + '。';
    }
  }
  return { text, ranges };
});

/** Heading styles of one draft, levels 1–4: the standard family or the half-width one. */
const HEADING_FAMILIES: readonly (readonly ((n: number) => string)[])[] = [
  [(n) => `${formatChineseNumeral(n)}、`, (n) => `（${formatChineseNumeral(n)}）`, (n) => `${n}.`, (n) => `（${n}）`],
  [(n) => `${formatChineseNumeral(n)}、`, (n) => `(${formatChineseNumeral(n)})`, (n) => `${n}.`, (n) => `(${n})`],
];

interface SectionShape {
  readonly text: string;
  readonly body: readonly string[];
  readonly children: readonly SectionShape[];
}

const headingText = fc.constantFrom('统一思想', '突出重点，扎实推进', '强化落实', '加强领导，压实责任', '夯实基础', '提高认识');
const bodyLine = fc.oneof(
  fc.constantFrom('　　正文内容。', '　　会议要求大家认真落实。', '', '  工作成效明显。'),
  fc.constantFrom('　　一要聚焦重点。二要聚焦难点。', '　　一是压实责任。', '　　第一，抓好落实。'),
);

const sectionShape: fc.Arbitrary<SectionShape> = fc.letrec<{ section: SectionShape }>((tie) => ({
  section: fc.record({
    text: headingText,
    body: fc.array(bodyLine, { maxLength: 3 }),
    children: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant([]), fc.array(tie('section'), { maxLength: 3 })),
  }),
})).section;

/**
 * A well-formed draft: title, salutation, opening, numbered sections nested up to four levels in
 * one style family, correct numbering, points in bodies, blank lines, a closing; LF or CRLF, with
 * or without a BOM and a final line break. Restructuring must be reversible on these.
 */
export const structuredDraft: fc.Arbitrary<string> = fc.record({
  family: fc.constantFrom(...HEADING_FAMILIES),
  topLevel: fc.integer({ min: 1, max: 2 }),
  prelude: fc.boolean(),
  sections: fc.array(sectionShape, { minLength: 1, maxLength: 4 }),
  closing: fc.boolean(),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  finalBreak: fc.boolean(),
}).map(({ family, topLevel, prelude, sections, closing, eol, bom, finalBreak }) => {
  const lines: string[] = prelude ? ['在全县工作会议上的讲话', '同志们：', '　　下面，我讲几点意见。'] : [];
  const write = (list: readonly SectionShape[], level: number): void => {
    list.forEach((section, index) => {
      lines.push(family[level - 1](index + 1) + section.text, ...section.body);
      if (level < 4) {
        write(section.children, level + 1);
      }
    });
  };
  write(sections, topLevel);
  if (closing) {
    lines.push('　　希望大家扎实工作。');
  }
  return (bom ? '\ufeff' : '') + lines.join(eol) + (finalBreak ? eol : '');
});

const paragraphLead = fc.constantFrom('', '', '一、', '二、', '（一）', '（二）', '1.', '2.', '一要', '二要', '一是', '二是', '三是', '第一，', '第二，', '首先，', '其次，', '第一点，');
const innerLead = fc.constantFrom('一是', '二是', '三是', '一要', '二要', '首先，', '其次，', '第一，', '第二，', '');
const leadWords = fc.constantFrom('统一思想', '加强领导', '压实责任');
const leadEnd = fc.constantFrom('。', '；', '：', '！');

/**
 * Paragraphs of body text holding headings and points, each at its start and after its sentence
 * ends: a draft's paragraphs, to be set on lines or collapsed into one line.
 */
export const pointParagraphs: fc.Arbitrary<string[]> = fc.array(
  fc.tuple(paragraphLead, leadWords, leadEnd, fc.array(fc.tuple(innerLead, leadWords, leadEnd), { maxLength: 4 }))
    .map(([lead, words, end, rest]) => lead + words + end + rest.map(([inner, more, mark]) => inner + more + mark).join('')),
  { minLength: 1, maxLength: 8 },
);
