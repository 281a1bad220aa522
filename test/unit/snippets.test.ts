// The snippets (src/core/snippets.ts): typeable prefixes, bilingual names, tab stops in filling
// order, numbering continued from the draft, where they are offered, and drafts that the outline
// understands once expanded.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { expandSnippet, parseSpeech, SPEECH_TEMPLATES } from '../../src/core';
import { findTemplateLeftovers, templatePlaceholderTexts } from '../../src/core/leftovers';
import { matchingSnippets, snippetBody, snippetPrefixAt, SPEECH_SNIPPETS, TEMPLATE_TEXTS, type SpeechSnippet } from '../../src/core/snippets';
import { kindsOf } from './helpers';

const root = join(__dirname, '..', '..', '..');
const snippets = SPEECH_SNIPPETS.map((snippet) => [snippet.name, snippet] as const);
const prefixesOf = (snippet: SpeechSnippet): readonly string[] => snippet.prefixes;
/** The body as inserted at the start of an empty draft (numbered snippets start at one). */
const bodyOf = (snippet: SpeechSnippet): string => snippetBody(snippet, parseSpeech(''), 0);

/** Finds a snippet by one of its prefixes. */
function byPrefix(prefix: string): SpeechSnippet {
  const found = SPEECH_SNIPPETS.find((snippet) => snippet.prefixes.includes(prefix));
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
}

/** The expansion of a snippet body as VS Code would insert it when every placeholder keeps its default. */
interface Expansion {
  readonly text: string;
  /** Tab stop numbers in the order they appear in the body. */
  readonly tabStops: number[];
}

/**
 * Expands the subset of the snippet syntax the snippets use: $1, ${1}, ${1:default} (nested),
 * ${1|a,b|} (first choice), $NAME, ${NAME}, ${NAME/regex/format/}. Written for these tests.
 */
function expand(body: string, variables: Record<string, string>): Expansion {
  const tabStops: number[] = [];
  let pos = 0;

  const readName = (): string => {
    const match = /^(\d+|[A-Z_]+)/.exec(body.slice(pos));
    assert.ok(match, `bad snippet syntax at ${pos}: ${body.slice(pos, pos + 20)}`);
    pos += match[0].length;
    return match[0];
  };
  /**
   * Reads up to an unescaped `stop` character and consumes it. In a regular expression only \/ is
   * unescaped (the rest belongs to the expression); elsewhere \ escapes the next character.
   */
  const readRaw = (stop: string, regex = false): string => {
    let out = '';
    while (pos < body.length && body[pos] !== stop) {
      if (body[pos] === '\\' && pos + 1 < body.length) {
        out += regex && body[pos + 1] !== '/' ? body.slice(pos, pos + 2) : body[pos + 1];
        pos += 2;
      } else {
        out += body[pos++];
      }
    }
    assert.equal(body[pos], stop, `unterminated snippet part, expected ${stop}`);
    pos++;
    return out;
  };
  const variable = (name: string): string => {
    assert.ok(name in variables, `unknown variable ${name}`);
    return variables[name];
  };
  /** Text until `}` at this nesting level (or the end). */
  const sequence = (nested: boolean): string => {
    let out = '';
    while (pos < body.length) {
      const char = body[pos];
      if (nested && char === '}') {
        return out;
      }
      if (char === '\\' && pos + 1 < body.length && '$}\\'.includes(body[pos + 1])) {
        out += body[pos + 1];
        pos += 2;
      } else if (char === '$' && body[pos + 1] === '{') {
        pos += 2;
        out += braced();
      } else if (char === '$' && /[\dA-Z_]/.test(body[pos + 1] ?? '')) {
        pos++;
        const name = readName();
        if (/^\d+$/.test(name)) {
          tabStops.push(Number(name));
        } else {
          out += variable(name);
        }
      } else {
        out += char;
        pos++;
      }
    }
    assert.ok(!nested, 'unterminated ${');
    return out;
  };
  const braced = (): string => {
    const name = readName();
    const isTabStop = /^\d+$/.test(name);
    if (isTabStop) {
      tabStops.push(Number(name));
    }
    const next = body[pos++];
    if (next === '}') {
      return isTabStop ? '' : variable(name);
    }
    if (next === ':') {
      const fallback = sequence(true);
      pos++; // }
      return isTabStop ? fallback : variable(name) || fallback;
    }
    if (next === '|' && isTabStop) {
      const choices = readRaw('|');
      assert.equal(body[pos++], '}');
      return choices.split(',')[0];
    }
    if (next === '/' && !isTabStop) {
      const regex = readRaw('/', true);
      const format = readRaw('/');
      const options = readRaw('}');
      return variable(name).replace(new RegExp(regex, options), format);
    }
    assert.fail(`unsupported snippet syntax after \${${name}: ${next}`);
  };

  const text = sequence(false);
  return { text, tabStops };
}

