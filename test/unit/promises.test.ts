// Count promises: "下面，我讲三点意见" followed by another number of sections or points.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import chinese from '../../l10n/bundle.l10n.zh-cn.json';
import { applyEdits, formatMessage, parseSpeech, problemWithRange } from '../../src/core';
import { checkDrafting } from '../../src/core/drafting';
import { checkCountPromises } from '../../src/core/promises';

/** The promises of a draft as `phrase promised→actual what replacement`. */
function promises(text: string): string[] {
  return checkCountPromises(parseSpeech(text)).map((p) => `${p.phrase} ${p.promised}→${p.actual} ${p.what} ${p.replacement} ${text.slice(p.start, p.end)}`);
}

const OPENING = '在全县工作会议上的讲话\n\n同志们：\n\n　　今天召开会议。下面，我讲三点意见。\n\n';
const sections = (n: number): string => Array.from({ length: n }, (_, i) => `${'一二三四五六'[i]}、第${i + 1}部分\n　　正文。\n`).join('');

describe('count promises', () => {
  test('the opening promises 三点 and four sections follow: warn with both numbers, the fix writes 四', () => {
    const text = OPENING + sections(4);
    assert.deepEqual(promises(text), ['讲三点 3→4 sections 四 三']);
    const [promise] = checkCountPromises(parseSpeech(text));
    assert.ok(applyEdits(text, [{ start: promise.start, end: promise.end, newText: promise.replacement }]).includes('下面，我讲四点意见。'));
  });

  test('a kept promise says nothing; 几点 is no count', () => {
    assert.deepEqual(promises(OPENING + sections(3)), []);
    assert.deepEqual(promises(OPENING.replace('三点', '几点') + sections(4)), []);
  });

  test('two sections promised as 两点, three follow: 三; three promised, two follow: 两', () => {
    assert.deepEqual(promises(OPENING.replace('三点', '两点') + sections(3)), ['讲两点 2→3 sections 三 两']);
    assert.deepEqual(promises(OPENING + sections(2)), ['讲三点 3→2 sections 两 三']);
  });

  test('digits stay digits, full-width stays full-width', () => {
    assert.deepEqual(promises(OPENING.replace('三点', '3点') + sections(4)), ['讲3点 3→4 sections 4 3']);
    assert.deepEqual(promises(OPENING.replace('三点', '３点') + sections(5)), ['讲３点 3→5 sections ５ ３']);
  });

  test('a section that promises 三个方面 and has two 一是 points', () => {
    const text = '一、突出重点\n　　今年要重点抓好三个方面工作。一是抓安全。二是抓发展。\n二、强化落实\n　　正文。\n';
    assert.deepEqual(promises(text), ['抓好三个方面 3→2 points 两 三']);
  });

  test('从四个方面 in a draft of points only', () => {
    const text = '同志们：\n　　下面，我从四个方面讲一讲。\n　　第一，统一思想。\n　　第二，突出重点。\n　　第三，狠抓落实。\n';
    assert.deepEqual(promises(text), ['从四个方面 4→3 points 三 四']);
  });

  test('a number that is not an announcement is left alone', () => {
    const text = '同志们：\n　　去年我们在三个方面取得进展，新建三条道路。\n一、甲\n　　正文。\n二、乙\n　　正文。\n';
    assert.deepEqual(promises(text), []);
  });

  test('each speech of a collection is checked on its own', () => {
    const text = OPENING + sections(3) + OPENING.replace('三点', '两点') + sections(3);
    assert.deepEqual(promises(text), ['讲两点 2→3 sections 三 两']);
  });
});

describe('checkDrafting', () => {
  test('a promise: warning message with both numbers in both languages, and its fix', () => {
    const text = OPENING + sections(4);
    const [problem] = checkDrafting(parseSpeech(text));
    assert.equal(problem.code, 'drafting.promise');
    assert.equal(formatMessage(problem.message), '"讲三点" promises 3, but 4 sections follow');
    assert.equal(formatMessage(problem.message, chinese), '“讲三点”说的是 3，但后面有 4 个部分');
    assert.equal(formatMessage(problem.fix.title, chinese), '改为“讲四点”');
    assert.ok(applyEdits(text, [problem.fix.edit!]).includes('我讲四点意见'));
    // The code action finds it again by the diagnostic's code and range, as for numbering problems.
    assert.equal(problemWithRange(checkDrafting(parseSpeech(text)), 'drafting.promise', { start: problem.start, end: problem.end })?.message.text, problem.message.text);
    assert.equal(problemWithRange(checkDrafting(parseSpeech(text)), 'drafting.template', { start: problem.start, end: problem.end }), undefined);
  });

  test('template text: a hint-level problem whose fix selects it', () => {
    const text = '一、甲\n　　一要抓好安全。展开说明。\n';
    const problems = checkDrafting(parseSpeech(text));
    assert.deepEqual(problems.map((problem) => [problem.code, text.slice(problem.start, problem.end)]), [['drafting.template', '展开说明。']]);
    assert.deepEqual(problems[0].fix.select, { start: problems[0].start, end: problems[0].end });
  });
});
