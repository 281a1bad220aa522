// The snippets: a draft's skeleton and its parts, in VS Code's snippet syntax. They are served by
// the completion provider (not contributed as a snippets file) so that a heading or point snippet
// starts at the number the draft has reached, each snippet is one suggestion whatever prefix was
// typed, and none is offered in the middle of a sentence.

import { formatMarker, formatNumeral, standardHeadingStyle, standardPointStyle, type MarkerStyle, type PointFamily } from './grammar';
import type { SpeechModel } from './model';
import { markerPrefixAt, nextMarkers, type MarkerCandidate, type MarkerPrefix } from './sequence';

/** Where a numbered snippet continues the draft's numbering. */
export type SnippetNumbering = { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4 } | { readonly kind: 'point'; readonly family: PointFamily };

export interface SpeechSnippet {
  /** Prefixes typeable with a Chinese input method in English mode: pinyin initials, full pinyin, an English word. */
  readonly prefixes: readonly string[];
  /** The Chinese name, then the English one: 讲话稿框架 · Speech skeleton. */
  readonly name: string;
  /** What it inserts, in Chinese with English after it. */
  readonly description: string;
  /** Written at the left margin, like the headings, title, date and salutation of the samples. */
  readonly flush: boolean;
  /** May start inside a paragraph, after a sentence end (points); others only at a line start. */
  readonly inline: boolean;
  readonly numbering?: SnippetNumbering;
  /**
   * VS Code snippet syntax. In numbered snippets `{{K}}` is the marker K after the one the draft
   * has reached, and `{{K:T}}` the same marker with its numeral as tab stop T.
   */
  readonly body: string;
}

/** The indentation of the line the snippet starts on, for its later lines (VS Code copies only spaces and tabs). */
const INDENT = '${TM_CURRENT_LINE/^[ \\t]*(\\s*).*$/$1/}';
const DATE = '（${2:$CURRENT_YEAR}年${3:${CURRENT_MONTH/^0//}}月${4:${CURRENT_DATE/^0//}}日）';

function points(texts: readonly [string, string, string]): string {
  return texts.map((text, index) => `${index === 0 ? '' : INDENT}{{${index}}}\${${2 * index + 1}:${text}}。\${${2 * index + 2}:展开说明。}`).join('\n') + '$0';
}

