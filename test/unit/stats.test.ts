import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { countText, formatMessage, minutesFigure, minutesMessage, parseSpeech, roundMinutes, sectionShares, sharePercent, speakingMinutes, speechStats, targetMinutesFromName, type SpeechNode } from '../../src/core';
import { residueSpans } from '../../src/core/residueLines';
import { joinLines } from './helpers';

/** [what, text, 字数, spoken units] */
type CountCase = [string, string, number, number];

function countTable(cases: CountCase[]): void {
  for (const [what, text, chars, spoken] of cases) {
    test(what, () => assert.deepEqual(countText(text), { chars, spoken }, JSON.stringify(text)));
  }
}

describe('counting: Chinese text', () => {
  countTable([
    ['empty', '', 0, 0],
    ['汉字 each count', '安全生产', 4, 4],
    ['full-width punctuation counts in 字数, not spoken', '同志们，大家好！', 8, 6],
    ['every full-width mark', '，。、；：？！“”‘’（）《》【】「」『』…—', 23, 0],
    ['〇 and 々 are characters', '二〇二六年', 5, 5],
    ['ideographic and half-width spaces count nothing', '　　正文 正文\t', 4, 4],
    ['CJK Extension B is one character (a surrogate pair)', '𠀀字', 2, 2],
    ['middle dot in a name', '阿依古丽·买买提', 8, 7],
  ]);
});

describe('counting: Latin words, digits, mixed scripts', () => {
  countTable([
    ['a Latin word counts once', 'GDP', 1, 1],
    ['words separated by spaces', 'the main report', 3, 3],
    ['half-width punctuation counts nothing', 'Hello, world!', 2, 2],
    ['mixed: 汉字 + digit run + word', '2025年GDP增长', 5, 5],
    ['a decimal is one run', '增长1.5%', 3, 3],
    ['percent and time are one run', '3.2%，9:30开会', 5, 4],
    ['hyphen and apostrophe join words', "COVID-19 don't", 2, 2],
    ['thousands separator joins digits', '投资2,000万元', 5, 5],
    ['a sentence-final period does not join', 'end.新', 2, 2],
    ['two joiners break a run', '1..5', 2, 2],
    ['full-width digits are one run', '２０２６年', 2, 2],
    ['full-width letters are one word', 'ＧＤＰ总量', 3, 3],
    ['accented and Greek letters', 'café α-β', 2, 2],
    ['half-width brackets count nothing', '(1)落实', 3, 3],
    ['full-width brackets count', '（1）落实', 5, 3],
  ]);
});

describe('counting: emoji, symbols, line breaks, BOM', () => {
  countTable([
    ['an emoji is one mark, not spoken', '好👍', 2, 1],
    ['an emoji with skin tone and a ZWJ family is one each', '👍🏽👨‍👩‍👧', 2, 0],
    ['a flag (two regional indicators) is one', '🇨🇳中国', 3, 2],
    ['two flags are two', '🇨🇳🇨🇳', 2, 0],
    ['keycap digit is one run', '1️⃣', 1, 1],
    ['other symbols count 1 in 字数', '25℃ ×2', 4, 2],
    ['CRLF counts nothing', '一\r\n二\r三\n', 3, 3],
    ['BOM counts nothing', '\ufeff讲话', 2, 2],
    ['lone surrogates count as a mark each', '\ud800\udc00'.slice(0, 1) + '字' + '\udc00', 3, 1],
  ]);

  test('a range counts only inside it', () => {
    assert.deepEqual(countText('一二三四五', 1, 3), { chars: 2, spoken: 2 });
    assert.deepEqual(countText('abc def', 0, 2), { chars: 1, spoken: 1 });
    assert.deepEqual(countText('abc', -5, 99), { chars: 1, spoken: 1 });
  });
});

const DRAFT = joinLines(
  '在全县工作会议上的讲话',
  '同志们：',
  '　　今天开会。',
  '一、统一思想',
  '　　正文一。',
  '（一）提高认识',
  '　　一要学习。二要落实。',
  '二、突出重点',
  '　　正文二。',
  '　　谢谢大家！',
);

