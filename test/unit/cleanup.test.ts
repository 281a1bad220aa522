// The paste cleanup (src/core/cleanup): a table per step with drafts in the shapes real pages and
// PDFs give, then properties over generated web pages and drafts.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { cleanText, describeCleanup, formatMessage, isPageNumberLine, isResidueLine, parseSpeech, residueKind, type CleanupOptions } from '../../src/core';
import { splitAtMarkers } from '../../src/core/cleanupParagraphs';
import { draft } from './arbitraries';
import { joinLines, outlineOf } from './helpers';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

function clean(text: string, options?: CleanupOptions): string {
  return cleanText(text, options).text;
}

/** [what, input, expected output] */
type Case = [string, string, string];

function runTable(cases: Case[], options?: CleanupOptions): void {
  for (const [what, input, expected] of cases) {
    test(what, () => {
      const first = clean(input, options);
      assert.equal(first, expected);
      assert.equal(clean(first, options), first, 'cleaning again changes nothing');
    });
  }
}

describe('residue lines (the parser\'s table)', () => {
  const residue = [
    '当前位置：首页 > 新闻中心 > 领导讲话', '您现在的位置: 首页>政务公开', '首页 > 要闻', '發布時間：2026-03-06', '当前位置：首頁 > 新聞',
    '时间：2026-03-06 来源：县政府办公室 作者：张三', '來源：縣政府辦公室', '浏览次数：1234', '瀏覽次數：88', '【字体：大 中 小】', '【字體：大 中 小】',
    '【打印本页】【关闭窗口】', '[打印本頁] [關閉窗口]', '分享到：微信 微博', '扫一扫在手机打开当前页', '【我要纠错】', '责任编辑：李四', '責任編輯：李四',
    '（责任编辑：王五）', '(來源：新華網)', '上一篇：关于做好春耕工作的通知', '下一篇：', '相关阅读', '版权所有：某某县人民政府', '版權所有 © 2026',
    'Copyright © 2026 某某县', '京ICP备12345678号', '豫公网安备41000000000000号', '网站标识码：4100000000', '網站地圖 | 聯繫我們', '设为首页 | 加入收藏',
    '服务热线：12345', '主办单位：某某县人民政府办公室', '文档大小：1.2MB', '页数：12页', '下载积分：5', '立即下载', '在线预览', '剩余2345字未读',
    '还剩5页未读，继续阅读', '标签：安全生产 工作会议', '站内搜索', '请输入关键词', '----------', '——————', '(0)', '0%', '赞(3)', '評論(0)',
  ];
  for (const line of residue) {
    test(`residue: ${line}`, () => assert.ok(isResidueLine(line), line));
  }
  const content = [
    '【基本情况】', '【工作要求】', '时间紧、任务重，大家要抓紧。', '时间，就是生命。', '主办单位要高度重视，精心组织。', '编辑部的同志们辛苦了。',
    '分享经验是我们的传统。', '点击率不是唯一标准。', '下载了大量资料。', '首页设计要简洁。', '阅读是一种习惯。', '剩余工作要抓紧完成。',
    '标签化管理要不得。', '时间：就是现在！', '（一）加强组织领导', '（2026年3月6日）', '同志们：', '在全县安全生产工作会议上的讲话', '作者同志们好',
  ];
  for (const line of content) {
    test(`content: ${line}`, () => assert.equal(residueKind(line), undefined, line));
  }
  const pages = ['- 3 -', '— 12 —', '－3－', '3', '第1页共10页', '第 2 页 / 共 10 页', '共10页 第3页', '3/10', 'Page 3 of 10', '第1頁'];
  for (const line of pages) {
    test(`page number: ${line}`, () => assert.ok(isPageNumberLine(line) && isResidueLine(line), line));
  }
  test('attachments are a barrier for the outline but stay in the text', () => {
    assert.equal(residueKind('附件：1.安全生产责任清单'), 'attachment');
    assert.equal(clean('同志们：\n附件：1.安全生产责任清单\n'), '同志们：\n附件：1.安全生产责任清单\n');
  });
});