export const SPEECH_SNIPPETS: readonly SpeechSnippet[] = [
  {
    prefixes: ['jhg', 'jianghua', 'speech'],
    name: '讲话稿框架 · Speech skeleton',
    description: '讲话稿完整框架：标题、日期、称谓、开场白、四个部分（一要、一是）、结尾（full speech skeleton: title, date, salutation, opening, four sections with points, closing）',
    flush: true,
    inline: false,
    body: [
      '${1:在全县××工作会议上的讲话}',
      DATE,
      '',
      '${5:同志们}：',
      '',
      '　　${6:开场白：说明会议的目的和意义，简要回顾前一阶段工作，点明当前形势。}${7:下面，我讲四点意见。}',
      '',
      '一、${8:统一思想}，${9:切实增强做好工作的责任感}',
      '　　${10:第一部分讲认识：为什么要做好这项工作，形势怎么看。}',
      '',
      '二、${11:突出重点}，${12:扎实推进各项任务}',
      '　　${13:第二部分讲任务，先用一句话概括。}',
      '　　一要${14:提出第一项要求}。${15:展开说明。}',
      '　　二要${16:提出第二项要求}。${17:展开说明。}',
      '　　三要${18:提出第三项要求}。${19:展开说明。}',
      '',
      '三、${20:强化落实}，${21:压紧压实各方责任}',
      '　　一是${22:列举第一项措施}。${23:展开说明。}',
      '　　二是${24:列举第二项措施}。${25:展开说明。}',
      '　　三是${26:列举第三项措施}。${27:展开说明。}',
      '',
      '四、${28:加强领导}，${29:为完成各项任务提供坚强保障}',
      '　　一要${30:提出第一项保障要求}。${31:展开说明。}',
      '　　二要${32:提出第二项保障要求}。${33:展开说明。}',
      '　　三要${34:提出第三项保障要求}。${35:展开说明。}',
      '',
      '　　希望${36:各级各部门}${37:以更加务实的作风，把各项任务落到实处}！',
      '　　谢谢大家！$0',
    ].join('\n'),
  },
  {
    prefixes: ['kt', 'kaitou', 'opening'],
    name: '称谓和开场白 · Salutation and opening',
    description: '称谓和开场白，以“下面，我讲几点意见。”收束（salutation and opening with its road-map sentence）',
    flush: true,
    inline: false,
    body: '${1:同志们}：\n\n　　${2:开场白：说明会议的目的和意义，简要回顾前一阶段工作，点明当前形势。}${3:下面，我讲几点意见。}$0',
  },
  {
    prefixes: ['jw', 'jiewei', 'closing'],
    name: '结尾 · Closing',
    description: '结尾：希望……，谢谢大家（closing: 希望…… and thanks）',
    flush: false,
    inline: false,
    body: `希望\${1:各级各部门}\${2:进一步统一思想、振奋精神}，\${3:为完成全年目标任务作出新的更大贡献}！\n${INDENT}\${4:谢谢大家！}$0`,
  },
  {
    prefixes: ['rq', 'riqi', 'date'],
    name: '日期行 · Date line',
    description: '日期行（默认今天）（date line, today by default）',
    flush: true,
    inline: false,
    body: '（${1:$CURRENT_YEAR}年${2:${CURRENT_MONTH/^0//}}月${3:${CURRENT_DATE/^0//}}日）$0',
  },
  {
    prefixes: ['jhr', 'speaker'],
    name: '讲话人和日期 · Speaker and date',
    description: '讲话人姓名和日期行，放在标题下（speaker’s name and date line under the title）',
    flush: true,
    inline: false,
    body: `\${1:讲话人姓名}\n${DATE}$0`,
  },
  {
    prefixes: ['bt1', 'h1'],
    name: '一级标题 · Level-1 heading',
    description: '一级标题：一、两个短语，接着上一个一级标题编号（level-1 heading 一、 with two phrases, numbered after the last one）',
    flush: true,
    inline: false,
    numbering: { kind: 'heading', level: 1 },
    body: '{{0:1}}${2:四字短语}，${3:展开的短语}\n　　$0',
  },
  {
    prefixes: ['bt2', 'h2'],
    name: '二级标题 · Level-2 heading',
    description: '二级标题：（一），接着本部分上一个二级标题编号（level-2 heading （一）, numbered after the last one in its section）',
    flush: true,
    inline: false,
    numbering: { kind: 'heading', level: 2 },
    body: '{{0:1}}${2:标题文字}。$0',
  },
  {
    prefixes: ['bt3', 'h3'],
    name: '三级标题 · Level-3 heading',
    description: '三级标题：1.，接着本部分上一个三级标题编号（level-3 heading 1., numbered after the last one in its section）',
    flush: true,
    inline: false,
    numbering: { kind: 'heading', level: 3 },
    body: '{{0:1}}${2:标题文字}。$0',
  },
  {
    prefixes: ['bt4', 'h4'],
    name: '四级标题 · Level-4 heading',
    description: '四级标题：（1），接着本部分上一个四级标题编号（level-4 heading （1）, numbered after the last one in its section）',
    flush: true,
    inline: false,
    numbering: { kind: 'heading', level: 4 },
    body: '{{0:1}}${2:标题文字}。$0',
  },
  {
    prefixes: ['yy', 'yiyao'],
    name: '一要二要三要 · Points 一要',
    description: '并列要求：一要……二要……三要……，接着已有的编号（parallel exhortations 一要…二要…三要…, continuing the numbering）',
    flush: false,
    inline: true,
    numbering: { kind: 'point', family: 'yao' },
    body: points(['提出第一项要求', '提出第二项要求', '提出第三项要求']),
  },
  {
    prefixes: ['ys', 'yishi'],
    name: '一是二是三是 · Points 一是',
    description: '并列事项：一是……二是……三是……，接着已有的编号（parallel points 一是…二是…三是…, continuing the numbering）',
    flush: false,
    inline: true,
    numbering: { kind: 'point', family: 'shi' },
    body: points(['列举第一项内容', '列举第二项内容', '列举第三项内容']),
  },
  {
    prefixes: ['dy', 'diyi'],
    name: '第一第二第三 · Points 第一',
    description: '并列层次：第一，……第二，……第三，……，接着已有的编号（ordinal points 第一，…第二，…第三，…, continuing the numbering）',
    flush: false,
    inline: true,
    numbering: { kind: 'point', family: 'di' },
    body: points(['讲清第一层意思', '讲清第二层意思', '讲清第三层意思']),
  },
  {
    prefixes: ['sx', 'shouxian'],
    name: '首先其次最后 · Points 首先',
    description: '递进层次：首先，……其次，……最后，……（sequence words 首先，…其次，…最后，…）',
    flush: false,
    inline: true,
    body: `首先，\${1:讲清第一步}。\${2:展开说明。}\n${INDENT}其次，\${3:讲清第二步}。\${4:展开说明。}\n${INDENT}最后，\${5:讲清最后一步}。\${6:展开说明。}$0`,
  },
];