function node(model: ReturnType<typeof parseSpeech>, name: string): SpeechNode {
  const found = model.nodes.find((n) => n.name === name);
  assert.ok(found, `no node ${name}`);
  return found;
}

describe('stats per section', () => {
  const model = parseSpeech(DRAFT);
  const stats = speechStats(model);

  test('total: 字数 of everything, heading markers not spoken', () => {
    const all = countText(DRAFT);
    assert.equal(stats.total.chars, all.chars);
    // 一、 二、 （一） hold 1 + 1 + 3 字数 and 1 + 1 + 1 spoken units; only the spoken ones go.
    assert.equal(stats.total.spoken, all.spoken - 3);
  });

  test('a section holds its heading, body and children', () => {
    // 一、统一思想 (6 字数, 4 spoken) 正文一。 (4, 3) （一）提高认识 (7, 4) 一要学习。二要落实。 (10, 8)
    assert.deepEqual(stats.of(node(model, '一、统一思想')), { chars: 27, spoken: 19 });
    assert.deepEqual(stats.of(node(model, '（一）提高认识')), { chars: 17, spoken: 12 });
    assert.deepEqual(stats.of(node(model, '一要学习')), { chars: 5, spoken: 4 });
    assert.deepEqual(stats.of(node(model, '二要落实')), { chars: 5, spoken: 4 });
  });

  test('aggregated upward: a section is its own text plus its children', () => {
    for (const n of model.nodes) {
      const own = countText(DRAFT, n.start, n.end);
      assert.equal(stats.of(n).chars, own.chars, n.name);
      const childChars = n.children.reduce((sum, child) => sum + stats.of(child).chars, 0);
      assert.ok(stats.of(n).chars >= childChars, n.name);
    }
  });

  test('the closing is the last section; a node of another model counts zero', () => {
    assert.equal(stats.of(model.nodes[model.nodes.length - 1]).chars > 0, true);
    assert.deepEqual(stats.of(parseSpeech('一、别的').nodes[0]), { chars: 0, spoken: 0 });
  });

  test('range: a selection over a heading does not speak its marker', () => {
    const start = DRAFT.indexOf('一、统一思想');
    assert.deepEqual(stats.range(start, start + '一、统一思想'.length), { chars: 6, spoken: 4 });
    // Half a marker selected: counted as text.
    assert.deepEqual(stats.range(start, start + 1), { chars: 1, spoken: 1 });
  });

  test('CRLF and a BOM give the same counts as LF', () => {
    const crlf = speechStats(parseSpeech('\ufeff' + DRAFT.replace(/\n/g, '\r\n')));
    assert.deepEqual(crlf.total, stats.total);
  });

  test('a heading marker is a token of its own: the word after it stays spoken', () => {
    // 1. (1 字数, not spoken), then GDP (1, spoken), 增长目标, 正文。 — not one run "1.GDP".
    const m = parseSpeech(joinLines('一、回顾', '1.GDP增长目标', '正文。'));
    assert.deepEqual(speechStats(m).of(node(m, '1.GDP增长目标')), { chars: 9, spoken: 7 });
    const start = m.text.indexOf('1.GDP');
    assert.deepEqual(speechStats(m).range(start, m.text.length), { chars: 9, spoken: 7 });
  });

  test('computed once per model', () => {
    assert.equal(speechStats(model), stats);
  });
});

