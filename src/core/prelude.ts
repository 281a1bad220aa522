// The parts of a speech around its numbered body, recognised by line shape: the title, the date
// or speaker line under it, the salutation (同志们：) and the closing paragraph (希望…, 谢谢…).
// Title, date and salutation lines never hold points (no sentence end inside them), so their
// recognition cannot change what else the line contains.

import { isLeadEnd, isPunctuationEnd } from './marks';

/** Longest line that can be a title, date line or salutation. */
export const MAX_PRELUDE_LINE = 60;

/** How a closing paragraph may begin. */
const CLOSING_CUES = [
  '希望', '让我们', '谢谢', '同志们，', '同志们,', '同志们！', '同志们!', '朋友们，', '各位代表，', '各位委员，',
  // Wishes (预祝大会圆满成功！) and a 表态发言's last words (以上发言，不妥之处…): only these words, as
  // 祝 or 以上 alone also begin sentences of an opening or a body.
  '预祝', '以上发言', '以上汇报', '以上是我的',
  // Traditional characters.
  '讓我們', '謝謝', '同志們，', '同志們,', '同志們！', '同志們!', '朋友們，', '各位代表，', '各位委員，',
  '預祝', '以上發言', '以上匯報',
];
/** Words of a title, never of a speaker's name line: 报告, 会议, 总结, 工作, 的… (simplified and traditional). */
const TITLE_WORDS = /报告|報告|会议|會議|总结|總結|主持词|主持詞|致辞|致辭|工作|的/;
const CLOSING_CUE_FIRSTS = new Set(CLOSING_CUES.map((cue) => cue.charCodeAt(0)));

/** True when `line` has a lead end (。；！？：) before `end`: a line with a sentence inside may hold points. */
function hasLeadEnd(line: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    if (isLeadEnd(line.charCodeAt(i))) {
      return true;
    }
  }
  return false;
}

/** A short line with no sentence in it and no punctuation at its end. */
export function isTitleLike(line: string): boolean {
  return line.length > 0 && line.length <= MAX_PRELUDE_LINE && !isPunctuationEnd(line.charCodeAt(line.length - 1)) && !hasLeadEnd(line, line.length);
}

/** A date alone on its line, without brackets: 2026年1月5日, 二〇二六年一月五日. */
const BARE_DATE = /^[0-9０-９〇○零一二三四五六七八九十]{2,4}年[0-9０-９〇○零一二三四五六七八九十]{1,3}月(?:[0-9０-９〇○零一二三四五六七八九十]{1,3}日)?$/;

/** A date in brackets or alone, a ——source line, or a speaker's name alone on its line. */
export function isDateOrSpeakerLine(line: string): boolean {
  if (hasLeadEnd(line, line.length)) {
    return false;
  }
  if (BARE_DATE.test(line)) {
    return true;
  }
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  if ((first === 0xff08 || first === 0x28) && (last === 0xff09 || last === 0x29) && line.length <= 40) {
    return /[0-9０-９年]/.test(line);
  }
  if (line.startsWith('——') || line.startsWith('--')) {
    return line.length <= 60;
  }
  // A speaker's name alone on its line: a few characters, no punctuation, none of a title's words.
  return line.length <= 12 && /^[\u4e00-\u9fff·\u3000 ]+$/.test(line) && !TITLE_WORDS.test(line);
}

/** Words of a speaker's or issuer's line: the office before the name (县委书记　某某, 副市长某某某), an issuing body (县委办公室), or a template's 讲话人姓名. */
const OFFICE_WORDS = /书记|書記|市长|市長|县长|縣長|区长|區長|省长|省長|镇长|鎮長|乡长|鄉長|主任|主席|部长|部長|局长|局長|厅长|廳長|院长|院長|校长|校長|常委|委员|委員|秘书长|秘書長|董事长|董事長|经理|經理|同志|讲话人|講話人|姓名|办公室|辦公室|人民政府|委员会|委員會|党委|黨委|党组|黨組/;

/**
 * The second line of a title set on two lines (坚定信心　真抓实干 / 奋力开创高质量发展新局面): title-like,
 * not a date or ——subtitle line, and not a speaker's line (an office word, or a bare name of up to
 * four characters). The caller also asks that a date, speaker or salutation line follows.
 */
export function isTitleContinuation(line: string): boolean {
  if (!isTitleLike(line) || BARE_DATE.test(line) || line.startsWith('——') || line.startsWith('--') || line.charCodeAt(0) === 0xff08 || line.charCodeAt(0) === 0x28) {
    return false;
  }
  return !OFFICE_WORDS.test(line) && line.replace(/[\u3000 ·]/g, '').length > 4;
}

/** How a speech's own title ends: …的讲话, …的报告, …致辞, …发言, …主持词, …讲稿, …党课, maybe with （摘要） after it. */
const SPEECH_TITLE_END = /(?:讲话|講話|报告|報告|致辞|致辭|发言|發言|主持词|主持詞|讲稿|講稿|党课|黨課)(?:[（(][^）)]{1,8}[）)])?$/;

/**
 * A speech's own title (在全县…会议上的讲话): title-like and ending in a speech's word. In a
 * collection, it follows the collection's title (领导讲话汇编) before its date line or salutation.
 */
export function isSpeechTitle(line: string): boolean {
  return isTitleLike(line) && SPEECH_TITLE_END.test(line) && !isDateOrSpeakerLine(line);
}

/** A short line ending in a colon, with no sentence before it: 同志们： 各位代表： */
export function isSalutationLike(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  // Words before the colon (同志们：), not a lone colon or punctuation (首先，：).
  return (last === 0xff1a || last === 0x3a) && line.length >= 2 && line.length <= 40 && !isPunctuationEnd(line.charCodeAt(line.length - 2)) &&
    !hasLeadEnd(line, line.length - 1);
}

/** True when a closing cue begins at `pos`. */
export function isClosingCue(text: string, pos: number): boolean {
  if (!CLOSING_CUE_FIRSTS.has(text.charCodeAt(pos))) {
    return false;
  }
  for (const cue of CLOSING_CUES) {
    if (text.startsWith(cue, pos)) {
      return true;
    }
  }
  return false;
}