describe('step 1: residue lines go, never a sentence', () => {
  runTable([
    ['residue before the title and after the speech',
      joinLines('当前位置：首页 > 新闻中心 > 领导讲话', '发布时间：2026-03-06　来源：县政府办公室　浏览次数：1234', '【字体：大 中 小】【打印本页】【关闭窗口】',
        '在全县安全生产工作会议上的讲话', '同志们：', '　　今天我们召开会议。', '【基本情况】', '　　去年全县未发生较大事故。', '上一篇：关于春耕的通知', '版权所有：某某县人民政府 网站标识码：1234', '京ICP备12345678号', ''),
      joinLines('在全县安全生产工作会议上的讲话', '同志们：', '　　今天我们召开会议。', '【基本情况】', '　　去年全县未发生较大事故。', '')],
    ['traditional residue',
      joinLines('當前位置：首頁 > 新聞中心', '發布時間：2026-03-06 來源：縣政府辦公室', '【字體：大 中 小】', '在全縣工作會議上的講話', '同志們：', '　　今天我們召開會議。', '【關閉窗口】', '版權所有：某某縣人民政府'),
      joinLines('在全縣工作會議上的講話', '同志們：', '　　今天我們召開會議。')],
    ['a numbered line is never residue', joinLines('1.新闻', '（1）来源', '一、时间'), joinLines('1.新闻', '（1）来源', '一、时间')],
  ]);
  test('the report counts residue lines and lists them', () => {
    const result = cleanText(joinLines('首页 > 讲话', '同志们：', '　　好。', '(0)'));
    assert.equal(result.report.residueLines, 2);
    assert.deepEqual(result.removed, ['首页 > 讲话', '(0)']);
  });
});

describe('step 2: HTML to text', () => {
  runTable([
    ['tags left in the text: <BR> <P> </SPAN></td>',
      '<P>在全县工作会议上的讲话<BR>同志们：</P><P>&nbsp;&nbsp;今天我们召开会议。</SPAN></td>',
      joinLines('在全县工作会议上的讲话', '同志们：', '', '　　今天我们召开会议。')],
    ['entities decoded, named and numeric',
      '<p>会议强调&ldquo;两个确保&rdquo;&mdash;&mdash;确保安全&amp;稳定&#12290;&#x4E00;要落实。</p>',
      '会议强调“两个确保”——确保安全&稳定。一要落实。'],
    ['scripts, styles and comments go with their content',
      '<html><head><title>某某网</title><style>p{color:red}</style></head><body><!-- 广告 --><p>同志们：</p><script>var 标题="x";</script><p>今天开会。</p></body></html>',
      joinLines('同志们：', '', '今天开会。')],
    ['a whole HTML document: source line breaks between Chinese characters are not breaks',
      '<!DOCTYPE html>\n<html><body>\n<p>今天我们召开全县\n安全生产工作会议。</p>\n<p>Safety\nfirst</p></body></html>',
      joinLines('今天我们召开全县安全生产工作会议。', '', 'Safety first')],
    ['an escaped tag stays text, so cleaning again changes nothing', '<p>写作&lt;p&gt;标签与a &lt; b</p>', '写作&lt;p>标签与a < b'],
    ['text without tags is not HTML: 1<2 and a>b stay', '如果1<2且a>b，则成立。', '如果1<2且a>b，则成立。'],
  ]);
  test('the report counts tags and entities', () => {
    const { report } = cleanText('<p>甲&nbsp;乙</p><br/>');
    assert.deepEqual([report.htmlTags, report.entities], [3, 1]);
  });
  test('HTML from the clipboard (html: true)', () => {
    assert.equal(clean('<meta charset="utf-8"><span style="font-size:16px">一要提高\n认识。</span><br><span>二要压实责任。</span>', { html: true }),
      joinLines('一要提高认识。', '二要压实责任。'));
  });
});

