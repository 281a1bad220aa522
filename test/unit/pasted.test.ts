// The rules for drafts pasted from web pages, PDFs and Word, one shape at a time (the corpus in
// test/fixtures/real-world checks them together on whole drafts).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, checkNumbering, cleanText, parseSpeech, renumberEdits, residueKind } from '../../src/core';
import { joinLines, kindsOf, outlineOf } from './helpers';

/** [what, draft, expected outline (two spaces per depth)] */
type Case = [string, string, string];

function runTable(cases: Case[]): void {
  for (const [what, draft, expected] of cases) {
    test(what, () => assert.equal(outlineOf(draft), expected));
  }
}

describe('number ranges are sentences, never headings', () => {
  runTable([
    ['months, quarters, sectors, decades at a paragraph start', joinLines('一、总体要求', '三、四月份是春耕关键期。', '一、二季度增长较快。', '二、三产业协调发展。', '十一、十二月份要防火。', '七、八十年代的教训。', '二、主要任务'),
      joinLines('一、总体要求', '二、主要任务')],
    ['a chain of numerals: 一、二、三等奖', joinLines('一、表彰', '一、二、三等奖各评十名。'), '一、表彰'],
    ['after a sentence end in a collapsed line', '一、总体要求。三、四月份是关键期。二、主要任务', joinLines('一、总体要求', '二、主要任务')],
    ['a heading whose text begins with a number and another word stays a heading', joinLines('一、两个维护', '二、三个坚持', '三、四个全面'),
      joinLines('一、两个维护', '二、三个坚持', '三、四个全面')],
    ['a year after a heading marker: 一、2025年工作回顾, （二）2026年主要目标', joinLines('一、2025年工作回顾', '（一）2025年主要指标', '二、2026年工作安排', '（二）2026年主要目标'),
      joinLines('一、2025年工作回顾', '  （一）2025年主要指标', '二、2026年工作安排', '  （二）2026年主要目标')],
    ['a number after a numeric marker is still data: 1、2025年, (010)12345678', joinLines('正文。', '1、2月份降水偏少。', '(010)12345678', '1.5亿元'), ''],
  ]);

  test('renumbering and every quick fix leave a range sentence as it is', () => {
    const text = joinLines('一、总体要求', '三、四月份是春耕关键期。', '三、主要任务', '十一、十二月份要防火。');
    const model = parseSpeech(text);
    const edits = [...renumberEdits(model), ...checkNumbering(model).map((problem) => problem.fix)];
    const renumbered = applyEdits(text, renumberEdits(model));
    assert.ok(renumbered.includes('三、四月份是春耕关键期。') && renumbered.includes('十一、十二月份要防火。'));
    assert.ok(renumbered.includes('二、主要任务'), 'the real heading is renumbered');
    assert.equal(edits.length, 2);
  });
});

describe('parts of a long report: 第一部分　…', () => {
  runTable([
    ['the numbered headings of each part nest under it and number afresh', joinLines('各位代表：', '第一部分　2025年工作回顾', '一、经济运行稳中有进', '二、改革开放持续深化',
      '第二部分 2026年工作安排', '一、总体要求', '（一）扩大有效需求', '一是抓项目。', '第三部分　加强政府自身建设', '一是依法行政。', '各位代表，让我们团结奋斗！'),
    joinLines('各位代表：', '第一部分　2025年工作回顾', '  一、经济运行稳中有进', '  二、改革开放持续深化', '第二部分 2026年工作安排', '  一、总体要求', '    （一）扩大有效需求',
      '      一是抓项目', '第三部分　加强政府自身建设', '  一是依法行政', '各位代表，让我们团结奋斗')],
    ['第一部分 inside a sentence, or with no text, is no part', joinLines('一、总体要求', '第一部分内容已经完成。', '第二部分'), '一、总体要求'],
    ['第一部分， in a speech is a point like 第一点，; a part inside a paragraph is none', joinLines('一、总体要求', '分两部分来讲。第一部分，讲成绩。第二部分　讲问题。', '第一部分，讲形势。', '二、主要任务'),
      joinLines('一、总体要求', '  第一部分，讲成绩', '  第一部分，讲形势', '二、主要任务')],
  ]);

  test('a lead wrapped onto a line where a node begins before its sentence ends stops at that node', () => {
    // The next line is as wide (a hard wrap), and its sentence ends after 一是 began after the comma.
    const model = parseSpeech(joinLines('取得了明显成效。一是审批时限大幅压缩，全市企业开办时间', '一要，一是统一思想2025年工作回顾；二是.（0）统一思想。'));
    assert.deepEqual(model.nodes.map((node) => node.headingEnd <= node.end), [true, true, true]);
    assert.ok(model.nodes[0].headingEnd <= model.nodes[1].start);
  });

  test('renumbering leaves each part\'s 一、 alone, and numbers the parts', () => {
    const text = joinLines('第一部分　回顾', '一、甲', '二、乙', '第三部分　安排', '一、丙', '二、丁');
    assert.deepEqual(checkNumbering(parseSpeech(text)).map((problem) => `${problem.code} ${problem.expected}`), ['numbering.gap 第二部分　']);
    assert.equal(applyEdits(text, renumberEdits(parseSpeech(text))), text.replace('第三部分', '第二部分'));
  });
});

