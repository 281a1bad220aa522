import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSpeech } from '../../src/core';
import { joinLines, kindsOf, outlineOf } from './helpers';

/** [what, draft, expected outline (two spaces per depth)] */
type Case = [string, string, string];

function runTable(cases: Case[]): void {
  for (const [what, draft, expected] of cases) {
    test(what, () => assert.equal(outlineOf(draft), expected));
  }
}

describe('numbered headings at the four levels', () => {
  runTable([
    ['level 1 一、 with numerals beyond 十', joinLines('一、总体要求', '十、组织保障', '十一、工作纪律', '二十、附则', '九十九、其他', '一百零一、补充'),
      joinLines('一、总体要求', '十、组织保障', '十一、工作纪律', '二十、附则', '九十九、其他', '一百零一、补充')],
    ['level 2 full- and half-width brackets', joinLines('（一）加强领导', '(二)完善机制', '（三)落实责任'),
      joinLines('（一）加强领导', '(二)完善机制', '（三)落实责任')],
    ['level 3 separators and full-width digits', joinLines('1.抓好项目', '2、扩大需求', '3．稳定就业', '４．保障民生', '12.做好收尾'),
      joinLines('1.抓好项目', '2、扩大需求', '3．稳定就业', '４．保障民生', '12.做好收尾')],
    ['level 4 variants', joinLines('（1）粮食生产', '(2)特色产业', '⑶设施农业', '④农村电商'),
      joinLines('（1）粮食生产', '(2)特色产业', '⑶设施农业', '④农村电商')],
    ['all four levels nest', joinLines('一、经济运行', '（一）主要指标', '1.工业生产', '（1）规上工业', '（2）小微企业', '2.消费市场', '（二）结构调整', '二、项目建设'),
      joinLines('一、经济运行', '  （一）主要指标', '    1.工业生产', '      （1）规上工业', '      （2）小微企业', '    2.消费市场', '  （二）结构调整', '二、项目建设')],
    ['skipped levels: 一、 then 1.', joinLines('一、思想认识', '1.提高站位', '2.统一思想', '二、工作措施', '1.明确任务'),
      joinLines('一、思想认识', '  1.提高站位', '  2.统一思想', '二、工作措施', '  1.明确任务')],
    ['top level （一） without 一、', joinLines('（一）明确目标', '1.近期目标', '（二）突出重点'),
      joinLines('（一）明确目标', '  1.近期目标', '（二）突出重点')],
    ['heading text ends at its first sentence end', joinLines('（一）加强组织领导。各级要高度重视，切实抓好落实！', '（二）强化督查；定期通报'),
      joinLines('（一）加强组织领导', '（二）强化督查')],
    ['blanks between marker and text are not shown (a tab from Word\'s automatic numbering)', joinLines('一、 统一思想', '1. 提高认识', '（一）\t深化改革。正文。', '2.\t　加强师资', '一是\t抓落实。'),
      joinLines('一、统一思想', '  1.提高认识', '  （一）深化改革', '    2.加强师资', '      一是抓落实')],
    ['spaced brackets, as PDFs and some pages write them: （ 一 ） ( 2 ) （三 ）', joinLines('（ 一 ）加强领导', '( 1 )统一思想', '（ 二 ）完善机制', '（三 ）落实责任'),
      joinLines('（ 一 ）加强领导', '  ( 1 )统一思想', '（ 二 ）完善机制', '（三 ）落实责任')],
    ['level 1 with a period: 一． and 一. , at a line start and after a sentence end', joinLines('一．指导思想', '（一）总体要求', '二. 基本原则', '　　正文。三．主要任务。正文。'),
      joinLines('一．指导思想', '  （一）总体要求', '二.基本原则', '三．主要任务')],
  ]);
});

