// Word export (the official layout) and import (.docx → draft), read back through the package's XML.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import * as docx from 'docx';
import fc from 'fast-check';
import { formatMessage, outlineToJson, parseSpeech } from '../../src/core';
import { DEFAULT_WORD_FONTS, FONT_ROLES, gridCharPitch, layoutSpeech, officialPage, paragraphText, parseFontList } from '../../src/core/wordLayout';
import chinese from '../../l10n/bundle.l10n.zh-cn.json';
import { readWordDocument, WordReadError, type WordProblem } from '../../src/core/wordImport';
import { formatListNumber } from '../../src/core/wordNumberFormats';
import { attribute, xmlTags } from '../../src/core/xml';
import { styleId, writeDocx } from '../../src/word/docxWriter';
import { draft } from './arbitraries';
import { joinLines } from './helpers';
import { deflateRepeated, documentParagraphs, list, num, p, readParts, wordPackage, zip, CONTENT_TYPES } from './wordFixtures';

const root = resolve(__dirname, '../../..');
const samples = readdirSync(join(root, 'samples')).filter((name) => name.endsWith('.speech')).map((name) => ({ name, text: readFileSync(join(root, 'samples', name), 'utf8') }));
const sample = samples.find((s) => s.name === '安全生产工作会议讲话.speech')!.text;

/** What export → open must give back: each line without its indentation (the styles indent), residue left out. */
function expectedText(text: string): string {
  const model = parseSpeech(text);
  const residue = new Set(layoutSpeech(model).residueLines);
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines.filter((_, i) => !residue.has(i)).map((line) => line.replace(/^[\s\u3000]+/, '') + '\n').join('');
}

async function exported(text: string, options = {}): Promise<{ bytes: Uint8Array; parts: Map<string, string> }> {
  const bytes = await writeDocx(layoutSpeech(parseSpeech(text), options));
  return { bytes, parts: await readParts(bytes) };
}

function tagsOf(xml: string, name: string): ReturnType<typeof xmlTags> extends Generator<infer T> ? T[] : never {
  return [...xmlTags(xml)].filter((tag) => tag.name === name && !tag.closing);
}

/** The XML of one style in styles.xml. */
function styleXml(styles: string, id: string): string {
  const start = styles.indexOf(`w:styleId="${id}"`);
  assert.ok(start >= 0, `style ${id} exists`);
  return styles.slice(start, styles.indexOf('</w:style>', start));
}