describe('numerals after 是', () => {
  runTable([
    ['二是一些…, 三是一批…, 四是个别…, 三是三个方面… are points', '一是认识不足。二是一些企业困难。三是一批项目滞后。四是个别地方松懈。五是五个方面的短板。',
      joinLines('一是认识不足', '二是一些企业困难', '三是一批项目滞后', '四是个别地方松懈', '五是五个方面的短板')],
    ['一是一、二是二 and 一是一，二是二 stay an idiom', joinLines('正文。', '一是一、二是二，这是基本要求。', '一是一，二是二地反映情况。'), ''],
  ]);
});

describe('a half-width keyboard: `.` after an ideograph ends a sentence', () => {
  runTable([
    ['points and headings after 工作.', joinLines('一、提高认识,增强责任感', '当前形势严峻.一是竞争加剧;二是要素趋紧.三是储备不足.', '(一)聚焦主导产业.第一,抓龙头.第二,补链条.', '1、以商招商.2、基金招商.'),
      joinLines('一、提高认识,增强责任感', '  一是竞争加剧', '  二是要素趋紧', '  三是储备不足', '  (一)聚焦主导产业', '    第一,抓龙头', '    第二,补链条', '    1、以商招商', '    2、基金招商')],
    ['not inside numbers, domain names or after a marker\'s digit', joinLines('一、总体要求', '增长1.5个百分点.2025年以来形势好转.', '访问www.gov.cn.一个网站.', '1.加强领导'),
      joinLines('一、总体要求', '  1.加强领导')],
  ]);
});

describe('the 第一 family', () => {
  runTable([
    ['第一， 第一、 第一： are one series', joinLines('第一，提高认识。', '第二、明确任务。', '第三：强化保障。'), joinLines('第一，提高认识', '第二、明确任务', '第三：强化保障')],
    ['第一点， 第一个方面， 第一条， 其一， nest as series of their own', joinLines('第一点，总体要求。', '第一个方面，目标。第二个方面，原则。', '第二点，主要任务。', '其一，抓项目。其二，抓招商。', '第一条，保障资金。'),
      joinLines('第一点，总体要求', '  第一个方面，目标', '  第二个方面，原则', '第二点，主要任务', '  其一，抓项目', '  其二，抓招商', '  第一条，保障资金')],
    ['第一个问题， a leader\'s "I will speak on three questions"', joinLines('今天我讲三个问题。', '第一个问题，关于形势。', '正文。', '第二个问题，关于任务。', '一是抓项目。二是抓改革。'),
      joinLines('第一个问题，关于形势', '第二个问题，关于任务', '  一是抓项目', '  二是抓改革')],
    ['其次 is a sequence word, 其中 is text', joinLines('首先，统一思想。', '其次，明确任务。', '其中，重点是项目。'), joinLines('首先，统一思想', '其次，明确任务')],
    ['第一书记, 第一次, 第一时间, 第一方阵 are words', joinLines('正文。', '第一书记要驻村。', '第一次会议召开。', '第一时间报告。'), ''],
  ]);

  test('a lone 最后 is a transition, not a point', () => {
    assert.equal(outlineOf(joinLines('一、总体要求', '正文。', '最后，我再强调一点：要抓好落实。')), '一、总体要求');
    assert.equal(outlineOf(joinLines('首先，统一思想。', '最后，强化保障。')), joinLines('首先，统一思想', '最后，强化保障'));
  });
});

