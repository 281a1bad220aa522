import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkNumbering, expandSnippet, formatMessage, parseSpeech, SPEECH_TEMPLATES } from '../../src/core';
import chinese from '../../l10n/bundle.l10n.zh-cn.json';
import { outlineOf } from './helpers';

const EXPECTED: Record<string, string[]> = {
  speech: ['在全县XX工作会议上的讲话', '（2026年X月X日）', '同志们：', '一、统一思想，切实增强做好工作的责任感和紧迫感', '二、突出重点，扎实推进各项任务落地', '  一要聚焦重点领域', '  二要抓住关键环节', '  三要补齐短板弱项', '三、强化落实，确保各项工作取得实效', '  一是压实责任', '  二是加强督导', '  三是严格考核', '同志们，任务艰巨、责任重大'],
  report: ['关于XX工作的报告', '各位代表：', '一、过去一年工作回顾', '  （一）经济运行稳中有进', '  （二）项目建设加快推进', '  （三）民生保障持续加强', '二、存在的问题', '  一是发展动力还不够强', '  二是部分领域短板仍然突出', '  三是干部作风还需进一步改进', '三、今年工作安排', '  （一）着力稳增长', '    1.抓好项目建设', '    2.扩大有效需求', '  （二）着力惠民生', '  （三）着力防风险', '各位代表，新的目标催人奋进'],
  lecture: ['坚定理想信念　勇担时代使命', '——在XX专题党课上的讲稿', '同志们：', '一、深刻认识坚定理想信念的重大意义', '二、准确把握新时代的使命要求', '  第一，从历史中汲取力量', '  第二，从实践中把握方向', '  第三，从群众中找准坐标', '三、切实把理想信念转化为实际行动', '  首先，要学深悟透', '  其次，要知行合一', '  最后，要久久为功', '同志们，理想信念是共产党人精神上的“钙”'],
  pledge: ['在全县XX工作会议上的表态发言', '某某乡党委书记　某某某', '尊敬的各位领导、同志们：', '一、提高政治站位，在思想上再深化', '二、聚焦目标任务，在措施上再细化', '三、强化责任担当，在落实上再加力', '同志们，我们将以这次会议为新的起点，确保各项任务按期完成'],
  host: ['在全县XX工作会议上的主持词', '（2026年X月X日）', '同志们：', '首先，请XXX同志通报工作情况', '其次，请XXX等单位作交流发言', '最后，请XXX同志作重要讲话', '同志们，刚才XXX同志的讲话，我们要认真学习领会、抓好贯彻落实'],
};

describe('built-in templates', () => {
  test('five, with distinct ids and names in both languages', () => {
    assert.deepEqual(SPEECH_TEMPLATES.map((t) => t.id), ['speech', 'report', 'lecture', 'pledge', 'host']);
    for (const template of SPEECH_TEMPLATES) {
      for (const text of [template.name, template.description]) {
        assert.ok(text.text in chinese, `no Chinese for ${text.text}`);
        assert.notEqual(formatMessage(text, chinese), text.text);
      }
    }
  });

  for (const template of SPEECH_TEMPLATES) {
    test(`${template.id}: as filled with its defaults, the outline is the genre's and numbering is clean`, () => {
      const text = expandSnippet(template.body);
      assert.ok(!/\$/.test(text), 'no snippet syntax left');
      const model = parseSpeech(text);
      assert.deepEqual(outlineOf(model).split('\n'), EXPECTED[template.id]);
      assert.deepEqual(checkNumbering(model).map((p) => p.code), []);
    });

    test(`${template.id}: placeholders numbered 1…n in order, ending with $0`, () => {
      const numbers = [...template.body.matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1]));
      assert.deepEqual(numbers, numbers.map((_, i) => i + 1));
      assert.ok(template.body.trimEnd().endsWith('$0'));
    });
  }

  test('expandSnippet', () => {
    assert.equal(expandSnippet('a${1:b}c$2${3}d\\$e$0'), 'abcd$e');
  });
});
