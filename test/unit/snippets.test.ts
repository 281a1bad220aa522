// The contributed snippets (snippets/speech.json): typeable prefixes, bilingual descriptions, tab
// stops in filling order, and drafts that the outline understands once expanded.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseSpeech } from '../../src/core';
import { kindsOf } from './helpers';

interface Snippet {
  readonly prefix: string | string[];
  readonly body: string | string[];
  readonly description: string;
}

const root = join(__dirname, '..', '..', '..');
const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'speech.json'), 'utf8')) as Record<string, Snippet>;
const prefixesOf = (snippet: Snippet): string[] => (Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix]);
const bodyOf = (snippet: Snippet): string => (Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body);

/** Finds a snippet by one of its prefixes. */
function byPrefix(prefix: string): Snippet {
  const found = Object.values(snippets).find((snippet) => prefixesOf(snippet).includes(prefix));
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
  const all = Object.entries(snippets);

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

      test('has a Chinese description, with English after it', () => {
        assert.match(snippet.description, /^[\u4e00-\u9fff]/);
        assert.match(snippet.description, /（[a-z][\x20-\x7e]{3,}.*）$/);
      });

      test('numbers its tab stops 1, 2, 3… in the order a writer fills them', () => {
        const { tabStops } = expand(bodyOf(snippet), VARIABLES);
        const numbered = tabStops.filter((stop) => stop > 0);
        assert.deepEqual(numbered, numbered.map((_, index) => index + 1));
        assert.ok(tabStops.filter((stop) => stop === 0).length <= 1);
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
    assert.ok(opening?.endsWith('下面，我讲几点意见。'), opening);
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