describe('step 3: collapsed paragraphs split', () => {
  runTable([
    ['a whole speech on one line, paragraphs separated by two ideographic spaces',
      '在全县安全生产工作会议上的讲话　　同志们：　　今天，我们召开会议。下面，我讲三点意见。一、统一思想，切实增强责任意识。安全是底线。（一）认清形势。去年以来，事故总量下降。一是隐患仍然存在。二是基础依然薄弱。二、突出重点　　同志们，让我们共同努力！',
      joinLines('在全县安全生产工作会议上的讲话', '同志们：', '　　今天，我们召开会议。下面，我讲三点意见。', '一、统一思想，切实增强责任意识。安全是底线。',
        '（一）认清形势。去年以来，事故总量下降。', '一是隐患仍然存在。', '二是基础依然薄弱。', '二、突出重点', '　　同志们，让我们共同努力！')],
    ['runs of no-break spaces (&nbsp; copied from a page)', '同志们：\u00a0\u00a0\u00a0\u00a0今天开会。\u00a0\u00a0\u00a0\u00a0明天落实。', joinLines('同志们：', '　　今天开会。', '　　明天落实。')],
    ['headings after sentence ends in one line', '会议很重要。一、总体要求。要坚持原则。二、主要任务。要抓好落实。', joinLines('会议很重要。', '一、总体要求。要坚持原则。', '二、主要任务。要抓好落实。')],
    ['points inside a written paragraph stay together', '　　一是抓安全。二是抓发展。三是抓民生。', '　　一是抓安全。二是抓发展。三是抓民生。'],
    ['one sentence like 三、四月份 stays', '　　去年很忙。三、四月份是关键。', '　　去年很忙。三、四月份是关键。'],
    // A web page's meta line splits at its runs, but its pieces are all residue: no sign of a collapsed page.
    ['a meta line with ideographic runs, removed, is no evidence of a collapsed page: points in a paragraph stay together',
      joinLines('发布时间：2026-01-10 09:30　　来源：县委办公室　　浏览次数：1234', '同志们：', '　　（一）抓项目。一是强化谋划。要早谋划。二是加快建设。要快建设。',
        '版权所有：某某县人民政府办公室　　技术支持：某某网络公司'),
      joinLines('同志们：', '　　（一）抓项目。一是强化谋划。要早谋划。二是加快建设。要快建设。')],
    ['a letter-spaced title and a bare marker do not split', joinLines('讲　　话', '一、　　总体要求'), joinLines('讲　　话', '一、　　总体要求')],
    // ； and ： are not sentence ends: points running on after them are one paragraph, as written.
    ['a collapsed page: points after ； stay in their paragraph', '同志们：　　今天开会。　　一是抓安全；二是抓发展；三是抓民生。　　二、压实责任',
      joinLines('同志们：', '　　今天开会。', '　　一是抓安全；二是抓发展；三是抓民生。', '　　二、压实责任')],
    ['a collapsed line: a heading after ； is not split off', '会议很重要。一、总体要求。二、主要任务；三、四月份要抓紧。', joinLines('会议很重要。', '一、总体要求。', '二、主要任务；三、四月份要抓紧。')],
    ['a sub-heading run on after its heading (no mark between) is split off, as the parser reads it', '一、统一思想（一）提高认识。要把思想统一到会议精神上来。',
      joinLines('一、统一思想', '（一）提高认识。要把思想统一到会议精神上来。')],
    ['run-on sub-headings two levels down, indented', '　　1.加强学习(1)读原文。要逐字逐句读。', joinLines('　　1.加强学习', '(1)读原文。要逐字逐句读。')],
    ['a run-on chain inside a collapsed line', '会议很重要。一、统一思想（一）提高认识（1）加强学习。要学。一是学；二是干。二、压实责任。要落实。',
      joinLines('会议很重要。', '一、统一思想', '（一）提高认识', '（1）加强学习。要学。', '一是学；二是干。', '二、压实责任。要落实。')],
    ['brackets that are no sub-heading numbered one stay', joinLines('一、贯彻落实（二）号文件精神', '（一）提高认识（2026年）', '一、总体要求。（一）是关键'),
      joinLines('一、贯彻落实（二）号文件精神', '（一）提高认识（2026年）', '一、总体要求。（一）是关键')],
  ]);
  test('the report counts the splits the text shows, not those of residue lines removed', () => {
    const page = joinLines('发布时间：2026-01-10　　来源：县委办公室', '同志们：　　今天开会。　　一、统一思想');
    const { report } = cleanText(page);
    assert.equal(report.residueLines, 2);
    assert.equal(report.paragraphsSplit, 2);
  });
  test('the split lines read as the parser read the run-on line: same outline', () => {
    for (const text of ['一、统一思想（一）提高认识（1）加强学习。要学。二是干。', '会议很重要。一、统一思想（一）提高认识。要抓好。一是学；二是干。二、压实责任。要落实。']) {
      const cleaned = clean(text);
      assert.notEqual(cleaned, text);
      assert.equal(outlineOf(cleaned), outlineOf(text));
    }
  });
});