describe('Word layout (GB/T 9704-2012)', () => {
  test('the page arithmetic: A4, margins 37/28/35/26 mm, 22 lines of 579 twips, 28 characters of 3号', () => {
    const page = officialPage();
    assert.deepEqual([page.width, page.height], [11906, 16838]);
    assert.deepEqual([page.marginTop, page.marginLeft, page.marginBottom, page.marginRight], [2097, 1587, 1984, 1474]);
    assert.equal(page.linePitch, 579);
    const textHeight = page.height - page.marginTop - page.marginBottom;
    assert.ok(22 * page.linePitch <= textHeight && 22 * 580 > textHeight, '579 fits 22 lines, 580 (29 pt) does not');
    const textWidth = (page.width - page.marginLeft - page.marginRight) / 20;
    const pitch = gridCharPitch(page);
    assert.ok(page.charSpace < 0);
    assert.equal(Math.floor(textWidth / pitch), 28, `${textWidth} pt / ${pitch} pt holds 28 characters`);
  });

  test('each line of the sample gets the style of its part; indentation goes, the text stays', () => {
    const layout = layoutSpeech(parseSpeech(sample));
    const roles = layout.paragraphs.filter((paragraph) => paragraph.runs.length > 0).map((paragraph) => `${paragraph.role} ${paragraphText(paragraph).slice(0, 12)}`);
    assert.deepEqual(roles.slice(0, 6), [
      'title 在全县安全生产工作会议上',
      'dateline （2026年3月6日）',
      'salutation 同志们：',
      'body 今天召开全县安全生产工作',
      'heading1 一、统一思想，切实增强做',
      'body 安全生产是发展的底线，也',
    ]);
    assert.equal(layout.title, '在全县安全生产工作会议上的讲话');
    const closing = layout.paragraphs.find((paragraph) => paragraphText(paragraph).startsWith('同志们，安全生产责任重于泰山'));
    assert.equal(closing?.role, 'body', 'the closing is body text');
  });

  test('headings by level, the rest of a heading line as body text, bold options', () => {
    const text = joinLines('一、总体要求', '（一）指导思想。要坚持稳中求进。', '1.加强领导。各级要担起责任。', '（1）明确分工', '　　一是压实责任。要层层落实。二是强化考核。');
    const plain = layoutSpeech(parseSpeech(text));
    assert.deepEqual(plain.paragraphs.map((paragraph) => paragraph.role), ['heading1', 'heading2', 'heading3', 'heading4', 'body']);
    assert.deepEqual(plain.paragraphs[1].runs, [{ text: '（一）指导思想。' }, { text: '要坚持稳中求进。', as: 'body' }]);
    assert.equal(plain.styles.find((style) => style.role === 'heading3')?.bold, false);
    assert.ok(plain.paragraphs[4].runs.every((run) => run.bold !== true));
    const bold = layoutSpeech(parseSpeech(text), { boldLevel3: true, boldPointLeads: true });
    assert.equal(bold.styles.find((style) => style.role === 'heading3')?.bold, true);
    assert.deepEqual(bold.paragraphs[4].runs, [{ text: '一是压实责任。', bold: true }, { text: '要层层落实。' }, { text: '二是强化考核。', bold: true }]);
  });

  test('the font settings\' defaults in package.json are the layout\'s defaults', () => {
    const properties = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).contributes.configuration.properties;
    for (const role of FONT_ROLES) {
      assert.deepEqual(parseFontList(properties[`speechOutline.word.fonts.${role}`].default), DEFAULT_WORD_FONTS[role], role);
    }
    assert.deepEqual(parseFontList(' 仿宋_GB2312，仿宋, FangSong ,'), ['仿宋_GB2312', '仿宋', 'FangSong']);
  });

  test('web residue lines are left out; control characters Word cannot hold are dropped and reported', () => {
    const text = joinLines('来源：某某网', '一、总体要求', '要坚持\u0007稳中求进。', '责任编辑：张三');
    const layout = layoutSpeech(parseSpeech(text));
    assert.deepEqual(layout.residueLines, [0, 3]);
    assert.deepEqual(layout.paragraphs.map(paragraphText), ['一、总体要求', '要坚持稳中求进。']);
    assert.deepEqual(layout.droppedCharacterLines, [2]);
  });
});

