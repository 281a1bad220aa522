import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import chinese from '../../l10n/bundle.l10n.zh-cn.json';
import { applyEdits, checkNumbering, formatMessage, parseSpeech, problemMessage, renumberEdits } from '../../src/core';
import { joinLines } from './helpers';
import { NUMBERING_TABLE } from './tables';

/** Problems as `line:code:expected`, for comparing with a table. */
function problemsOf(text: string): string[] {
  const model = parseSpeech(text);
  return checkNumbering(model).map((problem) => `${model.lines.positionAt(problem.start).line}:${problem.code.replace('numbering.', '')}:${problem.expected}`);
}

function renumber(text: string, unifyStyle = false): string {
  return applyEdits(text, renumberEdits(parseSpeech(text), { unifyStyle }));
}


describe('numbering checks and renumbering', () => {
  for (const [what, draft, problems, fixed] of NUMBERING_TABLE) {
    test(`${what}: problems`, () => assert.deepEqual(problemsOf(draft), problems));
    test(`${what}: renumbered`, () => assert.equal(renumber(draft), fixed));
  }

  test('each problem fixes itself alone', () => {
    const text = joinLines('一、甲', '二、乙', '四、丙');
    const [problem] = checkNumbering(parseSpeech(text));
    assert.equal(applyEdits(text, [problem.fix]), joinLines('一、甲', '二、乙', '三、丙'));
  });

  test('a shifted run: one problem, whose renumbering is its fix, said in both languages', () => {
    const text = joinLines('一、甲', '二、新', '二、乙', '三、丙', '四、丁');
    const problems = checkNumbering(parseSpeech(text));
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem.code, 'numbering.shifted');
    assert.equal(applyEdits(text, problem.renumber!), joinLines('一、甲', '二、新', '三、乙', '四、丙', '五、丁'));
    assert.equal(applyEdits(text, [problem.fix]), joinLines('一、甲', '二、新', '三、乙', '三、丙', '四、丁'));
    assert.equal(formatMessage(problemMessage(problem)), 'numbers after "二、" are shifted by one: renumber the sequence');
    assert.equal(formatMessage(problemMessage(problem), chinese), '“二、”之后的编号顺延了一位，应重新编号');
  });

  test('the family quick fix writes the list\'s form', () => {
    const text = '一要甲。二是乙。三要丙。';
    const [problem] = checkNumbering(parseSpeech(text));
    assert.equal(applyEdits(text, [problem.fix]), '一要甲。二要乙。三要丙。');
    assert.deepEqual(problemsOf(applyEdits(text, [problem.fix])), []);
  });

  test('the other family choice writes the whole list in the stray\'s form, the numbers as written', () => {
    const text = joinLines('一要甲。', '二是乙。', '三要丙。');
    const [problem] = checkNumbering(parseSpeech(text));
    assert.equal(problem.wholeList!.marker, '一是');
    assert.equal(applyEdits(text, problem.wholeList!.edits), joinLines('一是甲。', '二是乙。', '三是丙。'));
    assert.deepEqual(problemsOf(applyEdits(text, problem.wholeList!.edits)), []);
    const last = '一要甲。二要乙。三是丙。';
    assert.equal(applyEdits(last, checkNumbering(parseSpeech(last))[0].wholeList!.edits), '一是甲。二是乙。三是丙。');
  });

  test('the style quick fix writes the siblings\' style', () => {
    const text = joinLines('（一）甲', '(二)乙', '（三）丙');
    const [problem] = checkNumbering(parseSpeech(text));
    assert.equal(applyEdits(text, [problem.fix]), joinLines('（一）甲', '（二）乙', '（三）丙'));
  });

  test('unifying style rewrites whole markers to the siblings\' majority', () => {
    assert.equal(renumber(joinLines('（一）甲', '(二)乙', '(四)丙', '（四）丁'), true), joinLines('（一）甲', '（二）乙', '（三）丙', '（四）丁'));
    assert.equal(renumber(joinLines('1.甲', '2、乙', '3.丙'), true), joinLines('1.甲', '2.乙', '3.丙'));
    // Blanks inside brackets stay: only the brackets and the numeral are rewritten.
    assert.equal(renumber(joinLines('（一）甲', '（二）乙', '( 四 ).丙'), true), joinLines('（一）甲', '（二）乙', '（ 三 ）.丙'));
  });

  test('a marker the siblings\' style would turn into text keeps its own style: no style problem, only its numeral changes', () => {
    // 二．一方面… is no heading (as 五.一期间 is none), so 一、一方面… stays written with 、.
    const text = joinLines('一．统一思想', '二．落实责任', '四、一方面的工作');
    assert.deepEqual(problemsOf(text), ['2:gap:三、']);
    assert.equal(renumber(text, true), joinLines('一．统一思想', '二．落实责任', '三、一方面的工作'));
    assert.deepEqual(problemsOf(joinLines('一．统一思想', '二．落实责任', '三、一方面的工作')), []);
  });

  test('renumbering preserves line endings and everything but numerals', () => {
    const text = '\u3000\u3000一、甲\r\n二、乙\r\n\r\n五、丙\r\n';
    assert.equal(renumber(text), '\u3000\u3000一、甲\r\n二、乙\r\n\r\n三、丙\r\n');
  });

  test('messages say what was expected in both languages', () => {
    const message = problemMessage({ code: 'numbering.gap', expected: '三、' });
    assert.match(formatMessage(message), /expected "三、"/);
    assert.match(formatMessage(message, chinese), /应为“三、”/);
  });
});