describe('step 4: hard-wrapped lines joined', () => {
  const wrapped = joinLines(
    '在全县安全生产工作会议上的讲话',
    '同志们：',
    '　　今天，我们召开全县安全生产工作会议，主要任务是总结',
    '去年全县安全生产工作，分析当前面临的形势，部署今年的重',
    '点任务。',
    '- 1 -',
    '一、统一思想，切实增强做好安全生产工作的责任感和紧迫感',
    '　　安全生产是发展的底线，也是民生的红线。各级各部门要把',
    '',
    '第1页共10页',
    '',
    '安全生产放在更加突出的位置，时刻绷紧安全这根弦，坚决守',
    '住不发生重特大事故的底线。',
    '二、突出重点，扎实推进隐患排查整治',
    '　　隐患就是事故，排查整治是防范事故的关键环节。',
  );
  runTable([
    ['paragraphs and headings back together, page numbers gone', wrapped, joinLines(
      '在全县安全生产工作会议上的讲话',
      '同志们：',
      '　　今天，我们召开全县安全生产工作会议，主要任务是总结去年全县安全生产工作，分析当前面临的形势，部署今年的重点任务。',
      '一、统一思想，切实增强做好安全生产工作的责任感和紧迫感',
      '　　安全生产是发展的底线，也是民生的红线。各级各部门要把安全生产放在更加突出的位置，时刻绷紧安全这根弦，坚决守住不发生重特大事故的底线。',
      '二、突出重点，扎实推进隐患排查整治',
      '　　隐患就是事故，排查整治是防范事故的关键环节。',
    )],
    ['a draft with one paragraph per line is not wrapped', joinLines('一、总体要求', '　　全县各级要高度重视安全生产工作，坚持人民至上、生命至上，把安全生产摆在更加突出的位置', '二、主要任务'),
      joinLines('一、总体要求', '　　全县各级要高度重视安全生产工作，坚持人民至上、生命至上，把安全生产摆在更加突出的位置', '二、主要任务')],
  ]);
  test('the report counts joins and page numbers', () => {
    const { report } = cleanText(wrapped);
    assert.deepEqual([report.linesJoined, report.pageNumbers], [4, 2]);
  });
  // A PDF is print: “” —— …… take a full cell there, as every 汉字 (28 to a line here). Measured as
  // a terminal shows them (one column each), a line holding seven of them looked short of the wrap
  // width and stayed broken, in the middle of its ——.
  test('lines wrapped in print are measured as printed: quotes, dashes and ellipses take a full cell', () => {
    const quoted = joinLines(
      '在全县优化营商环境工作会议上的讲话',
      '同志们：',
      '　　今年是“十四五”规划收官之年，也是“十五五”谋篇布局',
      '之年。优化营商环境没有“完成时”，只有“进行时”。',
      '一、提高站位，切实增强优化营商环境的责任感和紧迫感',
      '　　各级各部门要牢固树立“人人都是营商环境、事事关系营商',
      '环境”的理念，推动“一网通办”“一窗受理”“一次办好”—',
      '—让企业和群众办事“只进一扇门”“最多跑一次”“好办事”',
      '……真正做到“无事不扰、有求必应”。',
      '二、突出重点，扎实推进营商环境持续改善',
      '　　要坚持问题导向，聚焦企业反映强烈的“办事难”“融资难',
      '”“用工难”等问题，逐项建立台账、逐一销号清零，确保各项',
      '措施落地见效。',
    );
    assert.equal(clean(quoted), joinLines(
      '在全县优化营商环境工作会议上的讲话',
      '同志们：',
      '　　今年是“十四五”规划收官之年，也是“十五五”谋篇布局之年。优化营商环境没有“完成时”，只有“进行时”。',
      '一、提高站位，切实增强优化营商环境的责任感和紧迫感',
      '　　各级各部门要牢固树立“人人都是营商环境、事事关系营商环境”的理念，推动“一网通办”“一窗受理”“一次办好”——让企业和群众办事“只进一扇门”“最多跑一次”“好办事”……真正做到“无事不扰、有求必应”。',
      '二、突出重点，扎实推进营商环境持续改善',
      '　　要坚持问题导向，聚焦企业反映强烈的“办事难”“融资难”“用工难”等问题，逐项建立台账、逐一销号清零，确保各项措施落地见效。',
    ));
    assert.equal(cleanText(quoted).report.linesJoined, 6);
  });

  test('a title as wide as the wrap stays its own line before the salutation or the date line', () => {
    const body = [
      '　　今年是“十四五”规划收官之年，也是“十五五”谋篇布局',
      '之年。优化营商环境没有“完成时”，只有“进行时”。各级',
      '各部门要牢固树立“人人都是营商环境”的理念，推动“一网',
      '通办”“一窗受理”，确保各项措施落地见效。',
    ];
    const title = '在全县深化“放管服”改革优化营商环境工作会议上的讲话'; // 26 of the 28 cells
    for (const second of ['同志们：', '（2026年3月6日）']) {
      const cleaned = clean(joinLines(title, second, ...body));
      assert.deepEqual(cleaned.split('\n').slice(0, 3), [title, second, body.join('')], second);
    }
  });
});