describe('enumerated points', () => {
  runTable([
    ['X要 at paragraph start under a heading', joinLines('二、突出重点', '一要政治坚定。要站稳立场。', '二要作风过硬。', '三要纪律严明。'),
      joinLines('二、突出重点', '  一要政治坚定', '  二要作风过硬', '  三要纪律严明')],
    ['X是 several in one paragraph', joinLines('三、强化落实', '一是压实属地责任。二是压实部门责任；三是压实企业责任！'),
      joinLines('三、强化落实', '  一是压实属地责任', '  二是压实部门责任', '  三是压实企业责任')],
    ['points after a colon in the same paragraph', '今年重点抓好三件事：一是稳增长。二是惠民生。三是防风险。',
      joinLines('一是稳增长', '二是惠民生', '三是防风险')],
    ['points after a closing quote', '要做到“三个到位”。一是思想到位。二是措施到位。',
      joinLines('一是思想到位', '二是措施到位')],
    ['第X， as top level with 首先 nested', joinLines('第一，提高认识。', '第二，明确任务。', '第三，强化保障。', '首先，保障资金。', '其次，保障人员。', '最后，保障场地。', '第四，加强督导。'),
      joinLines('第一，提高认识', '第二，明确任务', '第三，强化保障', '  首先，保障资金', '  其次，保障人员', '  最后，保障场地', '第四，加强督导')],
    ['一是 paragraph under a 第二， point', joinLines('第一，总体要求。', '第二，主要任务。', '一是抓项目。二是抓招商。', '第三，保障措施。'),
      joinLines('第一，总体要求', '第二，主要任务', '  一是抓项目', '  二是抓招商', '第三，保障措施')],
    ['a point inside a heading line', '（一）加强领导。一是健全机构。二是明确分工。',
      joinLines('（一）加强领导', '  一是健全机构', '  二是明确分工')],
    ['a heading ending at a colon before inline points', '（二）主要任务：一是稳增长。二是调结构。',
      joinLines('（二）主要任务', '  一是稳增长', '  二是调结构')],
    ['point label ends at a colon', joinLines('一要把握三个原则：统筹兼顾、突出重点、稳步推进。'),
      '一要把握三个原则'],
    ['half-width punctuation (a `.` after an ideograph ends the label)', joinLines('第一,提高认识.', '第二,落实责任', '一是加强领导;二是完善制度!'),
      joinLines('第一,提高认识', '第二,落实责任', '  一是加强领导', '  二是完善制度')],
    ['points restart in each section', joinLines('一、总体要求', '一要统一思想。', '二要明确目标。', '二、主要任务', '一要抓项目。'),
      joinLines('一、总体要求', '  一要统一思想', '  二要明确目标', '二、主要任务', '  一要抓项目')],
    ['要 followed by a verb is a point (二要务实, 三要领会)', joinLines('一要坚定。二要务实。', '三要领会精神。'),
      joinLines('一要坚定', '二要务实', '三要领会精神')],
    ['a different point family nests inside a point', joinLines('一要加强学习。一是学理论。二是学业务。', '二要改进作风。'),
      joinLines('一要加强学习', '  一是学理论', '  二是学业务', '二要改进作风')],
  ]);
});

describe('what is not structure', () => {
  runTable([
    ['第一书记, 第一次, 第一时间', joinLines('第一书记要驻村工作。', '第一次会议已经召开。', '第一时间报告。'), ''],
    ['一方面…另一方面', '一方面要加快发展，另一方面要保护环境。', ''],
    ['一是一、二是二 inside a sentence', '我们要坚持一是一、二是二，实事求是地反映情况。', ''],
    ['一是一、二是二 at a paragraph start', '一是一、二是二，这是基本要求。', ''],
    ['一要素, 要点', joinLines('一要素齐全才能申报。', '三要点必须掌握。'), ''],
    ['首先是 in the middle of a sentence', '我们首先是党员，其次是干部。', ''],
    ['a bracket with a date or more blanks inside is text', joinLines('正文。', '（ 2025年3月1日 ）', '（   一）不是标题。'), ''],
    ['a holiday or a number after a numeral and a period: 五.一, 十．一, 三.5亿元', joinLines('正文。', '五.一期间，全市接待游客。', '十．一长假安排。', '三.5亿元资金到位。', '正文。五.一前完成。'), ''],
    ['numbers: 1.5亿元, 3.2%, 2025年以来', joinLines('1.5亿元资金已经到位。', '3.2%的增幅来之不易。', '2025年以来，全县上下共同努力。'), ''],
    ['a date in parentheses and phone numbers', joinLines('正文开始。', '（2025年3月1日）', '(010)12345678', '（0）'), ''],
    ['markers with no text after them', joinLines('正文开始。', '一、', '（一）', '1.', '（1）', '(0)', '一要', '第一，'), ''],
    ['markers followed only by punctuation', joinLines('正文开始。', '一、。', '1.，'), ''],
    ['web residue around a speech', joinLines(
      '当前位置：首页 > 领导讲话 > 正文',
      '时间：2025-03-01 来源：县政府办 作者：办公室',
      '（责任编辑：张三）',
      '一、统一思想',
      '二、落实责任',
      '(0)',
      '0%',
      '----------------------',
      '版权所有：某某县人民政府',
      '服务热线：12345'), joinLines('一、统一思想', '二、落实责任')],
    ['a numbered line inside residue is still residue', joinLines('当前位置：首页 > 1.新闻', '1.统一思想'), '1.统一思想'],
  ]);
});