describe('series after a comma and restarted series', () => {
  runTable([
    ['a series after a comma keeps its first item', '主要有三点考虑，一是稳增长；二是调结构；三是防风险。', joinLines('一是稳增长', '二是调结构', '三是防风险')],
    ['items that only follow commas inside one sentence are not points', '这样做，一是节约成本，二是提高效率。', ''],
    ['a lone 一是 after a comma is not a point', '这样做，一是为了节约成本。', ''],
    ['a series restarted after a colon nests under its point', joinLines('一是抓项目。', '二是抓招商：一是以商招商；二是基金招商。', '三是抓服务。'),
      joinLines('一是抓项目', '二是抓招商', '  一是以商招商', '  二是基金招商', '三是抓服务')],
    ['in one paragraph, the outer list\'s next number after a restarted one goes back out', '一是抓项目。二是抓招商：一是招大引强，二是以商招商。三是抓要素。',
      joinLines('一是抓项目', '二是抓招商', '  一是招大引强', '三是抓要素')],
    ['an inner list that continues keeps its number', '一是抓项目。二是抓招商：一是招大引强。二是以商招商。三是抓要素。',
      joinLines('一是抓项目', '二是抓招商', '  一是招大引强', '  二是以商招商', '  三是抓要素')],
    ['a list after the paragraph-start point\'s colon in another family nests as before', '一要抓招商：一是以商招商；二是基金招商。', joinLines('一要抓招商', '  一是以商招商', '  二是基金招商')],
    ['a point inside an earlier paragraph does not hold the next paragraph\'s points', joinLines('议程有两项：一是通报情况；二是作讲话。', '首先，传达精神。', '其次，抓好落实。'),
      joinLines('一是通报情况', '二是作讲话', '首先，传达精神', '其次，抓好落实')],
  ]);
});

describe('collapsed paragraphs, HTML, PDF text', () => {
  runTable([
    ['headings after a sentence end in one line', '下面，我讲三点意见。一、统一思想。各级要重视。（一）提高认识。一是学习。二是落实。二、落实责任',
      joinLines('一、统一思想', '  （一）提高认识', '    一是学习', '    二是落实', '二、落实责任')],
    ['headings after two ideographic spaces, and a heading running into its first sub-heading', '一、主要成效（一）粮食丰收。　　（二）产业发展　　二、存在问题',
      joinLines('一、主要成效', '  （一）粮食丰收', '  （二）产业发展', '二、存在问题')],
    ['headings never start after ；： or ，', '要做到：一、统一思想；二、落实责任，三、加强领导', ''],
    ['HTML break tags, inline tags and entities', '<P><STRONG>一、统一思想</STRONG></P><P>&nbsp;&nbsp;正文。<BR>一是学习。<BR>二是落实。</P>',
      joinLines('一、统一思想', '  一是学习', '  二是落实')],
    ['a < that starts no tag is text', '一、统一思想<3年的计划。', '一、统一思想<3年的计划'],
    ['a hard-wrapped heading shows the whole heading, across a page number', joinLines('一、坚持稳中求进，推动经济高质量发展取得', '- 3 -', '新成效', '　　正文。', '二、加强领导'),
      joinLines('一、坚持稳中求进，推动经济高质量发展取得新成效', '二、加强领导')],
    ['a short heading never takes the next line', joinLines('一、统一思想', '正文没有句号', '二、加强领导'), joinLines('一、统一思想', '二、加强领导')],
    ['an indented or punctuated next line is not a continuation', joinLines('一、坚持稳中求进，推动经济高质量发展取得', '　　新成效', '二、坚持稳中求进，推动经济高质量发展取得', '新成效。正文。'),
      joinLines('一、坚持稳中求进，推动经济高质量发展取得', '二、坚持稳中求进，推动经济高质量发展取得')],
    ['a point\'s lead or a heading hard-wrapped in a PDF paragraph runs on to its sentence end on the next line',
      joinLines('一、2025年工作回顾', '（一）着力稳增长、促发展、调结构、惠民生、防风险，经济运行', '稳中向好。全年实现地区生产总值380亿元，增长5.8%。一是工业',
        '提质增效。二是服务业加快发展，三是消费持续回暖，全年社会消费', '品零售总额增长6%。', '（二）着力抓改革、强创新，发展动能持续增强。'),
      joinLines('一、2025年工作回顾', '  （一）着力稳增长、促发展、调结构、惠民生、防风险，经济运行稳中向好', '    一是工业提质增效', '    二是服务业加快发展', '  （二）着力抓改革、强创新，发展动能持续增强')],
    ['a long heading without its 。 is not joined to the unwrapped paragraph under it', joinLines('一、坚持稳中求进，推动经济高质量发展取得新成效', '过去一年，全县经济运行稳中有进。一是工业提质增效。二是服务业加快发展。'),
      joinLines('一、坚持稳中求进，推动经济高质量发展取得新成效', '  一是工业提质增效', '  二是服务业加快发展')],
    ['a heading without its 。 is not joined to a short line because a one-line paragraph above happens to be as wide',
      joinLines('一、总体要求', '过去一年，我们做了很多工作。', '二、2026年总体要求和目标任务', '今年的目标是增长6%。'), joinLines('一、总体要求', '二、2026年总体要求和目标任务')],
    ['a wrapped lead stops where a node begins on the next line before its sentence ends',
      joinLines('取得了明显成效。一是审批时限大幅压缩，全市企业开办时间', '一要，一是统一思想2025年工作回顾；二是服务提升（0）统一思想。'),
      joinLines('一是审批时限大幅压缩', '一是统一思想2025年工作回顾', '二是服务提升（0）统一思想')],
    ['page numbers do not end a section', joinLines('一、统一思想', '一是学习。', '- 3 -', '第2页共6页', '二是落实。'), joinLines('一、统一思想', '  一是学习', '  二是落实')],
    // A paragraph after the lost indent begins as on a line of its own: an inline point of the
    // paragraph before does not hold it (on lines, 首先 is no child of 一是 either).
    ['a point after a collapsed page\'s lost indent begins its paragraph', '同志们：　　正文。一是认识不足。二是措施不实。　　首先，要提高认识。其次，要压实责任。',
      joinLines('同志们：', '一是认识不足', '二是措施不实', '首先，要提高认识', '其次，要压实责任')],
    ['the same paragraphs on lines', joinLines('同志们：', '正文。一是认识不足。二是措施不实。', '首先，要提高认识。其次，要压实责任。'),
      joinLines('同志们：', '一是认识不足', '二是措施不实', '首先，要提高认识', '其次，要压实责任')],
    ['after a break tag too; a point of its own paragraph still holds the points inside it', '<P>第二，突出重点。一是抓项目。</P><P>首先，要盯紧。</P><P>第三，加强领导。首先，要带头。</P>',
      joinLines('第二，突出重点', '  一是抓项目', '  首先，要盯紧', '第三，加强领导', '  首先，要带头')],
  ]);
});

