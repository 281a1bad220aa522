// Tables of drafts shared by several unit tests: the completion cases (sequence.test.ts), the
// numbering cases (numbering.test.ts), and the agreement test that reads both.

import { joinLines } from './helpers';

/** [what, draft with $$CURSOR$$, the markers offered, most likely first] */
export type CompletionCase = [string, string, string[]];

/** What comes next at a paragraph start. */
export const NEXT_AT_PARAGRAPH_START: readonly CompletionCase[] = [
  ['after 二、 with body comes 三、, then a first child under 二、',
    joinLines('一、统一思想', '　　正文。', '二、突出重点', '　　正文。', '$$CURSOR$$'),
    ['三、', '（一）', '一要', '一是', '第一，', '首先，']],
  ['right under a bare heading its first child comes first',
    joinLines('一、统一思想', '$$CURSOR$$'),
    ['（一）', '一要', '一是', '第一，', '首先，', '二、']],
  ['inside （一） after 1. and 2. comes 3., then （二） and 二、',
    joinLines('一、经济运行', '（一）主要指标', '1.工业生产平稳。', '2.消费市场回暖。', '$$CURSOR$$'),
    ['3.', '（二）', '二、', '（1）', '一要', '一是', '第一，', '首先，']],
  ['after 一要… 二要… comes 三要',
    joinLines('二、突出重点', '　　一要聚焦重点行业。', '　　二要聚焦关键节点。', '　　$$CURSOR$$'),
    ['三要', '三、', '一是', '第一，', '首先，']],
  ['a closing-like paragraph at the end of an unfinished draft does not close the numbering',
    joinLines('三、强化落实', '一是压实属地责任。', '二是压实部门责任。', '希望各单位认真落实。', '$$CURSOR$$'),
    ['三是', '四、', '一要', '第一，', '首先，']],
  ['首先 is followed by 其次; 其次 by 再次 or 最后; 最后 ends the sequence',
    joinLines('第三，强化保障。', '首先，保障资金。', '其次，保障人员。', '$$CURSOR$$'),
    ['再次，', '最后，', '第四，', '一要', '一是']],
  ['after 最后 only the outer sequence continues',
    joinLines('第一，提高认识。', '首先，学。', '最后，用。', '$$CURSOR$$'),
    ['第二，', '一要', '一是']],
  ['numbering continues past 十', joinLines('九、甲', '十、乙', '　　正文。', '$$CURSOR$$'),
    ['十一、', '（一）', '一要', '一是', '第一，', '首先，']],
  ['level 4 under level 3', joinLines('1.工业生产', '（1）规上工业。', '$$CURSOR$$'),
    ['（2）', '2.', '一要', '一是', '第一，', '首先，']],
  ['no heading below level 4', joinLines('（1）规上工业', '$$CURSOR$$'),
    ['一要', '一是', '第一，', '首先，', '（2）']],
  ['an empty draft offers the ways a speech begins', '$$CURSOR$$',
    ['一、', '（一）', '第一，', '一是', '一要', '首先，']],
  ['after the salutation and opening, before any section', joinLines('在全县工作会议上的讲话', '同志们：', '　　今天召开会议。下面，我讲几点意见。', '$$CURSOR$$'),
    ['一、', '（一）', '第一，', '一是', '一要', '首先，']],
  ['a new speech in a collection starts again', joinLines('在甲会议上的讲话', '同志们：', '一、认清形势', '二、明确任务', '在乙会议上的讲话', '各位代表：', '$$CURSOR$$'),
    ['一、', '（一）', '第一，', '一是', '一要', '首先，']],
  ['a 第X point nests 一是 but not another 第X', joinLines('第一，总体要求。', '第二，主要任务。', '一是抓项目。', '$$CURSOR$$'),
    ['二是', '第三，', '一要', '首先，']],
];

/** The style of the siblings. */
export const SIBLING_STYLE: readonly CompletionCase[] = [
  ['half-width brackets continue half-width', joinLines('一、总体', '(一)甲。', '(二)乙。', '$$CURSOR$$'), ['(三)', '二、', '1.', '一要', '一是', '第一，', '首先，']],
  ['1、 continues 1、', joinLines('（一）甲', '1、子。', '2、丑。', '$$CURSOR$$'), ['3、', '（二）', '（1）', '一要', '一是', '第一，', '首先，']],
  ['the style most siblings use wins over a stray one', joinLines('（一）甲。', '（二）乙。', '(三)丙。', '$$CURSOR$$'), ['（四）', '1.', '一要', '一是', '第一，', '首先，']],
  ['full-width digits continue full-width', joinLines('１．甲。', '２．乙。', '$$CURSOR$$'), ['３．', '（1）', '一要', '一是', '第一，', '首先，']],
  ['第一、 continues 第二、', joinLines('第一、统一思想。', '$$CURSOR$$'), ['第二、', '一要', '一是', '首先，']],
  ['a first child follows what earlier sections used: 1. directly under 一、', joinLines('一、思想认识', '1.提高站位。', '二、工作措施', '$$CURSOR$$'),
    ['1.', '一要', '一是', '第一，', '首先，', '三、']],
  ['a first child follows the bracket width earlier sections used', joinLines('一、甲', '(一)子。', '二、乙', '正文。', '$$CURSOR$$'),
    ['三、', '(一)', '一要', '一是', '第一，', '首先，']],
  ['without earlier sections, a first child follows the draft’s style for its level', joinLines('一、甲', '（一）子', '1、丑。', '（二）寅', '二、乙', '（一）卯', '$$CURSOR$$'),
    ['1、', '一要', '一是', '第一，', '首先，', '（二）', '三、']],
  ['a first point follows the family earlier sections began with', joinLines('一、甲', '一是子。', '二是丑。', '二、乙', '$$CURSOR$$'),
    ['（一）', '一是', '一要', '第一，', '首先，', '三、']],
];

/** Inside a paragraph. */
export const INSIDE_A_PARAGRAPH: readonly CompletionCase[] = [
  ['after a sentence end, the next point of the paragraph', joinLines('三、强化落实', '　　一是压实属地责任。二是压实部门责任。$$CURSOR$$'),
    ['三是', '一要', '第一，', '首先，']],
  ['an opening quote after a sentence end begins text, not a marker', '要做到“三个到位”。一是思想到位。“$$CURSOR$$', []],
  ['after 。” the next point', '一是思想到位，做到“心中有数。”$$CURSOR$$', ['二是', '一要', '第一，', '首先，']],
  ['after a heading’s colon, its first points', '（二）主要任务：$$CURSOR$$', ['一要', '一是', '第一，', '首先，']],
  ['never in the middle of a sentence', joinLines('二、突出重点', '一要聚焦重点，$$CURSOR$$'), []],
  ['never in the middle of a word', joinLines('二、突出重点', '一要聚焦重点$$CURSOR$$'), []],
  ['not after long text on the line', joinLines('二、突出重点', '这是一段很长的正文内容$$CURSOR$$'), []],
];

/** [what, broken draft, expected problems, renumbered text] */
export const NUMBERING_TABLE: readonly [string, string, string[], string][] = [
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