describe('parts of a speech', () => {
  test('title, date line, salutation, sections, closing', () => {
    const draft = joinLines(
      '在全县工作会议上的讲话',
      '（2025年3月1日）',
      '',
      '同志们：',
      '　　今天召开会议。下面，我讲三点意见。',
      '一、统一思想',
      '　　正文。',
      '二、突出重点',
      '　　一要抓项目。二要抓招商。',
      '　　同志们，任务艰巨。希望大家共同努力！',
      '　　谢谢大家！',
    );
    assert.equal(kindsOf(draft), joinLines(
      'title:0 在全县工作会议上的讲话',
      'dateline:0 （2025年3月1日）',
      'salutation:0 同志们：',
      'heading:1 一、统一思想',
      'heading:1 二、突出重点',
      'point:2 一要抓项目',
      'point:2 二要抓招商',
      'closing:0 同志们，任务艰巨',
    ));
  });

  test('speaker line and date line under the title', () => {
    assert.equal(kindsOf(joinLines('关于重点工作的报告', '王某某', '（2025年3月1日）', '各位代表：', '一、工作回顾')), joinLines(
      'title:0 关于重点工作的报告',
      'dateline:0 王某某',
      'dateline:0 （2025年3月1日）',
      'salutation:0 各位代表：',
      'heading:1 一、工作回顾',
    ));
  });

  test('a title set on two lines, then a subtitle, the speaker and the date', () => {
    assert.equal(kindsOf(joinLines('坚定信心　真抓实干', '奋力开创高质量发展新局面', '——在全县经济工作会议上的讲话', '县委书记　某某', '（2026年1月5日）', '同志们、朋友们：', '今天开会。', '一、提高认识')), joinLines(
      'title:0 坚定信心　真抓实干奋力开创高质量发展新局面',
      'dateline:0 ——在全县经济工作会议上的讲话',
      'dateline:0 县委书记　某某',
      'dateline:0 （2026年1月5日）',
      'salutation:0 同志们、朋友们：',
      'heading:1 一、提高认识',
    ));
  });

  test('a speaker line under the title stays the speaker\'s, with or without a blank', () => {
    for (const speaker of ['王某某', '县委书记　某某', '副市长某某某']) {
      assert.equal(kindsOf(joinLines('关于重点工作的报告', speaker, '（2025年3月1日）', '各位代表：', '一、工作回顾')), joinLines(
        'title:0 关于重点工作的报告', `dateline:0 ${speaker}`, 'dateline:0 （2025年3月1日）', 'salutation:0 各位代表：', 'heading:1 一、工作回顾',
      ));
    }
  });

  test('a date without brackets under the title is the date line', () => {
    for (const date of ['2026年1月5日', '二〇二六年一月五日', '2026年1月']) {
      assert.equal(kindsOf(joinLines('在全县工作会议上的讲话', date, '尊敬的各位领导，同志们：', '今天开会。', '一、提高认识')), joinLines(
        'title:0 在全县工作会议上的讲话', `dateline:0 ${date}`, 'salutation:0 尊敬的各位领导，同志们：', 'heading:1 一、提高认识'));
    }
  });

  test('a second title-like line not followed by a date or salutation is not the title\'s', () => {
    assert.equal(kindsOf(joinLines('关于重点工作的报告', '工作回顾与安排', '一、工作回顾')), joinLines(
      'title:0 关于重点工作的报告',
      'heading:1 一、工作回顾',
    ));
  });

  test('a draft without title begins with its salutation', () => {
    assert.equal(kindsOf(joinLines('同志们、朋友们：', '今天我们在这里开会。', '一、认清形势')), joinLines(
      'salutation:0 同志们、朋友们：',
      'heading:1 一、认清形势',
    ));
  });

  test('wishes (预祝…) and a 表态发言\'s 以上发言 are closing cues', () => {
    assert.equal(kindsOf(joinLines('在全县工作会议上的表态发言', '尊敬的各位领导：', '一要提高站位。', '二要狠抓落实。', '以上发言，不妥之处，请批评指正。')), joinLines(
      'title:0 在全县工作会议上的表态发言', 'salutation:0 尊敬的各位领导：', 'point:1 一要提高站位', 'point:1 二要狠抓落实', 'closing:0 以上发言，不妥之处，请批评指正',
    ));
    assert.equal(kindsOf(joinLines('同志们：', '一、认清形势', '正文。', '二、明确任务', '正文。', '預祝本次會議圓滿成功！', '謝謝大家！')), joinLines(
      'salutation:0 同志们：', 'heading:1 一、认清形势', 'heading:1 二、明确任务', 'closing:0 預祝本次會議圓滿成功',
    ));
  });

  test('a closing cue before the last section is not the closing', () => {
    assert.equal(kindsOf(joinLines('一、认清形势', '希望各级认真落实。', '二、明确任务', '正文。')), joinLines('heading:1 一、认清形势', 'heading:1 二、明确任务'));
  });

  test('a collection of speeches: each title with its salutation starts a speech', () => {
    assert.equal(kindsOf(joinLines(
      '在甲会议上的讲话', '同志们：', '一、认清形势', '同志们，希望大家努力。',
      '在乙会议上的讲话', '（2025年5月1日）', '各位代表：', '一、明确任务', '正文', '短句没有标点', '二、强化保障',
    )), joinLines(
      'title:0 在甲会议上的讲话', 'salutation:0 同志们：', 'heading:1 一、认清形势', 'closing:0 同志们，希望大家努力',
      'title:0 在乙会议上的讲话', 'dateline:0 （2025年5月1日）', 'salutation:0 各位代表：', 'heading:1 一、明确任务', 'heading:1 二、强化保障',
    ));
  });

  test('a collection\'s title, then its first speech\'s own title, date and salutation: both titles', () => {
    assert.equal(kindsOf(joinLines('领导讲话汇编', '', '在全县招商引资推进会上的讲话', '（2026年3月5日）', '同志们：', '一、认清形势')), joinLines(
      'title:0 领导讲话汇编', 'title:0 在全县招商引资推进会上的讲话', 'dateline:0 （2026年3月5日）', 'salutation:0 同志们：', 'heading:1 一、认清形势',
    ));
    assert.equal(kindsOf(joinLines('2026年讲话选编', '县委书记张三在全县经济工作会议上的讲话（摘要）', '同志们：')), joinLines(
      'title:0 2026年讲话选编', 'title:0 县委书记张三在全县经济工作会议上的讲话（摘要）', 'salutation:0 同志们：',
    ));
    // A speaker line stays the speaker's; a second line without a speech's word is no title.
    assert.equal(kindsOf(joinLines('在全县会议上的讲话', '', '县委书记　张三', '同志们：')), joinLines('title:0 在全县会议上的讲话', 'dateline:0 县委书记　张三', 'salutation:0 同志们：'));
    assert.equal(kindsOf(joinLines('关于重点工作的报告', '', '工作回顾与安排', '各位代表：')), joinLines('title:0 关于重点工作的报告', 'salutation:0 各位代表：'));
  });

  test('point levels follow their parent', () => {
    assert.equal(kindsOf(joinLines('（一）加强领导', '一要统一思想。一是学习。')), joinLines(
      'heading:2 （一）加强领导',
      'point:3 一要统一思想',
      'point:4 一是学习',
    ));
  });

  test('最后 continues the ordinal of its siblings', () => {
    const model = parseSpeech(joinLines('首先，统一思想。', '其次，明确任务。', '最后，强化保障。'));
    assert.deepEqual(model.nodes.map((node) => node.ordinal), [1, 2, 3]);
  });
});

