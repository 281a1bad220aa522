// Templates for a new draft, written for this project in the genre's style: the reference speech,
// a work report, a Party lecture, a pledge statement and a host's script. Bodies are VS Code
// snippets: ${n:text} placeholders in the order a drafter fills them, $0 where writing goes on.

import { message, type Message } from './messages';

/** A built-in template. */
export interface SpeechTemplate {
  readonly id: string;
  readonly name: Message;
  readonly description: Message;
  /** The whole draft as snippet text (lines joined with \n). */
  readonly body: string;
}

const lines = (...text: string[]): string => text.join('\n') + '\n';

export const SPEECH_TEMPLATES: readonly SpeechTemplate[] = [
  {
    id: 'speech',
    name: message('Speech (讲话)'),
    description: message('the reference structure: title, date, salutation, opening with its road map, three sections, points, closing'),
    body: lines(
      '在${1:全县XX工作会议}上的讲话',
      '（${2:2026年X月X日}）',
      '',
      '${3:同志们}：',
      '',
      '　　今天召开${4:这次会议}，主要任务是${5:总结工作、分析形势、部署任务}。刚才，${6:有关部门作了发言}，我都同意。下面，我讲三点意见。',
      '',
      '一、${7:统一思想}，${8:切实增强做好工作的责任感和紧迫感}',
      '　　${9:阐明意义、形势和要求。}',
      '',
      '二、${10:突出重点}，${11:扎实推进各项任务落地}',
      '　　一要${12:聚焦重点领域}。${13:写明措施。}',
      '　　二要${14:抓住关键环节}。',
      '　　三要${15:补齐短板弱项}。',
      '',
      '三、${16:强化落实}，${17:确保各项工作取得实效}',
      '　　一是${18:压实责任}。二是${19:加强督导}。三是${20:严格考核}。',
      '',
      '　　同志们，${21:任务艰巨、责任重大}。希望大家${22:以更加务实的作风}，扎扎实实把各项工作落到实处！$0',
    ),
  },
  {
    id: 'report',
    name: message('Work report (工作报告)'),
    description: message("last year's work by area, the problems (一是、二是), this year's tasks, closing"),
    body: lines(
      '关于${1:XX}工作的报告',
      '',
      '${2:各位代表}：',
      '',
      '　　现在，我代表${3:县人民政府}，向大会报告工作，请予审议。',
      '',
      '一、${4:过去一年}工作回顾',
      '　　${5:总体情况。}',
      '（一）${6:经济运行稳中有进}。${7:写明主要指标。}',
      '（二）${8:项目建设加快推进}。',
      '（三）${9:民生保障持续加强}。',
      '',
      '二、存在的问题',
      '　　一是${10:发展动力还不够强}。二是${11:部分领域短板仍然突出}。三是${12:干部作风还需进一步改进}。',
      '',
      '三、${13:今年}工作安排',
      '　　${14:总体要求和主要预期目标。}',
      '（一）${15:着力稳增长}。',
      '1.${16:抓好项目建设}。',
      '2.${17:扩大有效需求}。',
      '（二）${18:着力惠民生}。',
      '（三）${19:着力防风险}。',
      '',
      '　　${20:各位代表}，${21:新的目标催人奋进}。让我们${22:团结一心、奋发有为}，为${23:建设更加美好的家园}而努力奋斗！$0',
    ),
  },
  {
    id: 'lecture',
    name: message('Party lecture (党课)'),
    description: message('a lecture title with its occasion, opening, three parts (why, what, how), closing'),
    body: lines(
      '${1:坚定理想信念　勇担时代使命}',
      '——在${2:XX专题党课}上的讲稿',
      '',
      '同志们：',
      '',
      '　　今天，我以“${3:坚定理想信念　勇担时代使命}”为题，和大家一起学习交流。主要讲三个方面的体会。',
      '',
      '一、${4:深刻认识}${5:坚定理想信念的重大意义}',
      '　　${6:讲清道理。}',
      '',
      '二、${7:准确把握}${8:新时代的使命要求}',
      '　　第一，${9:从历史中汲取力量}。',
      '　　第二，${10:从实践中把握方向}。',
      '　　第三，${11:从群众中找准坐标}。',
      '',
      '三、${12:切实把}${13:理想信念转化为实际行动}',
      '　　首先，${14:要学深悟透}。其次，${15:要知行合一}。最后，${16:要久久为功}。',
      '',
      '　　同志们，${17:理想信念是共产党人精神上的“钙”}。让我们${18:不忘初心、牢记使命}，在新征程上展现新担当、新作为！$0',
    ),
  },
  {
    id: 'pledge',
    name: message('Pledge statement (表态发言)'),
    description: message('a short statement at a meeting: salutation, who speaks for whom, three commitments, closing'),
    body: lines(
      '在${1:全县XX工作会议}上的表态发言',
      '${2:某某乡党委书记　某某某}',
      '',
      '尊敬的${3:各位领导}、同志们：',
      '',
      '　　刚才，${4:县委主要领导作了重要讲话}，我们将认真学习、坚决贯彻。下面，我代表${5:XX乡}作表态发言。',
      '',
      '一、${6:提高政治站位}，${7:在思想上再深化}',
      '　　${8:写明如何统一思想。}',
      '',
      '二、${9:聚焦目标任务}，${10:在措施上再细化}',
      '　　${11:写明具体措施和时间节点。}',
      '',
      '三、${12:强化责任担当}，${13:在落实上再加力}',
      '　　${14:写明责任分工和保障。}',
      '',
      '　　同志们，我们将${15:以这次会议为新的起点}，确保${16:各项任务按期完成}。我的发言完毕，谢谢！$0',
    ),
  },
  {
    id: 'host',
    name: message("Host's script (主持词)"),
    description: message("a meeting host's script: opening, attendance, the agenda item by item (首先、其次、最后), adjournment"),
    body: lines(
      '在${1:全县XX工作会议}上的主持词',
      '（${2:2026年X月X日}）',
      '',
      '同志们：',
      '',
      '　　现在开会。今天会议的主要任务是${3:总结工作、部署任务}。出席今天会议的有${4:县领导XXX、XXX同志}。',
      '　　会议共有${5:三}项议程。',
      '　　首先，请${6:XXX同志}${7:通报工作情况}。',
      '　　其次，请${8:XXX等单位}作交流发言。',
      '　　最后，请${9:XXX同志}作重要讲话。大家欢迎！',
      '',
      '　　同志们，${10:刚才XXX同志的讲话，我们要认真学习领会、抓好贯彻落实}。现在散会。$0',
    ),
  },
];

/**
 * The text a snippet body inserts when every placeholder keeps its default: ${n:text} → text,
 * $n and ${n} → nothing, \$ → $.
 */
export function expandSnippet(body: string): string {
  let out = body;
  // Placeholders do not nest in these templates; repeat for nested ones anyway.
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return out.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}