describe('Word export: the package read back', () => {
  test('document.xml has every paragraph of the sample, in order, with its style', async () => {
    const layout = layoutSpeech(parseSpeech(sample));
    const { parts } = await exported(sample);
    const paragraphs = documentParagraphs(parts.get('word/document.xml')!);
    assert.equal(paragraphs.length, layout.paragraphs.length);
    assert.deepEqual(paragraphs.map((paragraph) => paragraph.text), layout.paragraphs.map(paragraphText));
    assert.deepEqual(paragraphs.map((paragraph) => paragraph.style), layout.paragraphs.map((paragraph) => styleId(paragraph.role)));
    assert.equal(paragraphs.length, sample.split('\n').length - 1, 'one paragraph per line, blank lines included');
  });

  test('styles: fonts, sizes, alignment, two-character indent and exact 579-twip lines per level', async () => {
    const { parts } = await exported(sample);
    const styles = parts.get('word/styles.xml')!;
    const expected: [string, string, number, string, boolean][] = [
      ['SpeechTitle', '方正小标宋简体', 44, 'center', false],
      ['SpeechDateline', '仿宋_GB2312', 32, 'center', false],
      ['SpeechSalutation', '仿宋_GB2312', 32, 'left', false],
      ['SpeechHeading1', '黑体', 32, 'both', true],
      ['SpeechHeading2', '楷体_GB2312', 32, 'both', true],
      ['SpeechHeading3', '仿宋_GB2312', 32, 'both', true],
      ['SpeechHeading4', '仿宋_GB2312', 32, 'both', true],
      ['SpeechBody', '仿宋_GB2312', 32, 'both', true],
    ];
    for (const [id, font, size, jc, indented] of expected) {
      const xml = styleXml(styles, id);
      assert.match(xml, new RegExp(`w:eastAsia="${font}"`), `${id} font`);
      assert.match(xml, new RegExp(`<w:sz w:val="${size}"/>`), `${id} size`);
      assert.match(xml, new RegExp(`<w:jc w:val="${jc}"/>`), `${id} alignment`);
      assert.match(xml, /w:line="579" w:lineRule="exact"/, `${id} exact line spacing`);
      assert.equal(/w:firstLineChars="200"/.test(xml), indented, `${id} indent`);
    }
    assert.match(styleXml(styles, 'SpeechHeading1'), /<w:outlineLvl w:val="0"\/>/);
    assert.match(styleXml(styles, 'SpeechHeading4'), /<w:outlineLvl w:val="3"\/>/);
    assert.doesNotMatch(styleXml(styles, 'SpeechHeading3'), /<w:b\/>/);
    const bold = await exported(sample, { boldLevel3: true });
    assert.match(styleXml(bold.parts.get('word/styles.xml')!, 'SpeechHeading3'), /<w:b\/>/);
  });

  test('page settings: A4, margins, the character grid', async () => {
    const { parts } = await exported(sample);
    const document = parts.get('word/document.xml')!;
    const [size] = tagsOf(document, 'pgSz');
    assert.deepEqual([attribute(size, 'w'), attribute(size, 'h')], ['11906', '16838']);
    const [margin] = tagsOf(document, 'pgMar');
    assert.deepEqual(['top', 'left', 'bottom', 'right'].map((side) => attribute(margin, side)), ['2097', '1587', '1984', '1474']);
    const [grid] = tagsOf(document, 'docGrid');
    assert.equal(attribute(grid, 'type'), 'linesAndChars');
    assert.equal(attribute(grid, 'linePitch'), '579');
    assert.equal(Number(attribute(grid, 'charSpace')), officialPage().charSpace);
    assert.match(parts.get('word/styles.xml')!, /<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts [^>]*\/><w:sz w:val="32"\/>/);
  });

  test('footers: "— PAGE —" in 4号 宋体, odd pages right, even pages left', async () => {
    const { parts } = await exported(sample);
    assert.match(parts.get('word/settings.xml')!, /<w:evenAndOddHeaders\/>/);
    const document = parts.get('word/document.xml')!;
    const rels = parts.get('word/_rels/document.xml.rels')!;
    const footers = Object.fromEntries(tagsOf(document, 'footerReference').map((tag) => {
      const id = attribute(tag, 'id');
      const target = tagsOf(rels, 'Relationship').find((rel) => attribute(rel, 'Id') === id)!;
      return [attribute(tag, 'type'), parts.get('word/' + attribute(target, 'Target'))!];
    }));
    assert.deepEqual(Object.keys(footers).sort(), ['default', 'even']);
    for (const [type, side] of [['default', 'right'], ['even', 'left']]) {
      const footer = footers[type];
      assert.match(footer, new RegExp(`<w:jc w:val="${side}"/>`));
      assert.match(footer, /<w:t xml:space="preserve">— <\/w:t>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:t xml:space="preserve"> —<\/w:t>/);
      assert.match(footer, /w:eastAsia="宋体"/);
      assert.match(footer, /<w:sz w:val="28"\/>/);
    }
  });

  test('the title is the document\'s title property; no author or product name is written', async () => {
    const core = (await exported(sample)).parts.get('docProps/core.xml')!;
    assert.match(core, /<dc:title>在全县安全生产工作会议上的讲话<\/dc:title>/);
    assert.doesNotMatch(core, /<dc:creator>[^<]|<cp:lastModifiedBy>[^<]|Speech Outline|Un-named/);
  });

  test('font names are configurable; fallbacks go to the font table', async () => {
    const { parts } = await exported(sample, { fonts: { body: ['方正仿宋_GBK', '仿宋'] } });
    assert.match(styleXml(parts.get('word/styles.xml')!, 'SpeechBody'), /w:eastAsia="方正仿宋_GBK"/);
    const fonts = parts.get('word/fontTable.xml')!;
    assert.match(fonts, /<w:font w:name="方正仿宋_GBK"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/>/);
    assert.match(fonts, /<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋,宋体"\/>/);
  });

  test('bold point leads are bold runs; tabs become tab elements', async () => {
    const { parts } = await exported(joinLines('一、总体要求', '一是压实责任。要\t落实。'), { boldPointLeads: true });
    const [, point] = documentParagraphs(parts.get('word/document.xml')!);
    assert.deepEqual(point.runs.map((run) => [run.text, run.bold]), [['一是压实责任。', true], ['要\t落实。', false]]);
    assert.match(parts.get('word/document.xml')!, /<w:t xml:space="preserve">要<\/w:t><w:tab\/><w:t xml:space="preserve">落实。<\/w:t>/);
  });
});

describe('export → open gives the draft back', () => {
  for (const { name, text } of samples) {
    test(name, async () => {
      const { bytes } = await exported(text);
      const back = await readWordDocument(bytes);
      assert.equal(back.text, expectedText(text));
      assert.deepEqual(outlineToJson(parseSpeech(back.text)), outlineToJson(parseSpeech(text)));
    });
  }

  test('generated drafts (property)', async () => {
    await fc.assert(fc.asyncProperty(draft, async (text) => {
      const { bytes } = await exported(text);
      const back = await readWordDocument(bytes);
      const layout = layoutSpeech(parseSpeech(text));
      // Blank paragraphs stay; each laid-out paragraph comes back as one line (soft breaks aside).
      assert.equal(back.text, layout.paragraphs.map((paragraph) => paragraphText(paragraph) + '\n').join(''));
    }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) / 3 });
  });
});