/** Where a snippet's prefix is being typed on a line: its start, the prefix so far, and whether that is inside a paragraph. */
export type SnippetPrefix = MarkerPrefix;

/**
 * The snippet prefix typed before `character` on a line (ASCII letters and digits), when it stands
 * where a structure can start: after the line's indentation, or after a sentence end inside a
 * paragraph (`inline`). Undefined in the middle of a sentence, so composing pinyin there brings up
 * nothing. The same rule as for markers (markerPrefixAt).
 */
export function snippetPrefixAt(lineText: string, character: number): SnippetPrefix | undefined {
  if (character < 0 || character > lineText.length) {
    return undefined;
  }
  let start = character;
  while (start > 0 && /[A-Za-z0-9]/.test(lineText[start - 1])) {
    start--;
  }
  if (start < character && !/[A-Za-z]/.test(lineText[start])) {
    return undefined;
  }
  const place = markerPrefixAt(lineText, start);
  if (place === undefined || place.typed.length > 0) {
    return undefined;
  }
  return { start, typed: lineText.slice(start, character), inline: place.inline };
}

/** A snippet that fits what was typed, and the prefix it is offered under. */
export interface SnippetMatch {
  readonly snippet: SpeechSnippet;
  readonly prefix: string;
}

/**
 * The snippets that fit a typed prefix, one per snippet: the first of its prefixes that begins
 * with `typed` (all snippets, under their first prefix, when nothing is typed). Inside a paragraph
 * only the point snippets fit.
 */
export function matchingSnippets(typed: string, inline: boolean): SnippetMatch[] {
  const lower = typed.toLowerCase();
  const out: SnippetMatch[] = [];
  for (const snippet of SPEECH_SNIPPETS) {
    if (inline && !snippet.inline) {
      continue;
    }
    const prefix = snippet.prefixes.find((candidate) => candidate.startsWith(lower));
    if (prefix !== undefined) {
      out.push({ snippet, prefix });
    }
  }
  return out;
}

/** The candidate the draft offers at `offset` for a numbered snippet's place, if any. */
function candidateFor(numbering: SnippetNumbering, model: SpeechModel, offset: number): MarkerCandidate | undefined {
  const context = nextMarkers(model, model.text, offset);
  return context?.candidates.find((candidate) =>
    numbering.kind === 'heading' ? candidate.kind === 'heading' && candidate.level === numbering.level : candidate.kind === 'point' && candidate.family === numbering.family,
  );
}

/**
 * The snippet's body for a position of the draft: a numbered snippet continues the numbering of
 * its place (六、 after 五、, 三要 after 二要, in the style of the siblings), or starts at one.
 * `offset` is where the snippet's text will begin (the start of the typed prefix).
 */
export function snippetBody(snippet: SpeechSnippet, model: SpeechModel, offset: number): string {
  const numbering = snippet.numbering;
  if (numbering === undefined) {
    return snippet.body;
  }
  const candidate = candidateFor(numbering, model, offset);
  const style: MarkerStyle = candidate?.style ?? (numbering.kind === 'heading' ? standardHeadingStyle(numbering.level)! : standardPointStyle(numbering.family));
  const first = candidate?.ordinal ?? 1;
  return snippet.body.replace(/\{\{(\d+)(?::(\d+))?\}\}/g, (_, step: string, tabStop: string | undefined) => {
    const ordinal = first + Number(step);
    return tabStop === undefined ? formatMarker(style, ordinal) : `${style.prefix}\${${tabStop}:${formatNumeral(style.numeral, ordinal)}}${style.suffix}`;
  });
}

/**
 * Placeholder texts of the snippets that are instructions or stand-ins, never words a speech keeps
 * (展开说明。, 提出第二项要求, 开场白：…): a draft still holding one is not finished. Defaults a
 * writer may well keep (统一思想, 同志们, 谢谢大家！, the road-map sentence) are not listed. A unit
 * test checks that each is a placeholder of a snippet.
 */
export const TEMPLATE_TEXTS: readonly string[] = [
  '在全县××工作会议上的讲话',
  '开场白：说明会议的目的和意义，简要回顾前一阶段工作，点明当前形势。',
  '第一部分讲认识：为什么要做好这项工作，形势怎么看。',
  '第二部分讲任务，先用一句话概括。',
  '展开说明。',
  ...['一', '二', '三'].flatMap((n) => [`提出第${n}项要求`, `列举第${n}项措施`, `提出第${n}项保障要求`, `列举第${n}项内容`, `讲清第${n}层意思`]),
  '讲清第一步',
  '讲清第二步',
  '讲清最后一步',
  '四字短语',
  '展开的短语',
  '标题文字',
  '讲话人姓名',
];