describe('names', () => {
  runTable([
    ['a point\'s name is its lead phrase', joinLines('一是结构调整取得积极成效，高新技术产业增长12%。', '第二，加强领导，压实责任。'),
      joinLines('一是结构调整取得积极成效', '  第二，加强领导')],
    ['a heading\'s name keeps its two phrases', '（一）统一思想，切实增强责任意识。正文。', '（一）统一思想，切实增强责任意识'],
  ]);
});

describe('residue before the title', () => {
  test('traditional breadcrumbs, document-site lines and a repeated title', () => {
    assert.equal(kindsOf(joinLines(
      '當前位置：首頁 > 領導講話',
      '在全县会议上的讲话',
      '在全县会议上的讲话',
      '文档大小：36KB　　页数：7页',
      '（2025年3月1日）',
      '同志们：',
      '一、统一思想',
    )), joinLines('title:0 在全县会议上的讲话', 'dateline:0 （2025年3月1日）', 'salutation:0 同志们：', 'heading:1 一、统一思想'));
  });

  test('a site name before residue is not the title: the title-like line after the residue is', () => {
    assert.equal(kindsOf(joinLines('某某县人民政府门户网站', '来源：县政府办', '关于重点工作的报告', '各位代表：', '一、工作回顾')),
      joinLines('title:0 关于重点工作的报告', 'salutation:0 各位代表：', 'heading:1 一、工作回顾'));
  });

  test('a date line after the meta line stays the date line', () => {
    assert.equal(kindsOf(joinLines('在全县会议上的讲话', '发布时间：2025-03-01', '（2025年3月1日）', '同志们：')),
      joinLines('title:0 在全县会议上的讲话', 'dateline:0 （2025年3月1日）', 'salutation:0 同志们：'));
  });

  test('a speaker line is not a title-like line with a title\'s words', () => {
    assert.equal(kindsOf(joinLines('政府工作报告', '县长　王某某', '各位代表：')), joinLines('title:0 政府工作报告', 'dateline:0 县长　王某某', 'salutation:0 各位代表：'));
  });

  test('traditional 第一點，第一個方面，第一條，and 最後 are the same markers', () => {
    assert.equal(outlineOf(joinLines('（一）抓好項目建設。第一點，盯緊重大項目；第二點，強化要素保障。', '（二）抓好民生。第一個方面，穩就業。第二個方面，保基本。第三條，兜底線。',
      '（三）壓實責任。首先，明確分工。其次，強化監管。最後，嚴格考核。')), joinLines(
      '（一）抓好項目建設', '  第一點，盯緊重大項目', '  第二點，強化要素保障', '（二）抓好民生', '  第一個方面，穩就業', '  第二個方面，保基本', '    第三條，兜底線',
      '（三）壓實責任', '  首先，明確分工', '  其次，強化監管', '  最後，嚴格考核'));
  });

  test('a host\'s script whose only structure is its agenda 一是…二是… still has its closing', () => {
    assert.equal(kindsOf(joinLines('全县森林防火工作会议主持词', '同志们：', '现在开会。', '会议议程有两项：一是传达会议精神；二是县委书记作重要讲话。',
      '下面，请县委书记作重要讲话。', '同志们，刚才书记作了重要讲话。希望大家认真抓好落实。', '散会。')), joinLines(
      'title:0 全县森林防火工作会议主持词', 'salutation:0 同志们：', 'point:1 一是传达会议精神', 'point:1 二是县委书记作重要讲话', 'closing:0 同志们，刚才书记作了重要讲话'));
  });

  test('an attachment list after the closing is no section: its numbered titles are never headings, and the closing stays', () => {
    const text = joinLines('一、稳住粮食生产', '二、推进乡村振兴', '　　同志们，让我们扎实工作！', '附件：1.2026年重点工作任务分工', '　　　2.乡村振兴考核办法', '　　　3.任务清单');
    assert.equal(kindsOf(text), joinLines('heading:1 一、稳住粮食生产', 'heading:1 二、推进乡村振兴', 'closing:0 同志们，让我们扎实工作'));
    assert.deepEqual(renumberEdits(parseSpeech(text)), []);
    assert.equal(kindsOf(joinLines('一、总体要求', '附件：', '1.任务分工', '2.考核办法', '附件:１．任务分工', '２．考核办法')), 'heading:1 一、总体要求');
  });

  test('after an attachment list, or an attachment line without one, numbered headings are headings again', () => {
    assert.equal(kindsOf(joinLines('附件：1.任务分工', '2.考核办法', '一、附件一的说明', '2.第二项')), joinLines('heading:1 一、附件一的说明', 'heading:3 2.第二项'));
    assert.equal(kindsOf(joinLines('附件1：任务分工', '2.考核办法')), 'heading:3 2.考核办法');
    assert.equal(kindsOf(joinLines('附件：1.任务分工', '　　正文。', '2.考核办法')), 'heading:3 2.考核办法');
  });

  test('a table of contents is no structure: its entries are never headings, and the titles after it are found', () => {
    const collection = joinLines('2026年领导讲话汇编', '目　录', '在全县经济工作会议上的讲话……………………1', '在全县农村工作会议上的讲话……………………5',
      '在全县经济工作会议上的讲话', '（2026年1月8日）', '同志们：', '　　今天召开会议，我讲两点意见。', '　　一、坚定发展信心', '　　同志们，让我们共同努力！',
      '在全县农村工作会议上的讲话', '同志们：', '　　一、稳定粮食生产');
    assert.equal(kindsOf(collection), joinLines('title:0 2026年领导讲话汇编', 'title:0 在全县经济工作会议上的讲话', 'dateline:0 （2026年1月8日）', 'salutation:0 同志们：',
      'heading:1 一、坚定发展信心', 'closing:0 同志们，让我们共同努力', 'title:0 在全县农村工作会议上的讲话', 'salutation:0 同志们：', 'heading:1 一、稳定粮食生产'));
    const report = joinLines('政府工作报告', '目录', '一、2025年工作回顾……………………2', '二、2026年总体要求 ·········· 8', '三、2026年重点工作…………10', '各位代表：', '一、2025年工作回顾', '二、2026年总体要求');
    assert.equal(outlineOf(report), joinLines('政府工作报告', '各位代表：', '一、2025年工作回顾', '二、2026年总体要求'));
    assert.deepEqual(checkNumbering(parseSpeech(report)), []);
    // The cleanup keeps it: a table of contents is the document's, not a page's.
    assert.equal(cleanText(report).text, report);
    assert.equal(residueKind('目　录'), 'contents');
  });

  test('a line ending in an ellipsis and a number is no table of contents when it holds a sentence end', () => {
    assert.equal(kindsOf(joinLines('一、总体要求', '二、全年增长目标。增长……6', '三、主要任务……')), joinLines('heading:1 一、总体要求', 'heading:1 二、全年增长目标', 'heading:1 三、主要任务……'));
  });

  test('traditional closing cues', () => {
    assert.equal(kindsOf(joinLines('一、統一思想', '同志們，讓我們共同努力！')), joinLines('heading:1 一、統一思想', 'closing:0 同志們，讓我們共同努力'));
  });
});