describe('Word import: generated .docx fixtures', () => {
  test('typed numbers, soft breaks and a table', async () => {
    const bytes = await wordPackage(
      p('在全市经济工作会议上的讲话') + p('同志们：') + p('一、总体要求') +
      '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r><w:r><w:tab/><w:t>末尾 &amp; &lt;标记&gt;</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>目标</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:p><w:r><w:t>增速</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>6%</w:t></w:r></w:p><w:p><w:r><w:t>左右</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      p('二、重点任务') + '<w:p/>' +
      '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins></w:p>',
    );
    const back = await readWordDocument(bytes);
    assert.equal(back.text, joinLines('在全市经济工作会议上的讲话', '同志们：', '一、总体要求', '第一行', '第二行\t末尾 & <标记>', '指标\t目标', '增速\t6% 左右', '二、重点任务', '', '插入', ''));
  });

  test('automatic numbering at four levels in Chinese formats (GB/T style), restarting per parent', async () => {
    const numbering = list(1, [['chineseCounting', '%1、'], ['chineseCounting', '（%2）'], ['decimal', '%3.'], ['decimal', '（%4）']]) + num(1, 1);
    const n = (text: string, ilvl: number): string => p(text, { numId: 1, ilvl });
    const body = p('同志们：') + n('总体要求', 0) + n('指导思想', 1) + n('加强领导', 2) + n('明确分工', 3) + n('落实责任', 3) +
      n('完善机制', 2) + n('主要目标', 1) + n('重点任务', 0) + n('稳增长', 1) + n('扩内需', 2) +
      Array.from({ length: 9 }, (_, i) => n(`第${i + 3}项`, 0)).join('');
    const back = await readWordDocument(await wordPackage(body, { numbering }));
    const lines = back.text.split('\n');
    assert.deepEqual(lines.slice(0, 11), ['同志们：', '一、总体要求', '（一）指导思想', '1.加强领导', '（1）明确分工', '（2）落实责任', '2.完善机制', '（二）主要目标', '二、重点任务', '（一）稳增长', '1.扩内需']);
    assert.equal(lines[19], '十一、第11项');
    assert.equal(back.numbered, 19);
    const outline = parseSpeech(back.text).nodes.filter((node) => node.kind === 'heading').map((node) => `${node.level} ${node.marker}`);
    assert.deepEqual(outline.slice(0, 10), ['1 一、', '2 （一）', '3 1.', '4 （1）', '4 （2）', '3 2.', '2 （二）', '1 二、', '2 （一）', '3 1.']);
  });

  test('automatic numbering in decimal formats, legal numbering, start values, overrides and lvlRestart', async () => {
    const numbering =
      list(1, [['decimal', '%1.'], ['decimal', '%1.%2'], ['decimalEnclosedCircle', '%3'], ['lowerLetter', '(%4)']]) +
      `<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl>` +
      `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1.%2"/><w:isLgl/><w:lvlRestart w:val="0"/></w:lvl></w:abstractNum>` +
      num(1, 1) + num(2, 2) + num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>');
    const body = p('甲', { numId: 1, ilvl: 0 }) + p('乙', { numId: 1, ilvl: 1 }) + p('丙', { numId: 1, ilvl: 2 }) + p('丁', { numId: 1, ilvl: 3 }) +
      p('戊', { numId: 1, ilvl: 0 }) + p('己', { numId: 1, ilvl: 1 }) +
      p('庚', { numId: 2, ilvl: 0 }) + p('辛', { numId: 2, ilvl: 1 }) + p('壬', { numId: 2, ilvl: 0 }) + p('癸', { numId: 2, ilvl: 1 }) +
      p('重新开始', { numId: 3, ilvl: 0 }) + p('不编号', { numId: 0, ilvl: 0 });
    const back = await readWordDocument(await wordPackage(body, { numbering }));
    assert.deepEqual(back.text.split('\n').slice(0, 12), ['1.甲', '1.1 乙', '① 丙', '(a)乙'.replace('乙', '丁'), '2.戊', '2.1 己', '第三条 庚', '3.1 辛', '第四条 壬', '4.2 癸', '1.重新开始', '不编号']);
  });

  test('numbering from a paragraph style (headings linked to a list), and from a numbering style link', async () => {
    const styles = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2b"><w:name w:val="heading 2b"/><w:basedOn w:val="H2"/></w:style>' +
      '<w:style w:type="numbering" w:styleId="SpeechList"><w:name w:val="Speech List"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>';
    const numbering = list(7, [['chineseCounting', '%1、'], ['chineseCounting', '（%2）']], '') +
      '<w:abstractNum w:abstractNumId="8"><w:numStyleLink w:val="SpeechList"/></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="9"><w:styleLink w:val="SpeechList"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
      num(5, 7) + num(6, 9) + num(10, 8);
    const body = p('总体要求', { numId: -1, style: 'H1' }) + p('指导思想', { numId: -1, style: 'H2' }) + p('主要目标', { numId: -1, style: 'H2b' }) +
      p('加强领导', { numId: 10, ilvl: 0 }) + p('狠抓落实', { numId: 10, ilvl: 0 });
    const back = await readWordDocument(await wordPackage(body, { numbering, styles }));
    assert.deepEqual(back.text.split('\n').slice(0, 5), ['一、总体要求', '（一）指导思想', '（二）主要目标', '1.加强领导', '2.狠抓落实']);
  });

  test('a document made by the docx package with its numbering feature', async () => {
    const levels = [
      { level: 0, format: docx.LevelFormat.CHINESE_COUNTING, text: '%1、' },
      { level: 1, format: docx.LevelFormat.CHINESE_COUNTING, text: '（%2）' },
      { level: 2, format: docx.LevelFormat.DECIMAL, text: '%3.' },
      { level: 3, format: docx.LevelFormat.DECIMAL, text: '（%4）' },
    ];
    const item = (text: string, level: number): docx.Paragraph => new docx.Paragraph({ numbering: { reference: 'speech', level }, children: [new docx.TextRun(text)] });
    const document = new docx.Document({
      numbering: { config: [{ reference: 'speech', levels }] },
      sections: [{ children: [
        new docx.Paragraph({ children: [new docx.TextRun('在全县农业农村工作会议上的讲话')] }),
        new docx.Paragraph({ children: [new docx.TextRun('同志们：')] }),
        item('统一思想', 0), item('提高认识', 1), item('抓好粮食生产', 2), item('稳定面积', 3), item('提高单产', 3), item('推进乡村振兴', 0),
        new docx.Paragraph({ children: [new docx.TextRun({ text: '一要抓产业。' }), new docx.TextRun({ text: '二要抓人才。', break: 1 })] }),
      ] }],
    });
    const back = await readWordDocument(await docx.Packer.pack(document, 'uint8array'));
    assert.equal(back.text, joinLines('在全县农业农村工作会议上的讲话', '同志们：', '一、统一思想', '（一）提高认识', '1.抓好粮食生产', '（1）稳定面积', '（2）提高单产', '二、推进乡村振兴', '一要抓产业。', '二要抓人才。', ''));
    const kinds = parseSpeech(back.text).nodes.map((node) => `${node.kind}:${node.level} ${node.marker}`);
    assert.deepEqual(kinds, ['title:0 ', 'salutation:0 ', 'heading:1 一、', 'heading:2 （一）', 'heading:3 1.', 'heading:4 （1）', 'heading:4 （2）', 'heading:1 二、', 'point:2 一要', 'point:2 二要']);
  });

  test('number formats', () => {
    assert.deepEqual([1, 10, 11, 20, 101].map((value) => formatListNumber('chineseCounting', value)), ['一', '十', '十一', '二十', '一百零一']);
    assert.deepEqual([1, 12].map((value) => formatListNumber('chineseLegalSimplified', value)), ['壹', '拾贰']);
    assert.deepEqual([1, 27].map((value) => formatListNumber('upperLetter', value)), ['A', 'AA']);
    assert.equal(formatListNumber('lowerRoman', 14), 'xiv');
    assert.equal(formatListNumber('decimalFullWidth', 12), '１２');
    assert.equal(formatListNumber('ideographTraditional', 3), '丙');
    assert.equal(formatListNumber('decimalZero', 7), '07');
  });
});