describe('web residue is not counted', () => {
  // A page pasted with its breadcrumb, meta line and footer, and a PDF page number inside a section.
  const SPEECH = joinLines('在全县工作会议上的讲话', '同志们：', '　　今天开会。', '一、统一思想', '　　要统一思想。', '二、压实责任', '　　要压实责任。');
  const PAGE = joinLines('当前位置：首页 > 领导讲话', '在全县工作会议上的讲话', '发布时间：2026-01-10　　来源：县委办公室', '同志们：', '　　今天开会。', '一、统一思想',
    '　　要统一', '— 3 —', '思想。', '二、压实责任', '　　要压实责任。', '上一篇：在全县农村工作会议上的讲话', '版权所有：某某县人民政府办公室');

  test('the residue lines are found as the Word export leaves them out: whole lines, indentation apart', () => {
    const model = parseSpeech(PAGE);
    const lines = [...residueSpans(model)].filter((_, k) => k % 2 === 0).map((start) => model.lines.lineAt(start));
    assert.deepEqual(lines, [0, 2, 7, 11, 12]);
    assert.equal(model.text.slice(residueSpans(model)[0], residueSpans(model)[1]), '当前位置：首页 > 领导讲话');
    // A line a heading begins on is never residue, even one the table would know (1.5亿元 is no page number: a line "1" is).
    assert.deepEqual([...residueSpans(parseSpeech(joinLines('一、总体要求', '1', '正文。')))].map((o) => o), [7, 8]);
  });

  test('the total, the sections and a selection count the speech, not the page around it', () => {
    const page = speechStats(parseSpeech(PAGE));
    const clean = speechStats(parseSpeech(SPEECH));
    assert.deepEqual(page.total, clean.total);
    const pageModel = parseSpeech(PAGE);
    const cleanModel = parseSpeech(SPEECH);
    for (const name of ['一、统一思想', '二、压实责任']) {
      assert.deepEqual(speechStats(pageModel).of(node(pageModel, name)), speechStats(cleanModel).of(node(cleanModel, name)), name);
    }
    // A selection of the whole page is the total; one of the meta line alone counts nothing.
    assert.deepEqual(page.range(0, PAGE.length), page.total);
    const meta = PAGE.indexOf('发布时间');
    assert.deepEqual(page.range(meta, meta + 10), { chars: 0, spoken: 0 });
    // Half in a residue line, half in the speech: only the speech's part.
    const title = PAGE.indexOf('在全县');
    assert.deepEqual(page.range(title - 3, title + 2), countText(PAGE, title, title + 2));
  });
});

describe('stats of every sample', () => {
  const dir = join(__dirname, '../../../samples');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.speech'))) {
    test(file, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const model = parseSpeech(text);
      const stats = speechStats(model);
      const roots = model.roots.reduce((sum, root) => sum + stats.of(root).chars, 0);
      assert.ok(roots <= stats.total.chars && roots > stats.total.chars * 0.8, `${roots} of ${stats.total.chars}`);
      for (const n of model.nodes) {
        const children = n.children.reduce((sum, child) => sum + stats.of(child).spoken, 0);
        assert.ok(stats.of(n).spoken >= children, n.name);
      }
    });
  }
});

describe('properties', () => {
  const pieces = fc.constantFrom('一、', '（一）', '1.', '一要', '二要', '正文', '，', '。', ',', '.', ' ', '\n', '\r\n', 'GDP', '2025', '1.5', '👍', '　');
  const drafts = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));

  test('counts add up over any split point', () => {
    fc.assert(fc.property(drafts, fc.nat(), (text, at) => {
      // A split inside a word or a joined run may count it twice; split at a space instead.
      const cut = text.indexOf(' ', at % (text.length + 1));
      if (cut < 0) return;
      const left = countText(text, 0, cut);
      const right = countText(text, cut);
      assert.deepEqual({ chars: left.chars + right.chars, spoken: left.spoken + right.spoken }, countText(text));
    }));
  });

  test('sections equal counting their range piece by piece, heading markers apart and not spoken, residue lines left out', () => {
    fc.assert(fc.property(drafts, (text) => {
      const model = parseSpeech(text);
      const stats = speechStats(model);
      const markers = model.nodes.filter((n) => n.kind === 'heading');
      const residue = residueSpans(model);
      // [from, to) counted without the residue lines inside it.
      const outside = (from: number, to: number): { chars: number; spoken: number } => {
        let chars = 0;
        let spoken = 0;
        let at = from;
        for (let k = 0; k < residue.length; k += 2) {
          if (residue[k + 1] <= at || residue[k] >= to) continue;
          const before = countText(text, at, Math.max(at, residue[k]));
          chars += before.chars;
          spoken += before.spoken;
          at = Math.min(to, residue[k + 1]);
        }
        const rest = countText(text, at, to);
        return { chars: chars + rest.chars, spoken: spoken + rest.spoken };
      };
      // The reference: count the range between markers and each marker on its own.
      const reference = (from: number, to: number): { chars: number; spoken: number } => {
        let chars = 0;
        let spoken = 0;
        let at = from;
        for (const m of markers.filter((m) => m.start >= from && m.markerEnd <= to)) {
          const before = outside(at, m.start);
          const marker = countText(text, m.start, m.markerEnd);
          chars += before.chars + marker.chars;
          spoken += before.spoken;
          at = m.markerEnd;
        }
        const rest = outside(at, to);
        return { chars: chars + rest.chars, spoken: spoken + rest.spoken };
      };
      for (const n of model.nodes) {
        assert.deepEqual(stats.of(n), reference(n.start, n.end), n.name);
      }
      assert.deepEqual(stats.total, reference(0, text.length));
      assert.deepEqual(stats.range(0, text.length), stats.total);
    }));
  });
});