describe('a marker followed directly by its text (as GB/T 9704 writes it)', () => {
  // Copied from Word with automatic numbering: the number, a tab, then the text.
  const fromWord = joinLines(
    '在全县教育工作会议上的讲话',
    '同志们：',
    '一、\t提高站位，增强办好人民满意教育的责任感',
    '（一）\t深化教育改革。要抓住关键环节。',
    '1.\t加强师资队伍建设',
    '（1） 规范办学行为',
    '　　一是　加强领导。二是 加强协调。',
    '1. 5亿元的项目已经开工。',
  );
  runTable([
    ['tabs and spaces after a line-start marker go; not inside a paragraph, not before a digit', fromWord, joinLines(
      '在全县教育工作会议上的讲话',
      '同志们：',
      '一、提高站位，增强办好人民满意教育的责任感',
      '（一）深化教育改革。要抓住关键环节。',
      '1.加强师资队伍建设',
      '（1）规范办学行为',
      '　　一是加强领导。二是 加强协调。',
      '1. 5亿元的项目已经开工。',
    )],
    // Read as a heading (一、 then text): the blank goes, the words stay as they were.
    ['a marker the parser reads at a line start, whatever follows', '一、统一思想\n二、加强领导\n五、 六月份要抓好防汛。\n', '一、统一思想\n二、加强领导\n五、六月份要抓好防汛。\n'],
  ]);
  test('counted, and said in both languages', () => {
    const { report } = cleanText(fromWord);
    assert.equal(report.markerBlanks, 5);
    const chinese = JSON.parse(readFileSync(join(__dirname, '../../../l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    const said = describeCleanup(report);
    assert.deepEqual(said.map((m) => formatMessage(m)), ['removed the blanks after 5 heading and point markers']);
    assert.deepEqual(said.map((m) => formatMessage(m, chinese)), ['删除序号后的空白 5 处']);
  });
});

describe('step 5: punctuation, digits and spaces (GB/T 15834)', () => {
  runTable([
    ['half-width marks between Chinese characters', '同志们:今天开会,大家辛苦了!有没有问题?没有;好.', '同志们：今天开会，大家辛苦了！有没有问题？没有；好。'],
    ['numbers, times, URLs and 1. markers stay', '1.增长3.5%,时间9:30,网址http://www.gov.cn/a.html,共1,000人.', '1.增长3.5%，时间9:30，网址http://www.gov.cn/a.html，共1,000人。'],
    ['document numbers and brackets', '根据某政发〔2026〕3号文件(附后)和(1)项要求', '根据某政发〔2026〕3号文件（附后）和(1)项要求'],
    ['half-width brackets around a Chinese marker', '(一)加强领导', '（一）加强领导'],
    ['一. written as a marker keeps its period', '一.统一思想', '一.统一思想'],
    ['full-width digits become ASCII', '２０２６年３月６日，增长１２．５％', '2026年3月6日，增长12．5％'],
    ['no spaces between Chinese and digits or Latin', '2026 年 3 月, GDP 增长 5 %', '2026年3月，GDP增长5 %'],
    ['spaces after a mark made full width', '我们要统一思想, 提高认识.', '我们要统一思想，提高认识。'],
    ['repeated marks', '好!!真的吗??', '好！！真的吗？？'],
    ['English stays English', 'Hello, world. It is 9:30.', 'Hello, world. It is 9:30.'],
  ]);
  test('the report counts marks, digits and spaces', () => {
    const { report } = cleanText('２０２６ 年,好.');
    assert.deepEqual([report.punctuation, report.digits, report.spaces], [2, 4, 1]);
  });
});

describe('step 6: layout', () => {
  const draftText = joinLines('', '  在全县工作会议上的讲话  ', '（2026年3月6日）', '同志们：', '', '', '今天开会。', '    一要提高认识。', '', '');
  runTable([['keep: runs of blank lines become one, indents become two ideographic spaces (not on the title), trailing blanks go', draftText,
    joinLines('在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '', '今天开会。', '　　一要提高认识。', '')]]);
  runTable([['one blank line, ideographic indent except title, date line and salutation', draftText,
    joinLines('在全县工作会议上的讲话', '', '（2026年3月6日）', '', '同志们：', '', '　　今天开会。', '', '　　一要提高认识。', '')]], { blankLines: 'one', indent: 'ideographic' });
  runTable([['no blank lines, no indent', draftText,
    joinLines('在全县工作会议上的讲话', '（2026年3月6日）', '同志们：', '今天开会。', '一要提高认识。', '')]], { blankLines: 'none', indent: 'none' });
  const structured = joinLines('　　在全县工作会议上的讲话', '　　——在全县春耕动员会上', '　　同志们：', '今天开会。', '　　一、统一思想', '（一）提高认识。要学深悟透。', '　　一要提高认识。二、狠抓落实', '同志们，让我们行动起来！', '');
  runTable([
    ['keep: the title (both lines) and salutation lose their indent, headings and body keep theirs', structured,
      joinLines('在全县工作会议上的讲话', '——在全县春耕动员会上', '同志们：', '今天开会。', '　　一、统一思想', '（一）提高认识。要学深悟透。', '　　一要提高认识。二、狠抓落实', '同志们，让我们行动起来！', '')],
    ['keep: a salutation split out of a collapsed line at its lost indent stays flush left',
      '在全县工作会议上的讲话　　同志们:　　今天开会.一、统一思想　　要提高认识.',
      joinLines('在全县工作会议上的讲话', '同志们：', '　　今天开会。', '一、统一思想', '　　要提高认识。')],
  ]);
  runTable([['ideographic: headings that begin their line stay flush left; body, points, an inline heading\'s paragraph and the closing are indented', structured,
    joinLines('在全县工作会议上的讲话', '——在全县春耕动员会上', '同志们：', '　　今天开会。', '一、统一思想', '（一）提高认识。要学深悟透。', '　　一要提高认识。二、狠抓落实', '　　同志们，让我们行动起来！', '')]], { indent: 'ideographic' });
  test('CRLF and a BOM are kept', () => {
    assert.equal(clean('\ufeff同志们:\r\n今天开会.\r\n'), '\ufeff同志们：\r\n今天开会。\r\n');
  });
  test('a clean draft is unchanged and says so', () => {
    const text = joinLines('在全县工作会议上的讲话', '同志们：', '　　今天开会。', '', '一、总体要求', '　　一要提高认识。', '');
    const result = cleanText(text);
    assert.equal(result.changed, false);
    assert.equal(result.text, text);
  });
});

// ---- properties ----

const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud8bf][\udc00-\udfff]/g;
function ideographs(text: string): string[] {
  return text.match(IDEOGRAPH) ?? [];
}

function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let j = 0;
  for (const item of whole) {
    if (j < part.length && part[j] === item) {
      j++;
    }
  }
  return j === part.length;
}

// Web pages, the way they arrive: residue around a speech, collapsed, in HTML, hard-wrapped with
// page numbers, with half-width punctuation, full-width digits and spaces.
const residueLine = fc.constantFrom(
  '当前位置：首页 > 新闻中心 > 领导讲话', '发布时间：2026-03-06　来源：县政府办公室', '【字体：大 中 小】【打印本页】', '版权所有：某某县人民政府', '京ICP备12345678号',
  '當前位置：首頁 > 新聞', '來源：縣政府辦公室', '(0)', '----------', '上一篇：关于春耕的通知', '剩余2345字未读', '- 3 -', '第2页共10页',
);
const words = fc.constantFrom('统一思想', '切实增强责任意识', '加强领导', '压实责任', '第一书记', '一方面', '1.5亿元', '3.2%', '2025年以来', '2026 年',
  '９月', 'GDP 增长', '9:30', '三、四月份', '𠀀', '【基本情况】', '首先是', '一要素', '时间', '主办单位要', 'www.gov.cn');
const mark = fc.constantFrom('。', '，', '；', '！', '？', '：', '、', ',', '.', ';', '!', '?', ':', '');
const lead = fc.constantFrom('', '', '一、', '（二）', '(三)', '1.', '２．', '（1）', '一要', '二是', '第三，', '首先，', '同志们：');
const paragraph = fc.tuple(lead, fc.array(fc.tuple(words, mark), { minLength: 1, maxLength: 8 }))
  .map(([first, parts]) => first + parts.map(([w, m]) => w + m).join(''));
const cleanDraft = fc.array(fc.tuple(fc.constantFrom('', '　　', '  '), paragraph), { minLength: 1, maxLength: 12 })
  .map((paragraphs) => paragraphs.map(([indent, text]) => indent + text));

/** Hard-wraps paragraphs at `width` characters, with a page number every few lines. */
function hardWrap(paragraphs: readonly string[], width: number): string {
  const lines: string[] = [];
  for (const text of paragraphs) {
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i += width) {
      lines.push(chars.slice(i, i + width).join(''));
      if (lines.length % 7 === 0) {
        lines.push(`- ${lines.length / 7} -`);
      }
    }
  }
  return lines.join('\n');
}

const webPage = fc.tuple(
  fc.array(residueLine, { maxLength: 4 }),
  cleanDraft,
  fc.array(residueLine, { maxLength: 4 }),
  fc.constantFrom('lines', 'collapsed', 'html', 'wrapped', 'blank'),
  fc.integer({ min: 12, max: 30 }),
).map(([before, body, after, shape, width]) => {
  switch (shape) {
    case 'collapsed':
      return [...before, body.join('　　'), ...after].join('\n');
    case 'html':
      return [...before, ...body, ...after].map((line) => `<p>${line.replace(/ /g, '&nbsp;')}</p>`).join('');
    case 'wrapped':
      return [...before, hardWrap(body, width), ...after].join('\n');
    case 'blank':
      return [...before, ...body, ...after].join('\n\n');
    default:
      return [...before, ...body, ...after].join('\n');
  }
});

const anyText = fc.oneof(webPage, draft);
const options = fc.record({ blankLines: fc.constantFrom('none', 'one', 'keep'), indent: fc.constantFrom('none', 'ideographic', 'keep') }) as fc.Arbitrary<CleanupOptions>;

describe('cleanup properties', () => {
  test('idempotent: cleaning the result again changes nothing', () => {
    fc.assert(fc.property(anyText, options, (text, opts) => {
      const once = clean(text, opts);
      assert.equal(clean(once, opts), once);
    }), { numRuns: RUNS });
  });

  test('no content lost: every Chinese character outside removed residue lines is still there, in order', () => {
    fc.assert(fc.property(anyText, options, (text, opts) => {
      fc.pre(!text.includes('<') && !text.includes('&'));
      const result = cleanText(text, opts);
      const kept = ideographs(result.text);
      const input = ideographs(text);
      assert.ok(isSubsequence(kept, input), 'kept characters are in order');
      assert.equal(kept.length + result.removed.reduce((sum, line) => sum + ideographs(line).length, 0), input.length);
      for (const line of result.removed) {
        assert.ok(isResidueLine(line), `removed only residue: ${line}`);
      }
    }), { numRuns: RUNS });
  });

  test('a residue-free draft changes only in punctuation and layout', () => {
    const canonical = (text: string): string => text.replace(/[\s\u3000\u00a0\ufeff]/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/[，,]/g, ',').replace(/[：:]/g, ':').replace(/[；;]/g, ';').replace(/[？?]/g, '?').replace(/[！!]/g, '!').replace(/[。.]/g, '.').replace(/[（(]/g, '(').replace(/[）)]/g, ')');
    fc.assert(fc.property(cleanDraft, options, (paragraphs, opts) => {
      fc.pre(paragraphs.every((line) => residueKind(line.trim()) === undefined));
      const text = paragraphs.join('\n');
      const result = cleanText(text, opts);
      assert.deepEqual(result.removed, []);
      assert.equal(canonical(result.text), canonical(text));
    }), { numRuns: RUNS });
  });

  test('a collapsed line is split only where the parser reads a heading or point (the same rules)', () => {
    const word = fc.constantFrom('统一思想', '切实增强责任意识', '第一书记', '一方面', '1.5亿元', '3.2%', '2025年以来', '三、四月份', '【基本情况】', '首先是',
      '一要素', '主办单位要', '同志们', '”', '');
    const marker = fc.constantFrom('', '', '（一）', '(一)', '（1）', '（二）', '1.', '一、', '二、', '一是', '二是', '第三，', '首先，', '一要');
    const stop = fc.constantFrom('。', '，', '；', '！', '？', '：', '、', '', '。”', ',');
    const line = fc.tuple(fc.constantFrom('一、总体要求。', '', '同志们：', '　　一是抓落实。', '（一）'), fc.array(fc.tuple(marker, word, stop), { minLength: 1, maxLength: 20 }))
      .map(([first, parts]) => first + parts.map(([m, w, p]) => m + w + p).join(''));
    let splits = 0;
    fc.assert(fc.property(line, (text) => {
      const pieces = splitAtMarkers([text], true, { paragraphsSplit: 0 });
      const starts = new Set(parseSpeech(text).nodes.map((node) => node.start));
      let from = 0;
      pieces.forEach((part, index) => {
        const at = text.indexOf(part, from);
        from = at + part.length;
        if (index > 0) {
          splits++;
          assert.ok(starts.has(at), `split at ${at} (${part.slice(0, 10)}…) where the parser reads no node`);
        }
      });
    }), { numRuns: RUNS });
    assert.ok(splits > RUNS / 2, `${splits} splits checked`);
  });

  test('hostile input: a megabyte of tags, of ideographic spaces, of half-width punctuation', () => {
    // Time is measured in the benchmark (npm run bench:cleanup); here: it finishes, loses nothing, and is stable.
    const hostile = ['<p>'.repeat(350_000), '<p '.repeat(350_000), '\u3000'.repeat(1_000_000), '甲\u3000\u3000'.repeat(330_000), ',.:;?!()'.repeat(130_000),
      '甲,'.repeat(500_000), '&&&&'.repeat(250_000), '<!--'.repeat(250_000), '。一、甲'.repeat(250_000), '甲'.repeat(40).concat('\n').repeat(25_000)];
    for (const text of hostile) {
      const once = cleanText(text);
      assert.equal(clean(once.text), once.text);
    }
  });
});
