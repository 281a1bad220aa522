import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { highlightSpans, parseSpeech } from '../../src/core';
import { joinLines } from './helpers';

/** The spans as `part:text`. */
function parts(text: string): string[] {
  return highlightSpans(parseSpeech(text)).map((span) => `${span.part}:${text.slice(span.start, span.end)}`);
}

describe('highlighted parts of a draft', () => {
  test('title, date line, salutation, each heading level, points, closing', () => {
    const draft = joinLines(
      '在全县工作会议上的讲话',
      '（2026年3月6日）',
      '同志们：',
      '　　今天开会。',
      '一、经济运行',
      '（一）主要指标稳中有进。全县增长5.8%。',
      '1.工业生产平稳回升。',
      '（1）规上工业。',
      '　　一要抓项目。要盯紧。',
      '　　希望大家共同努力！',
    );
    assert.deepEqual(parts(draft), [
      'title:在全县工作会议上的讲话',
      'dateline:（2026年3月6日）',
      'salutation:同志们：',
      'heading1:一、经济运行',
      'heading2:（一）主要指标稳中有进',
      'heading3:1.工业生产平稳回升',
      'heading4:（1）规上工业',
      'pointMarker:一要',
      'pointLead:抓项目',
      'closing:希望大家共同努力',
    ]);
  });

  test('a title on two lines and a lead a PDF wrapped are highlighted on each of their lines, not the page number between', () => {
    assert.deepEqual(parts(joinLines('坚定信心　真抓实干', '奋力开创高质量发展新局面', '（2026年1月5日）', '同志们：')), [
      'title:坚定信心　真抓实干', 'title:奋力开创高质量发展新局面', 'dateline:（2026年1月5日）', 'salutation:同志们：',
    ]);
    assert.deepEqual(parts(joinLines('一、坚持稳中求进，推动经济高质量发展取得', '- 3 -', '新成效', '　　正文。')), [
      'heading1:一、坚持稳中求进，推动经济高质量发展取得', 'heading1:新成效',
    ]);
  });

  test('inline points: each marker and lead inside the paragraph, nothing between them', () => {
    const draft = joinLines('三、强化落实', '　　责任不落实，一切都是空谈。一是压实属地责任。各乡镇要负责。二是压实部门责任。不留死角。');
    assert.deepEqual(parts(draft), ['heading1:三、强化落实', 'pointMarker:一是', 'pointLead:压实属地责任', 'pointMarker:二是', 'pointLead:压实部门责任']);
  });

  test('not structure, not highlighted: 第一书记, 1.5亿元, 一是一、二是二', () => {
    const draft = joinLines('一、工作要求', '　　第一书记要驻村。投资1.5亿元。', '　　要坚持一是一、二是二。');
    assert.deepEqual(parts(draft), ['heading1:一、工作要求']);
  });

  test('after an edit the spans follow the model', () => {
    assert.deepEqual(parts('一、学习\n二、落实'), ['heading1:一、学习', 'heading1:二、落实']);
    assert.deepEqual(parts('一、学习\n（一）落实'), ['heading1:一、学习', 'heading2:（一）落实']);
  });

  const samples = join(__dirname, '../../../samples');
  for (const file of readdirSync(samples).filter((name) => name.endsWith('.speech'))) {
    test(`every heading of ${file} is highlighted at its level`, () => {
      const text = readFileSync(join(samples, file), 'utf8');
      const model = parseSpeech(text);
      const spans = highlightSpans(model);
      for (const node of model.nodes.filter((n) => n.kind === 'heading')) {
        assert.ok(spans.some((span) => span.start === node.start && span.part === `heading${node.level}`), node.name);
      }
    });
  }

  test('property: spans are ordered, non-empty, non-overlapping and on one line', () => {
    const pieces = fc.constantFrom('一、', '（二）', '1.', '（1）', '一要', '二是', '第一，', '首先，', '同志们：', '希望', '正文', '。', '\n', '\r\n', '　　', 'GDP');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (text) => {
      let last = 0;
      for (const span of highlightSpans(parseSpeech(text))) {
        assert.ok(span.start >= last && span.end > span.start && span.end <= text.length);
        assert.ok(!/[\r\n]/.test(text.slice(span.start, span.end)));
        last = span.end;
      }
    }));
  });
});