describe('speaking time and target', () => {
  test('minutes at a rate; invalid rate falls back to 200', () => {
    assert.equal(speakingMinutes(2000), 10);
    assert.equal(speakingMinutes(2000, 250), 8);
    assert.equal(speakingMinutes(2000, 0), 10);
    assert.equal(roundMinutes(2.345), 2.3);
    assert.equal(roundMinutes(12.5), 13);
  });

  test('minutes as shown: never "0" for spoken text, in both languages', () => {
    const chinese = JSON.parse(readFileSync(join(__dirname, '../../../l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    const shown = (spoken: number, rate?: number): [string, string, string] => [minutesFigure(spoken, rate), formatMessage(minutesMessage(spoken, rate)), formatMessage(minutesMessage(spoken, rate), chinese)];
    assert.deepEqual(shown(820), ['4.1', '≈4.1 min', '约 4.1 分钟']);
    assert.deepEqual(shown(10), ['0.1', '≈0.1 min', '约 0.1 分钟']); // 0.05 rounds up
    assert.deepEqual(shown(9), ['<0.1', '<0.1 min', '不到 0.1 分钟']);
    assert.deepEqual(shown(1), ['<0.1', '<0.1 min', '不到 0.1 分钟']);
    assert.deepEqual(shown(0), ['0', '0 min', '0 分钟']);
    assert.deepEqual(shown(2500, 100), ['25', '≈25 min', '约 25 分钟']);
    assert.deepEqual(shown(12, 100), ['0.1', '≈0.1 min', '约 0.1 分钟']);
    assert.deepEqual(shown(4, 100), ['<0.1', '<0.1 min', '不到 0.1 分钟']);
  });

  test('shares as shown: whole percentages, "<1%" for a part that rounds to nothing', () => {
    assert.deepEqual([0.234, 0.005, 0.0049, 0.0001, 0, 1].map(sharePercent), ['23%', '1%', '<1%', '<1%', '0%', '100%']);
  });

  for (const [name, minutes] of [
    ['在全县会议上的讲话（20分钟）.speech', 20],
    ['/a/b/report_15min.txt', 15],
    ['C:\\drafts\\讲话 7.5 minutes.speech', 7.5],
    ['讲话稿.speech', undefined],
    ['admin-notes.speech', undefined],
    ['0分钟.speech', undefined],
  ] as const) {
    test(`target from the file name: ${name}`, () => assert.equal(targetMinutesFromName(name), minutes));
  }
});

describe('breakdown by top-level section', () => {
  test('sections with shares, the rest in one row, long sections marked', () => {
    const model = parseSpeech(DRAFT);
    const rows = sectionShares(model, 0.35); // 一、 holds 19 of 48 spoken units
    assert.deepEqual(rows.map((row) => row.node?.name ?? '(rest)'), ['一、统一思想', '二、突出重点', '谢谢大家', '(rest)']);
    const total = speechStats(model).total;
    assert.equal(rows.reduce((sum, row) => sum + row.count.chars, 0), total.chars);
    assert.ok(Math.abs(rows.reduce((sum, row) => sum + row.share, 0) - 1) < 1e-9);
    assert.deepEqual(rows.map((row) => row.tooLong), [true, false, false, false]);
    assert.deepEqual(sectionShares(model, 0).map((row) => row.tooLong), [false, false, false, false]);
  });

  test('an empty draft has no rows', () => {
    assert.deepEqual(sectionShares(parseSpeech('')), []);
  });
});
