import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseSpeech, tigangMarkdown, tigangText } from '../../src/core';
import { joinLines } from './helpers';

const samples = join(__dirname, '../../../samples');
const read = (name: string): string => readFileSync(join(samples, name), 'utf8');

describe('提纲 as plain text', () => {
  const model = parseSpeech(read('安全生产工作会议讲话.speech'));

  test('title, headings and points, markers as written, indented by level', () => {
    assert.equal(tigangText(model), joinLines(
      '在全县安全生产工作会议上的讲话',
      '一、统一思想，切实增强做好安全生产工作的责任感',
      '二、突出重点，扎实推进隐患排查整治',
      '　　一要聚焦重点行业领域',
      '　　二要聚焦关键时间节点',
      '　　三要聚焦薄弱环节',
      '三、强化落实，压紧压实安全生产责任',
      '　　一是压实属地管理责任',
      '　　二是压实部门监管责任',
      '　　三是压实企业主体责任',
      '四、夯实基础，全面提升安全保障能力',
      '　　一要加强应急救援队伍建设',
      '　　二要加强安全宣传教育',
      '　　三要加强科技支撑',
      '',
    ));
  });

  test('without points, or one level deep', () => {
    const headings = joinLines(
      '在全县安全生产工作会议上的讲话',
      '一、统一思想，切实增强做好安全生产工作的责任感',
      '二、突出重点，扎实推进隐患排查整治',
      '三、强化落实，压紧压实安全生产责任',
      '四、夯实基础，全面提升安全保障能力',
      '',
    );
    assert.equal(tigangText(model, { points: false }), headings);
    assert.equal(tigangText(model, { depth: 1 }), headings);
  });

  test('depth counts levels present: 一、 then 1. is two levels', () => {
    const m = parseSpeech(joinLines('一、思想认识', '1.提高站位', '（1）深入学习', '二、工作措施'));
    assert.equal(tigangText(m, { depth: 2 }), joinLines('一、思想认识', '　　1.提高站位', '二、工作措施', ''));
  });

  test('an empty draft gives nothing', () => {
    assert.equal(tigangText(parseSpeech('')), '');
    assert.equal(tigangMarkdown(parseSpeech('')), '');
  });
});

describe('提纲 as Markdown', () => {
  test('the reference speech: title #, sections ##, points as list items', () => {
    assert.equal(tigangMarkdown(parseSpeech(read('安全生产工作会议讲话.speech'))), joinLines(
      '# 在全县安全生产工作会议上的讲话',
      '',
      '## 一、统一思想，切实增强做好安全生产工作的责任感',
      '',
      '## 二、突出重点，扎实推进隐患排查整治',
      '',
      '- 一要聚焦重点行业领域',
      '- 二要聚焦关键时间节点',
      '- 三要聚焦薄弱环节',
      '',
      '## 三、强化落实，压紧压实安全生产责任',
      '',
      '- 一是压实属地管理责任',
      '- 二是压实部门监管责任',
      '- 三是压实企业主体责任',
      '',
      '## 四、夯实基础，全面提升安全保障能力',
      '',
      '- 一要加强应急救援队伍建设',
      '- 二要加强安全宣传教育',
      '- 三要加强科技支撑',
      '',
    ));
  });

  test('the four-level report: ## to #####, markers kept', () => {
    const markdown = tigangMarkdown(parseSpeech(read('政府工作报告提纲.speech')));
    const lines = markdown.split('\n');
    assert.equal(lines[0], '# 关于2026年全县重点工作的报告');
    assert.ok(lines.includes('## 一、经济运行'));
    assert.ok(lines.includes('### （一）主要指标稳中有进'));
    assert.ok(lines.includes('#### 1.工业生产平稳回升'));
    assert.ok(lines.includes('##### （1）粮食生产保持稳定'));
    assert.ok(lines.includes('##### ⑴完成县属企业整合重组'));
    assert.ok(lines.includes('- 一是经济增长的内生动力还不够强'));
  });

  test('Markdown characters in the draft stay literal', () => {
    const m = parseSpeech(joinLines('一、推进*重点*项目', '#2号线'));
    assert.equal(tigangMarkdown(m), '## 一、推进\\*重点\\*项目\n');
  });

  test('points under points nest as lists', () => {
    const m = parseSpeech(joinLines('一、总体要求', '第一，坚持稳中求进。', '　　一是稳增长。二是调结构。', '第二，坚持改革创新。'));
    assert.equal(tigangMarkdown(m), joinLines('## 一、总体要求', '', '- 第一，坚持稳中求进', '  - 一是稳增长', '  - 二是调结构', '- 第二，坚持改革创新', ''));
  });

  for (const file of readdirSync(samples).filter((name) => name.endsWith('.speech'))) {
    test(`every section of ${file} appears once, at its depth`, () => {
      const model = parseSpeech(read(file));
      const lines = tigangMarkdown(model).split('\n').filter((line) => line !== '');
      const sections = model.nodes.filter((node) => node.kind === 'heading' || node.kind === 'point');
      const titles = model.nodes.filter((node) => node.kind === 'title');
      assert.equal(lines.length, sections.length + Math.min(1, titles.length));
      for (const node of sections) {
        const text = model.text.slice(node.start, node.headingEnd);
        const line = lines.find((l) => l.replace(/^(#+ |\s*- )/, '') === text);
        assert.ok(line, `${text} missing`);
        if (node.kind === 'heading') {
          let depth = 1;
          for (let p = node.parent; p; p = p.parent) depth++;
          assert.equal(/^#+/.exec(line)![0].length, Math.min(depth + 1, 6), text);
        } else {
          assert.match(line, /^\s*- /);
        }
      }
    });
  }
});
