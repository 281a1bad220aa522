import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, checkNumbering, parseSpeech, problemMessage, renumberEdits } from '../../src/core';
import { joinLines } from './helpers';

/** Problems as `line:code:expected`, for comparing with a table. */
function problemsOf(text: string): string[] {
  const model = parseSpeech(text);
  return checkNumbering(model).map((problem) => `${model.lines.positionAt(problem.start).line}:${problem.code.replace('numbering.', '')}:${problem.expected}`);
}

function renumber(text: string, unifyStyle = false): string {
  return applyEdits(text, renumberEdits(parseSpeech(text), { unifyStyle }));
}

/** [what, broken draft, expected problems, renumbered text] */
const table: [string, string, string[], string][] = [
  ['a gap in level one', joinLines('一、甲', '二、乙', '四、丙', '五、丁'),
    ['2:gap:三、', '3:gap:四、'], joinLines('一、甲', '二、乙', '三、丙', '四、丁')],
  ['a duplicate in level two', joinLines('（一）甲', '（二）乙', '（二）丙', '（三）丁'),
    ['2:duplicate:（三）', '3:duplicate:（四）'], joinLines('（一）甲', '（二）乙', '（三）丙', '（四）丁')],
  ['out of order', joinLines('1.甲', '3.乙', '2.丙'),
    ['1:gap:2.', '2:order:3.'], joinLines('1.甲', '2.乙', '3.丙')],
  ['not starting at one', joinLines('（2）甲', '（3）乙'),
    ['0:start:（1）', '1:gap:（2）'], joinLines('（1）甲', '（2）乙')],
  ['sequences restart under each parent', joinLines('一、甲', '（一）子', '（三）子', '二、乙', '（二）子'),
    ['2:gap:（二）', '4:start:（一）'], joinLines('一、甲', '（一）子', '（二）子', '二、乙', '（一）子')],
  ['points in one paragraph', '一是甲。三是乙。四是丙。',
    ['0:gap:二是', '0:gap:三是'], '一是甲。二是乙。三是丙。'],
  ['a point family mixed in one list', joinLines('一要甲。', '二是乙。', '三要丙。'),
    ['1:family:二要'], joinLines('一要甲。', '二是乙。', '三要丙。')],
  ['mixed bracket widths among siblings', joinLines('（一）甲', '(二)乙', '（三）丙'),
    ['1:style:（二）'], joinLines('（一）甲', '(二)乙', '（三）丙')],
  ['mixed separators among siblings', joinLines('1.甲', '2.乙', '3、丙'),
    ['2:style:3.'], joinLines('1.甲', '2.乙', '3、丙')],
  ['numerals beyond ten', joinLines('八、甲', '九、乙', '十一、丙', '十一、丁'),
    ['0:start:一、', '1:gap:二、', '2:gap:三、', '3:duplicate:四、'], joinLines('一、甲', '二、乙', '三、丙', '四、丁')],
  ['growing past ten changes the numeral length only', joinLines(...Array.from({ length: 12 }, (_, i) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十', '十二'][i]}、节`)),
    ['10:duplicate:十一、'], joinLines(...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((n) => `${n}、节`))],
  ['a second list of points restarts at one', joinLines('（一）甲', '一是子。二是子。', '另一方面。', '一是子。二是子。'),
    [], joinLines('（一）甲', '一是子。二是子。', '另一方面。', '一是子。二是子。')],
  ['each speech of a collection numbers afresh', joinLines('甲会议讲话', '同志们：', '一、甲', '二、乙', '乙会议讲话', '同志们：', '一、丙', '三、丁'),
    ['7:gap:二、'], joinLines('甲会议讲话', '同志们：', '一、甲', '二、乙', '乙会议讲话', '同志们：', '一、丙', '二、丁')],
  ['第X， points and full-width digits', joinLines('第一，甲。', '第三，乙。', '１．子', '３．子'),
    ['1:gap:第二，', '3:gap:２．'], joinLines('第一，甲。', '第二，乙。', '１．子', '２．子')],
  ['correct numbering has no problems', joinLines('一、甲', '（一）子', '1.孙', '（1）曾孙', '（二）子', '二、乙', '一要甲。二要乙。'), [],
    joinLines('一、甲', '（一）子', '1.孙', '（1）曾孙', '（二）子', '二、乙', '一要甲。二要乙。')],
];

describe('numbering checks and renumbering', () => {
  for (const [what, draft, problems, fixed] of table) {
    test(`${what}: problems`, () => assert.deepEqual(problemsOf(draft), problems));
    test(`${what}: renumbered`, () => assert.equal(renumber(draft), fixed));
  }

  test('each problem fixes itself alone', () => {
    const text = joinLines('一、甲', '二、乙', '四、丙');
    const [problem] = checkNumbering(parseSpeech(text));
    assert.equal(applyEdits(text, [problem.fix]), joinLines('一、甲', '二、乙', '三、丙'));
  });

  test('the family quick fix writes the list\'s form', () => {
    const text = '一要甲。二是乙。三要丙。';
    const [problem] = checkNumbering(parseSpeech(text));
    assert.equal(applyEdits(text, [problem.fix]), '一要甲。二要乙。三要丙。');
    assert.deepEqual(problemsOf(applyEdits(text, [problem.fix])), []);
  });

  test('the style quick fix writes the siblings\' style', () => {
    const text = joinLines('（一）甲', '(二)乙', '（三）丙');
    const [problem] = checkNumbering(parseSpeech(text));
    assert.equal(applyEdits(text, [problem.fix]), joinLines('（一）甲', '（二）乙', '（三）丙'));
  });

  test('unifying style rewrites whole markers to the siblings\' majority', () => {
    assert.equal(renumber(joinLines('（一）甲', '(二)乙', '(四)丙', '（四）丁'), true), joinLines('（一）甲', '（二）乙', '（三）丙', '（四）丁'));
    assert.equal(renumber(joinLines('1.甲', '2、乙', '3.丙'), true), joinLines('1.甲', '2.乙', '3.丙'));
  });

  test('renumbering preserves line endings and everything but numerals', () => {
    const text = '\u3000\u3000一、甲\r\n二、乙\r\n\r\n五、丙\r\n';
    assert.equal(renumber(text), '\u3000\u3000一、甲\r\n二、乙\r\n\r\n三、丙\r\n');
  });

  test('messages say what was expected in both languages', () => {
    const message = problemMessage({ code: 'numbering.gap', expected: '三、' });
    assert.match(message.en, /expected "三、"/);
    assert.match(message.zh, /应为"三、"/);
  });
});
