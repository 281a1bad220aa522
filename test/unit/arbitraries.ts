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
);
const punctuation = fc.constantFrom('。', '；', '！', '？', '，', '、', '：', '.', ';', '!', '?', ',', ':', '”', '）', ')', '');

const marker = fc.oneof(
  chineseNumeral.map((n) => `${n}、`),
  fc.tuple(fc.constantFrom('（', '('), chineseNumeral, fc.constantFrom('）', ')')).map(([o, n, c]) => o + n + c),
  fc.tuple(fc.oneof(digits, fullWidthDigits), fc.constantFrom('.', '、', '．')).map(([n, s]) => n + s),
  fc.tuple(fc.constantFrom('（', '('), digits, fc.constantFrom('）', ')')).map(([o, n, c]) => o + n + c),
  fc.integer({ min: 0x2460, max: 0x2487 }).map((code) => String.fromCharCode(code)),
  fc.tuple(chineseNumeral, fc.constantFrom('要', '是')).map(([n, w]) => n + w),
  chineseNumeral.map((n) => `第${n}，`),
  fc.constantFrom('首先，', '其次，', '再次，', '最后，'),
);

const sentence = fc.tuple(fc.option(marker, { freq: 3 }), fc.array(phrase, { maxLength: 4 }), punctuation)
  .map(([m, words, end]) => (m ?? '') + words.join('') + end);

const indentation = fc.constantFrom('', '', '　　', '  ', '\t', '\ufeff');

/** One line of a draft (without its line break). */
export const draftLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(indentation, fc.array(sentence, { minLength: 1, maxLength: 5 })).map(([indent, parts]) => indent + parts.join('')) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('当前位置：首页 > 讲话', '(0)', '0%', '----------', '版权所有', '同志们：', '在全县会议上的讲话', '（2025年3月1日）') },
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
