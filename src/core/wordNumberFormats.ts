// Word's number formats (w:numFmt): a list counter written as 一 壹 甲 ① A xiv…, as Word shows it.

import { formatChineseNumeral, formatCircled, formatParenthesizedNumber, toFullWidthDigits } from './numerals';

const LEGAL_SIMPLIFIED = '零壹贰叁肆伍陆柒捌玖';
const TRADITIONAL = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';
const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';

function letters(value: number, base: number): string {
  // Word repeats the letter: A…Z, AA…ZZ, AAA…
  const letter = String.fromCharCode(base + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = value;
  for (const [amount, numeral] of table) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/** A counter in one of Word's number formats (w:numFmt). */
export function formatListNumber(format: string, value: number): string {
  if (value < 1 && format !== 'decimal' && format !== 'decimalZero') {
    return String(value);
  }
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return formatChineseNumeral(value);
    case 'chineseLegalSimplified':
      return formatChineseNumeral(value).replace(/[一二三四五六七八九]/g, (digit) => LEGAL_SIMPLIFIED['零一二三四五六七八九'.indexOf(digit)])
        .replace('十', '拾').replace('百', '佰');
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(value).replace(/[0-9]/g, (digit) => IDEOGRAPH_DIGITS[Number(digit)]);
    case 'ideographTraditional':
      return TRADITIONAL[(value - 1) % 10];
    case 'ideographZodiac':
      return ZODIAC[(value - 1) % 12];
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return toFullWidthDigits(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return formatCircled(value);
    case 'decimalEnclosedParen':
      return formatParenthesizedNumber(value);
    case 'decimalEnclosedFullstop':
      return value <= 20 ? String.fromCharCode(0x2488 + value - 1) : `${value}.`;
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'upperLetter':
      return letters(value, 0x41);
    case 'lowerLetter':
      return letters(value, 0x61);
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'none':
      return '';
    default:
      return String(value);
  }
}