describe('Word import: bad input gets a clear message', () => {
  async function problemOf(bytes: Uint8Array, options = {}): Promise<{ problem: WordProblem; en: string; zh: string }> {
    try {
      await readWordDocument(bytes, options);
    } catch (error) {
      assert.ok(error instanceof WordReadError, String(error));
      return { problem: error.problem, en: formatMessage(error.text), zh: formatMessage(error.text, chinese) };
    }
    assert.fail('expected the document to be refused');
  }

  const ole = (name: string): Uint8Array => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    [...name].forEach((ch, i) => (bytes[1024 + 2 * i] = ch.charCodeAt(0)));
    return bytes;
  };

  test('empty, text, password-protected, old .doc', async () => {
    assert.equal((await problemOf(new Uint8Array())).problem, 'empty');
    const text = await problemOf(new TextEncoder().encode('一、总体要求\n'));
    assert.equal(text.problem, 'not-zip');
    assert.match(text.en, /not a zip archive/);
    assert.match(text.zh, /不是 zip 压缩包/);
    const encrypted = await problemOf(ole('EncryptedPackage'));
    assert.equal(encrypted.problem, 'encrypted');
    assert.match(encrypted.en, /password-protected/);
    assert.match(encrypted.zh, /密码/);
    assert.equal((await problemOf(ole('WordDocument'))).problem, 'legacy');
  });

  test('a zip that is not a Word document says what it is', async () => {
    const plain = await problemOf(await zip([{ name: 'readme.txt', data: 'hello' }]));
    assert.equal(plain.problem, 'not-word');
    assert.match(plain.en, /no word\/document\.xml/);
    const excel = await problemOf(await zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]));
    assert.match(excel.en, /Excel/);
    assert.match(excel.zh, /Excel/);
  });

  test('damaged archives', async () => {
    const good = await wordPackage(p('一、总体要求'));
    assert.equal((await problemOf(good.subarray(0, good.length - 30))).problem, 'damaged');
    const broken = good.slice();
    broken[60] ^= 0xff;
    broken[61] ^= 0xff;
    const result = await readWordDocument(broken).then(() => 'read', (error: unknown) => (error instanceof WordReadError ? error.problem : String(error)));
    assert.ok(['damaged', 'read'].includes(result), result);
    const encryptedEntry = await zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: '<w:document/>' }]);
    encryptedEntry[6] |= 1;
    const directory = encryptedEntry.length - 22 - 46 - 'word/document.xml'.length;
    encryptedEntry[directory + 8] |= 1;
    assert.equal((await problemOf(encryptedEntry)).problem, 'unsupported');
  });

  test('a runtime without DecompressionStream(\'deflate-raw\') (Node.js before 20.12) is told so, not "internal error"', async () => {
    const good = await wordPackage(p('一、总体要求'));
    const real = globalThis.DecompressionStream;
    // What Node.js 20.11 does: only 'deflate' and 'gzip' are formats it knows.
    globalThis.DecompressionStream = class extends real {
      constructor(format: ConstructorParameters<typeof DecompressionStream>[0]) {
        if (format === 'deflate-raw') {
          throw new TypeError(`The argument 'format' is invalid. Received '${format}'`);
        }
        super(format);
      }
    };
    try {
      const old = await problemOf(good);
      assert.equal(old.problem, 'unsupported');
      assert.match(old.en, /cannot inflate Word files \(Node\.js 20\.12 or newer can\)/);
      assert.match(old.zh, /Node\.js 20\.12/);
    } finally {
      globalThis.DecompressionStream = real;
    }
    assert.match((await readWordDocument(good)).text, /一、总体要求/);
  });

  test('a zip bomb is refused while inflating, even when the directory lies about its size', async () => {
    const zeros = new Uint8Array(1024 * 1024);
    const bomb = await deflateRepeated(zeros, 120);
    assert.ok(bomb.length < 200 * 1024, `${bomb.length} bytes inflate to 120 MB`);
    const bytes = await zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: 'x', deflated: bomb, declaredSize: 1000 }]);
    const refused = await problemOf(bytes);
    assert.equal(refused.problem, 'too-large');
    assert.match(refused.en, /word\/document\.xml inflates to more than 100 MB/);
    assert.match(refused.zh, /压缩炸弹/);
    const honest = await zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: 'x', deflated: bomb, declaredSize: 120 * 1024 * 1024 }]);
    assert.equal((await problemOf(honest)).problem, 'too-large');
    assert.equal((await problemOf(bytes, { maxPartBytes: 1024 })).problem, 'too-large');
  });

  test('a 50 MB document (a large picture) opens, and the event loop keeps turning on a large text', async () => {
    const picture = new Uint8Array(50 * 1024 * 1024);
    for (let i = 0; i < picture.length; i += 4096) {
      picture[i] = (i * 2654435761) >>> 24;
    }
    const bytes = await wordPackage(p('一、总体要求') + p('要坚持稳中求进。'), { extra: [{ name: 'word/media/image1.png', data: picture, store: true }] });
    assert.ok(bytes.length > 50 * 1024 * 1024);
    assert.equal((await readWordDocument(bytes)).text, '一、总体要求\n要坚持稳中求进。\n');
    const paragraph = p('一是压实责任。要层层落实，确保各项任务落到实处，不留死角，不打折扣。');
    const large = await wordPackage(paragraph.repeat(100000));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const back = await readWordDocument(large);
    clearInterval(timer);
    assert.equal(back.paragraphs, 100000);
    assert.ok(ticks > 0, 'the reader gave the event loop turns');
  });
});