const VARIABLES = { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '06', TM_CURRENT_LINE: '' };
const expandDefault = (prefix: string, variables: Partial<typeof VARIABLES> = {}): string => expand(bodyOf(byPrefix(prefix)), { ...VARIABLES, ...variables }).text;

describe('every snippet', () => {
  const all = snippets;

  test('there are snippets for the skeleton, its parts, four heading levels and four point families', () => {
    assert.equal(all.length, 13);
  });

  for (const [name, snippet] of all) {
    describe(name, () => {
      test('has prefixes typeable with a Chinese input method switched to English', () => {
        for (const prefix of prefixesOf(snippet)) {
          assert.match(prefix, /^[a-z][a-z0-9]{1,9}$/);
        }
      });

      test('has a Chinese name and description, with English after them', () => {
        assert.match(snippet.name, /^[\u4e00-\u9fff][^ ]* · [A-Z][\x20-\x7e\u4e00-\u9fff]+$/);
        assert.match(snippet.description, /^[\u4e00-\u9fff]/);
        assert.match(snippet.description, /（[a-z][\x20-\x7e]{3,}.*）$/);
      });

      test('numbers its tab stops 1, 2, 3… in the order a writer fills them', () => {
        const { tabStops } = expand(bodyOf(snippet), VARIABLES);
        const numbered = tabStops.filter((stop) => stop > 0);
        assert.deepEqual(numbered, numbered.map((_, index) => index + 1));
        assert.ok(tabStops.filter((stop) => stop === 0).length <= 1);
      });

      test('has no choice list, so accepting one with Enter cannot skip the next field', () => {
        assert.doesNotMatch(snippet.body, /\$\{\d+\|/);
      });
    });
  }

  test('no prefix is used twice', () => {
    const prefixes = all.flatMap(([, snippet]) => prefixesOf(snippet));
    assert.equal(new Set(prefixes).size, prefixes.length);
  });

  test('docs/snippets.md lists every prefix and every snippet', () => {
    const docs = readFileSync(join(root, 'docs', 'snippets.md'), 'utf8');
    for (const [name, snippet] of all) {
      for (const prefix of prefixesOf(snippet)) {
        assert.ok(docs.includes(`\`${prefix}\``), `${prefix} (${name}) is not in docs/snippets.md`);
      }
    }
  });
});

describe('expanded snippets are drafts the outline understands', () => {
  test('the skeleton: title, date, salutation, four sections with points in two to four, closing', () => {
    assert.equal(kindsOf(expandDefault('jhg')), [
      'title:0 在全县××工作会议上的讲话',
      'dateline:0 （2026年3月6日）',
      'salutation:0 同志们：',
      'heading:1 一、统一思想，切实增强做好工作的责任感',
      'heading:1 二、突出重点，扎实推进各项任务',
      'point:2 一要提出第一项要求',
      'point:2 二要提出第二项要求',
      'point:2 三要提出第三项要求',
      'heading:1 三、强化落实，压紧压实各方责任',
      'point:2 一是列举第一项措施',
      'point:2 二是列举第二项措施',
      'point:2 三是列举第三项措施',
      'heading:1 四、加强领导，为完成各项任务提供坚强保障',
      'point:2 一要提出第一项保障要求',
      'point:2 二要提出第二项保障要求',
      'point:2 三要提出第三项保障要求',
      'closing:0 希望各级各部门以更加务实的作风，把各项任务落到实处',
    ].join('\n'));
  });

  test('the skeleton’s opening ends with its road-map sentence', () => {
    const opening = expandDefault('jhg').split('\n').find((line) => line.includes('开场白'));
    // Four sections, four points promised: the count check finds nothing to say about the skeleton.
    assert.ok(opening?.endsWith('下面，我讲四点意见。'), opening);
  });

  test('dates drop the leading zero of month and day', () => {
    assert.equal(expandDefault('rq'), '（2026年3月6日）');
    assert.equal(expandDefault('rq', { CURRENT_MONTH: '11', CURRENT_DATE: '20' }), '（2026年11月20日）');
  });

  test('salutation and opening after a title', () => {
    assert.equal(kindsOf('在全县工作会议上的讲话\n' + expandDefault('kt') + '\n一、统一思想'), [
      'title:0 在全县工作会议上的讲话',
      'salutation:0 同志们：',
      'heading:1 一、统一思想',
    ].join('\n'));
  });

  test('speaker and date lines under a title', () => {
    assert.equal(kindsOf('关于重点工作的报告\n' + expandDefault('jhr') + '\n各位代表：'), [
      'title:0 关于重点工作的报告',
      'dateline:0 讲话人姓名',
      'dateline:0 （2026年3月6日）',
      'salutation:0 各位代表：',
    ].join('\n'));
  });

  test('a closing after the last section', () => {
    assert.equal(kindsOf('一、统一思想\n正文。\n　　' + expandDefault('jw', { TM_CURRENT_LINE: '　　jw' })), [
      'heading:1 一、统一思想',
      'closing:0 希望各级各部门进一步统一思想、振奋精神，为完成全年目标任务作出新的更大贡献',
    ].join('\n'));
  });

  for (const [prefix, level, marker] of [['bt1', 1, '一、'], ['bt2', 2, '（一）'], ['bt3', 3, '1.'], ['bt4', 4, '（1）']] as const) {
    test(`${prefix} is a level-${level} heading ${marker}`, () => {
      const [node] = parseSpeech(expandDefault(prefix)).nodes;
      assert.equal(node.kind, 'heading');
      assert.equal(node.level, level);
      assert.equal(node.marker, marker);
    });
  }

  for (const [prefix, family, markers] of [
    ['yy', 'yao', ['一要', '二要', '三要']],
    ['ys', 'shi', ['一是', '二是', '三是']],
    ['dy', 'di', ['第一，', '第二，', '第三，']],
    ['sx', 'sequence', ['首先，', '其次，', '最后，']],
  ] as const) {
    test(`${prefix} writes three ${family} points as separate paragraphs, indented like the line it starts on`, () => {
      const text = '二、突出重点\n　　' + expandDefault(prefix, { TM_CURRENT_LINE: `　　${prefix}` });
      const model = parseSpeech(text);
      const points = model.nodes.filter((node) => node.kind === 'point');
      assert.deepEqual(points.map((node) => node.marker), markers);
      assert.ok(points.every((node) => node.family === family && node.parent === model.roots[0] && !node.inline));
      assert.deepEqual(text.split('\n').slice(1).map((line) => line.slice(0, 2)), ['　　', '　　', '　　']);
    });
  }
});

describe('numbered snippets continue the numbering of their place', () => {
  /** The body of a snippet typed at `$$` in a draft, with placeholders at their defaults. */
  function at(prefix: string, draft: string): string {
    const offset = draft.indexOf('$$');
    const text = draft.replace('$$', prefix);
    return expand(snippetBody(byPrefix(prefix), parseSpeech(text), offset), VARIABLES).text;
  }

  test('bt1 after 五、 writes 六、, with the numeral as the first field', () => {
    const draft = '一、甲\n二、乙\n三、丙\n四、丁\n五、戊\n　　正文。\n$$';
    assert.equal(at('bt1', draft), '六、四字短语，展开的短语\n　　');
    const snippet = snippetBody(byPrefix('bt1'), parseSpeech(draft.replace('$$', 'bt1')), draft.indexOf('$$'));
    assert.ok(snippet.startsWith('${1:六}、'), snippet);
  });

  test('bt2 inside 二、 after （一） writes （二）; at the start of a section （一）', () => {
    assert.equal(at('bt2', '一、甲\n（一）子\n（二）丑\n二、乙\n（一）寅\n　　正文。\n$$'), '（二）标题文字。');
    assert.equal(at('bt2', '一、甲\n（一）子\n二、乙\n$$'), '（一）标题文字。');
  });

  test('bt3 keeps the siblings’ style: after 1、 2、 comes 3、', () => {
    assert.equal(at('bt3', '（一）甲\n1、子。\n2、丑。\n$$'), '3、标题文字。');
  });

  test('bt4 in an empty draft starts at （1）', () => {
    assert.equal(at('bt4', '$$'), '（1）标题文字。');
  });

  test('yy after 一要 and 二要 writes 三要, 四要, 五要', () => {
    const text = at('yy', '二、突出重点\n　　一要聚焦重点。\n　　二要聚焦节点。\n　　$$');
    assert.deepEqual(text.split('\n').map((line) => line.slice(0, 2)), ['三要', '四要', '五要']);
  });

  test('ys inside a paragraph after 一是…。 continues with 二是', () => {
    assert.ok(at('ys', '三、强化落实\n　　一是压实属地责任。$$').startsWith('二是'));
  });

  test('dy under a heading with 一要 points opens its own sequence at 第一，', () => {
    assert.ok(at('dy', '二、突出重点\n　　一要聚焦重点。\n　　$$').startsWith('第一，'));
  });
});

describe('where snippets are offered', () => {
  test('at a line start, after its indentation, and after a sentence end inside a paragraph', () => {
    assert.deepEqual(snippetPrefixAt('bt1', 3), { start: 0, typed: 'bt1', inline: false });
    assert.deepEqual(snippetPrefixAt('　　yy', 4), { start: 2, typed: 'yy', inline: false });
    assert.deepEqual(snippetPrefixAt('　　一是压实责任。ys', 11), { start: 9, typed: 'ys', inline: true });
    assert.deepEqual(snippetPrefixAt('', 0), { start: 0, typed: '', inline: false });
  });

  test('not in the middle of a sentence, where an input method composes pinyin', () => {
    assert.equal(snippetPrefixAt('一要聚焦重点，yishi', 12), undefined);
    assert.equal(snippetPrefixAt('　　今天召开会议ys', 10), undefined);
    assert.equal(snippetPrefixAt('增长3.5%', 6), undefined);
  });

  test('one suggestion per snippet, under the prefix typed', () => {
    assert.deepEqual(matchingSnippets('j', false).map((match) => match.prefix), ['jhg', 'jw', 'jhr']);
    assert.deepEqual(matchingSnippets('ji', false).map((match) => match.prefix), ['jianghua', 'jiewei']);
    assert.deepEqual(matchingSnippets('speech', false).map((match) => match.snippet.name), ['讲话稿框架 · Speech skeleton']);
    const all = matchingSnippets('', false);
    assert.equal(all.length, SPEECH_SNIPPETS.length);
    assert.equal(new Set(all.map((match) => match.snippet)).size, all.length);
  });

  test('inside a paragraph only the point snippets', () => {
    assert.deepEqual(matchingSnippets('', true).map((match) => match.prefix), ['yy', 'ys', 'dy', 'sx']);
    assert.deepEqual(matchingSnippets('bt', true), []);
  });
});

describe('template texts', () => {
  test('each is a placeholder of a snippet', () => {
    const bodies = SPEECH_SNIPPETS.map((snippet) => snippet.body).join('\n');
    for (const text of TEMPLATE_TEXTS) {
      assert.ok(new RegExp(`\\$\\{\\d+:${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\}`).test(bodies), text);
    }
  });

  test('the skeleton expanded with its defaults holds them; the words a speech keeps are not among them', () => {
    const skeleton = expandDefault('jhg');
    assert.ok(TEMPLATE_TEXTS.filter((text) => skeleton.includes(text)).length >= 10);
    for (const kept of ['同志们', '统一思想', '谢谢大家！', '下面，我讲四点意见。']) {
      assert.ok(!TEMPLATE_TEXTS.includes(kept), kept);
    }
  });
});

describe('template text left in a draft', () => {
  test('the built-in templates\' instructions and stand-ins are template text too; their defaults a speech keeps are not', () => {
    const texts = templatePlaceholderTexts();
    for (const instruction of ['写明措施。', '总体情况。', '阐明意义、形势和要求。', '写明具体措施和时间节点。', '全县XX工作会议', '2026年X月X日', '某某乡党委书记　某某某', 'XX']) {
      assert.ok(texts.includes(instruction), instruction);
    }
    for (const kept of ['同志们', '统一思想', '聚焦重点领域', '各位代表', '县人民政府', '总结工作、分析形势、部署任务']) {
      assert.ok(!texts.includes(kept), kept);
    }
    // Every template inserted with its defaults is found unfinished; the stand-in inside a longer one is found once, whole.
    for (const template of SPEECH_TEMPLATES) assert.ok(findTemplateLeftovers(expandSnippet(template.body)).length > 0, template.id);
    const text = '在全县XX工作会议上的讲话\n（2026年X月X日）\n　　一要聚焦重点领域。写明措施。XX乡要带头。\n';
    assert.deepEqual(findTemplateLeftovers(text).map((leftover) => leftover.text), ['全县XX工作会议', '2026年X月X日', '写明措施。', 'XX乡']);
  });

  test('the skeleton as inserted is full of it; every finding is a template text at its place', () => {
    const skeleton = expandDefault('jhg');
    const found = findTemplateLeftovers(skeleton);
    assert.ok(found.length >= 20, String(found.length));
    for (const leftover of found) assert.equal(skeleton.slice(leftover.start, leftover.end), leftover.text);
    assert.deepEqual(found.map((leftover) => leftover.start), [...found.map((leftover) => leftover.start)].sort((a, b) => a - b));
  });

  test('a finished draft and the samples have none', () => {
    for (const name of readdirSync(join(root, 'samples'))) {
      assert.deepEqual(findTemplateLeftovers(readFileSync(join(root, 'samples', name), 'utf8')), [], name);
    }
  });

  test('the instruction before the road-map sentence is found where typing replaced the sentence instead', () => {
    const text = '同志们：\n\n　　开场白：说明会议的目的和意义，简要回顾前一阶段工作，点明当前形势。今天召开会议。\n一、甲\n　　一要抓好安全。展开说明。\n';
    assert.deepEqual(findTemplateLeftovers(text).map((leftover) => leftover.text), ['开场白：说明会议的目的和意义，简要回顾前一阶段工作，点明当前形势。', '展开说明。']);
  });
});