describe('ranges', () => {
  test('heading ranges are character-precise, also for points inside a line', () => {
    const text = '三、强化落实\n　　责任重大。一是压实属地责任。二是压实部门责任。';
    const model = parseSpeech(text);
    const [heading, first, second] = model.nodes;
    assert.equal(text.slice(heading.start, heading.headingEnd), '三、强化落实');
    assert.equal(text.slice(first.start, first.headingEnd), '一是压实属地责任');
    assert.equal(text.slice(second.start, second.headingEnd), '二是压实部门责任');
    assert.equal(text.slice(first.start, first.markerEnd), '一是');
    assert.equal(first.marker, '一是');
    assert.equal(first.label, '压实属地责任');
    assert.equal(first.inline, true);
    assert.equal(model.lines.positionAt(first.start).character, 7);
  });

  test('sections run to the next sibling, without trailing blank lines', () => {
    const text = joinLines('一、统一思想', '正文一。', '', '', '二、明确任务', '正文二。', '');
    const model = parseSpeech(text);
    const [first, second] = model.roots;
    assert.equal(text.slice(first.start, first.end), '一、统一思想\n正文一。');
    assert.deepEqual([first.line, first.endLine], [0, 1]);
    assert.equal(text.slice(second.start, second.end), '二、明确任务\n正文二。');
    assert.deepEqual([second.line, second.endLine], [4, 5]);
  });

  test('a point inside a paragraph ends where the next point starts', () => {
    const text = '一是甲。二是乙。';
    const [first, second] = parseSpeech(text).nodes;
    assert.equal(text.slice(first.start, first.end), '一是甲。');
    assert.equal(text.slice(second.start, second.end), '二是乙。');
  });

  test('a parent section contains its children, which follow each other', () => {
    const text = joinLines('一、总体', '（一）甲', '1.子', '（二）乙', '一是丙。二是丁。', '二、其他');
    const model = parseSpeech(text);
    for (const node of model.nodes) {
      assert.ok(node.start <= node.headingEnd && node.headingEnd <= node.end, node.name);
      let previousEnd = node.start;
      for (const child of node.children) {
        assert.ok(child.start >= previousEnd && child.end <= node.end, `${child.name} in ${node.name}`);
        previousEnd = child.end;
      }
    }
  });

  test('residue at the end is outside the last section', () => {
    const text = joinLines('一、统一思想', '正文。', '----------', '版权所有');
    const [section] = parseSpeech(text).roots;
    assert.equal(text.slice(section.start, section.end), '一、统一思想\n正文。');
  });
});

describe('line endings, BOM, indentation', () => {
  const lines = ['在全县会议上的讲话', '同志们：', '一、统一思想', '　　一要坚定。二要务实。', '  （一）提高认识', '\t1.学习', '二、落实责任'];
  const expected = outlineOf(joinLines(...lines));

  for (const [name, eol] of [['CRLF', '\r\n'], ['CR', '\r'], ['LF', '\n']] as const) {
    test(`${name} gives the same outline and lines`, () => {
      const model = parseSpeech(lines.join(eol));
      assert.equal(outlineOf(model), expected);
      assert.deepEqual(model.nodes.map((node) => node.line), [0, 1, 2, 3, 3, 4, 5, 6]);
    });
  }

  test('a BOM before the title', () => {
    assert.equal(outlineOf('\ufeff' + lines.join('\n')), expected);
  });

  test('full-width and ASCII indentation are skipped', () => {
    assert.equal(outlineOf('　　一、统一思想\n    二、落实责任\n\t三、加强领导'), '一、统一思想\n二、落实责任\n三、加强领导');
  });

  test('an empty document and blank lines only', () => {
    assert.equal(parseSpeech('').nodes.length, 0);
    assert.equal(parseSpeech('\n\r\n  \n　').nodes.length, 0);
  });
});
