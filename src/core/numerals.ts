// Chinese and Arabic numerals as they appear in section markers.

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The characters of Chinese numerals. */
export const CHINESE_NUMERAL_CHARS = '一二两三四五六七八九十百零〇';
/** ASCII and full-width digits, as [first, last] code ranges. */
export const DIGIT_RANGES: readonly (readonly [number, number])[] = [[0x30, 0x39], [0xff10, 0xff19]];
/** Circled ①…⑳ and parenthesized ⑴…⒇ numbers, as [first, last] code ranges. */
export const ENCLOSED_NUMBER_RANGES: readonly (readonly [number, number])[] = [[0x2460, 0x2473], [0x2474, 0x2487]];

/** True for a character that can be part of a Chinese numeral (一…九, 十, 百, 零, 〇, 两). */
export function isChineseNumeralChar(code: number): boolean {
  switch (code) {
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e24: // 两
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
    case 0x767e: // 百
    case 0x96f6: // 零
    case 0x3007: // 〇
      return true;
    default:
      return false;
  }
}

/**
 * Value of a Chinese numeral written the usual way (一, 十, 十一, 二十, 九十九, 一百, 一百零五, 一百二十),
 * or undefined when the characters do not form a well-written numeral ("一一", "十十").
 */
export function parseChineseNumeral(text: string): number | undefined {
  return parseChineseNumeralAt(text, 0, text.length);
}

/** The value 0-9 of a Chinese digit character (〇 零 一…九 两), or -1. */
function chineseDigitValue(code: number): number {
  switch (code) {
    case 0x3007: // 〇
    case 0x96f6: // 零
      return 0;
    case 0x4e00: // 一
      return 1;
    case 0x4e8c: // 二
    case 0x4e24: // 两
      return 2;
    case 0x4e09: // 三
      return 3;
    case 0x56db: // 四
      return 4;
    case 0x4e94: // 五
      return 5;
    case 0x516d: // 六
      return 6;
    case 0x4e03: // 七
      return 7;
    case 0x516b: // 八
      return 8;
    case 0x4e5d: // 九
      return 9;
    default:
      return -1;
  }
}

const HUNDRED = 0x767e; // 百
const TEN = 0x5341; // 十

/** `parseChineseNumeral` of `text.slice(from, to)`, read from the character codes without a slice. */
export function parseChineseNumeralAt(text: string, from: number, to: number): number | undefined {
  const length = to - from;
  if (length <= 0 || length > 7) {
    return undefined;
  }
  let rest = from;
  let value = 0;
  let hundred = -1;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === HUNDRED) {
      hundred = i;
      break;
    }
  }
  if (hundred >= 0) {
    const digit = hundred - rest === 1 ? chineseDigitValue(text.charCodeAt(rest)) : -1;
    if (digit <= 0) {
      return undefined;
    }
    value = digit * 100;
    rest = hundred + 1;
    if (rest === to) {
      return value;
    }
    const next = text.charCodeAt(rest);
    if (next === 0x96f6 /* 零 */ || next === 0x3007 /* 〇 */) {
      // 一百零五: a single digit after the zero.
      rest++;
      const ones = to - rest === 1 ? chineseDigitValue(text.charCodeAt(rest)) : -1;
      return ones <= 0 ? undefined : value + ones;
    }
    // 一百二十, 一百一十五: tens must carry their digit after 百.
    if (next === TEN) {
      return undefined;
    }
  }
  let ten = -1;
  for (let i = rest; i < to; i++) {
    if (text.charCodeAt(i) === TEN) {
      ten = i;
      break;
    }
  }
  if (ten >= 0) {
    let tens = 1;
    if (ten > rest) {
      const digit = ten - rest === 1 ? chineseDigitValue(text.charCodeAt(rest)) : -1;
      if (digit <= 0) {
        return undefined;
      }
      tens = digit;
    }
    value += tens * 10;
    rest = ten + 1;
    if (rest === to) {
      return value;
    }
  }
  const ones = to - rest === 1 ? chineseDigitValue(text.charCodeAt(rest)) : -1;
  if (ones <= 0) {
    return undefined;
  }
  return value + ones;
}

/** The Chinese numeral for 1…999 in the form drafts use (十一, 二十, 一百零五). */
export function formatChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 999) {
    return String(value);
  }
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  let out = '';
  if (hundreds > 0) {
    out += CHINESE_DIGITS[hundreds] + '百';
    if (tens === 0 && ones > 0) {
      return out + '零' + CHINESE_DIGITS[ones];
    }
  }
  if (tens > 0) {
    out += (tens === 1 && hundreds === 0 ? '' : CHINESE_DIGITS[tens]) + '十';
  }
  if (ones > 0) {
    out += CHINESE_DIGITS[ones];
  }
  return out;
}

/** True for 0-9 in ASCII or full width. */
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** The value 0-9 of an ASCII or full-width digit. */
export function digitValue(code: number): number {
  return code >= 0xff10 ? code - 0xff10 : code - 0x30;
}

/** Circled numbers ①…⑳ → 1…20, parenthesized ⑴…⒇ → 1…20; 0 for anything else. */
export function enclosedNumberValue(code: number): number {
  if (code >= 0x2460 && code <= 0x2473) {
    return code - 0x2460 + 1;
  }
  if (code >= 0x2474 && code <= 0x2487) {
    return code - 0x2474 + 1;
  }
  return 0;
}

/** ① for 1…20 (circled style). */
export function formatCircled(value: number): string {
  return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : `(${value})`;
}

/** ⑴ for 1…20 (parenthesized-number style). */
export function formatParenthesizedNumber(value: number): string {
  return value >= 1 && value <= 20 ? String.fromCharCode(0x2474 + value - 1) : `(${value})`;
}

/** Arabic digits written full width (１２). */
export function toFullWidthDigits(value: number): string {
  return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + d.charCodeAt(0) - 0x30));
}
