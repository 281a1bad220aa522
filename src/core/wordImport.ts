// Reading a Word document (.docx) as a speech draft: its paragraphs as lines, soft line breaks
// kept, table rows as lines of tab-separated cells, and the numbers Word generates from
// numbering.xml (一、 （一） 1. …) written out as text, so the outline sees them.

import { formatChineseNumeral, formatCircled, formatParenthesizedNumber, toFullWidthDigits } from './numerals';
import type { Bilingual as Message } from './messages';
import { attribute, decodeXmlText, isOn, xmlTags, type XmlTag } from './xml';
import { looksLikeZip, readZipDirectory, readZipEntry, ZipError, type ZipEntry } from './zip';

/** Why a file cannot be opened as a speech. */
export type WordProblem = 'empty' | 'not-zip' | 'encrypted' | 'legacy' | 'not-word' | 'damaged' | 'unsupported' | 'too-large';

export class WordReadError extends Error {
  constructor(
    readonly problem: WordProblem,
    readonly text: Message,
  ) {
    super(text.en);
  }
}

export interface WordReadOptions {
  /** Most bytes the main document part may inflate to (default 100 MB). */
  readonly maxPartBytes?: number;
}

export interface WordDocumentText {
  /** The draft: paragraphs as lines, ending with a line break. */
  readonly text: string;
  readonly paragraphs: number;
  /** Paragraphs whose number Word generated, now written out. */
  readonly numbered: number;
  /** Text boxes, drawings and embedded objects, which are not read. */
  readonly skippedObjects: number;
}

export const DEFAULT_MAX_PART_BYTES = 100 * 1024 * 1024;
const MAX_SIDE_PART_BYTES = 16 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when `bytes` holds `name` as UTF-16LE (how OLE compound files store stream names). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + name.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 0; j < name.length; j++) {
      if (bytes[i + 2 * j] !== name.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) {
        continue outer;
      }
    }
    return true;
  }
  return false;
}

/** The message for an OLE compound file: a password-protected .docx, an old .doc, or something else. */
function oleProblem(bytes: Uint8Array): WordReadError {
  if (hasUtf16Name(bytes, 'EncryptedPackage') || hasUtf16Name(bytes, 'EncryptionInfo')) {
    return new WordReadError('encrypted', {
      en: 'the document is password-protected: open it in Word, remove the password (File › Info › Protect Document) and save it, then open it again',
      zh: '该文档设有密码保护：请在 Word 中打开，取消密码（文件 › 信息 › 保护文档）并保存后再打开',
    });
  }
  if (hasUtf16Name(bytes, 'WordDocument')) {
    return new WordReadError('legacy', {
      en: 'this is an old Word 97–2003 document (.doc): save it as .docx in Word or WPS, then open it again',
      zh: '这是旧版 Word 97–2003 文档（.doc）：请在 Word 或 WPS 中另存为 .docx 后再打开',
    });
  }
  return new WordReadError('not-word', { en: 'this is an Office 97–2003 file, not a Word document (.docx)', zh: '这是 Office 97–2003 格式的文件，不是 Word 文档（.docx）' });
}

function notWord(what: Message): WordReadError {
  return new WordReadError('not-word', {
    en: `a zip archive but not a Word document (${what.en})`,
    zh: `是 zip 压缩包，但不是 Word 文档（${what.zh}）`,
  });
}

const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
];

/** Finds the main document part: [Content_Types].xml names it. */
function mainPartName(contentTypes: string): string | undefined {
  for (const tag of xmlTags(contentTypes)) {
    if (tag.name === 'Override' && MAIN_TYPES.includes(attribute(tag, 'ContentType') ?? '')) {
      return (attribute(tag, 'PartName') ?? '').replace(/^\//, '');
    }
  }
  return undefined;
}

/** The targets of a part's relationships by type suffix (`/numbering`, `/styles`), resolved against the part's folder. */
function relationshipTargets(rels: string, partName: string): Map<string, string> {
  const folder = partName.includes('/') ? partName.slice(0, partName.lastIndexOf('/') + 1) : '';
  const targets = new Map<string, string>();
  for (const tag of xmlTags(rels)) {
    if (tag.name !== 'Relationship' || attribute(tag, 'TargetMode') === 'External') {
      continue;
    }
    const type = attribute(tag, 'Type') ?? '';
    const target = attribute(tag, 'Target') ?? '';
    const suffix = type.slice(type.lastIndexOf('/'));
    targets.set(suffix, target.startsWith('/') ? target.slice(1) : normalizePath(folder + target));
  }
  return targets;
}

function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') {
      out.pop();
    } else if (part !== '.' && part !== '') {
      out.push(part);
    }
  }
  return out.join('/');
}

const utf8 = new TextDecoder('utf-8');

async function readPart(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string, limit: number): Promise<string | undefined> {
  const entry = entries.get(name);
  return entry === undefined ? undefined : utf8.decode(await readZipEntry(bytes, entry, limit));
}

// ---- Numbering -------------------------------------------------------------------------

/** One level of a list definition (w:lvl). */
interface ListLevel {
  start: number;
  format: string;
  text: string;
  legal: boolean;
  /** w:lvlRestart: restart after a level above this 1-based level appears; 0 never; undefined: after any higher level. */
  restart: number | undefined;
  suffix: 'tab' | 'space' | 'nothing';
  style: string | undefined;
}

interface AbstractList {
  levels: ListLevel[];
  styleLink: string | undefined;
  numStyleLink: string | undefined;
}

interface ListInstance {
  abstractId: string;
  /** Level overrides: a new start, or a whole level. */
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, ListLevel>;
}

interface StyleInfo {
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

function newLevel(): ListLevel {
  return { start: 1, format: 'decimal', text: '', legal: false, restart: undefined, suffix: 'tab', style: undefined };
}

function intAttribute(tag: XmlTag, name = 'val'): number | undefined {
  const value = attribute(tag, name);
  const parsed = value === undefined ? NaN : parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** Reads one w:lvl's children into `level` (the tag iterator is positioned just after <w:lvl>). */
function readLevel(tags: Iterator<XmlTag>, level: ListLevel): void {
  let depth = 0;
  for (let next = tags.next(); !next.done; next = tags.next()) {
    const tag = next.value;
    if (tag.name === 'lvl' && tag.closing && depth === 0) {
      return;
    }
    if (!tag.closing && !tag.empty) {
      depth++;
    } else if (tag.closing) {
      depth--;
    }
    if (tag.closing) {
      continue;
    }
    switch (tag.name) {
      case 'start':
        level.start = intAttribute(tag) ?? 1;
        break;
      case 'numFmt':
        level.format = attribute(tag, 'val') ?? 'decimal';
        break;
      case 'lvlText':
        level.text = attribute(tag, 'val') ?? '';
        break;
      case 'isLgl':
        level.legal = isOn(tag);
        break;
      case 'lvlRestart':
        level.restart = intAttribute(tag);
        break;
      case 'suff':
        level.suffix = (attribute(tag, 'val') as ListLevel['suffix'] | undefined) ?? 'tab';
        break;
      case 'pStyle':
        level.style = attribute(tag, 'val');
        break;
    }
  }
}

class Numbering {
  readonly abstracts = new Map<string, AbstractList>();
  readonly instances = new Map<string, ListInstance>();

  static parse(xml: string | undefined): Numbering {
    const numbering = new Numbering();
    if (xml === undefined) {
      return numbering;
    }
    const tags = xmlTags(xml);
    let abstract: AbstractList | undefined;
    let instance: ListInstance | undefined;
    let overrideLevel = -1;
    for (let next = tags.next(); !next.done; next = tags.next()) {
      const tag = next.value;
      if (tag.closing) {
        if (tag.name === 'abstractNum') {
          abstract = undefined;
        } else if (tag.name === 'num') {
          instance = undefined;
        } else if (tag.name === 'lvlOverride') {
          overrideLevel = -1;
        }
        continue;
      }
      switch (tag.name) {
        case 'abstractNum':
          abstract = { levels: [], styleLink: undefined, numStyleLink: undefined };
          numbering.abstracts.set(attribute(tag, 'abstractNumId') ?? '', abstract);
          break;
        case 'num':
          instance = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
          numbering.instances.set(attribute(tag, 'numId') ?? '', instance);
          break;
        case 'abstractNumId':
          if (instance !== undefined) {
            instance.abstractId = attribute(tag, 'val') ?? '';
          }
          break;
        case 'lvlOverride':
          overrideLevel = intAttribute(tag, 'ilvl') ?? -1;
          break;
        case 'startOverride':
          if (instance !== undefined && overrideLevel >= 0) {
            instance.startOverrides.set(overrideLevel, intAttribute(tag) ?? 1);
          }
          break;
        case 'styleLink':
          if (abstract !== undefined) {
            abstract.styleLink = attribute(tag, 'val');
          }
          break;
        case 'numStyleLink':
          if (abstract !== undefined) {
            abstract.numStyleLink = attribute(tag, 'val');
          }
          break;
        case 'lvl': {
          const ilvl = intAttribute(tag, 'ilvl') ?? 0;
          const level = newLevel();
          if (!tag.empty) {
            readLevel(tags, level);
          }
          if (instance !== undefined && overrideLevel >= 0) {
            instance.levelOverrides.set(overrideLevel, level);
          } else if (abstract !== undefined && ilvl >= 0 && ilvl < 9) {
            abstract.levels[ilvl] = level;
          }
          break;
        }
      }
    }
    return numbering;
  }
}

function parseStyles(xml: string | undefined): { styles: Map<string, StyleInfo>; defaultStyle: string | undefined } {
  const styles = new Map<string, StyleInfo>();
  let defaultStyle: string | undefined;
  if (xml === undefined) {
    return { styles, defaultStyle };
  }
  let current: StyleInfo | undefined;
  for (const tag of xmlTags(xml)) {
    if (tag.closing) {
      if (tag.name === 'style') {
        current = undefined;
      }
      continue;
    }
    switch (tag.name) {
      case 'style': {
        const type = attribute(tag, 'type');
        if (type !== 'paragraph' && type !== 'numbering') {
          break;
        }
        current = { basedOn: undefined, numId: undefined, ilvl: undefined };
        const id = attribute(tag, 'styleId') ?? '';
        styles.set(id, current);
        if (type === 'paragraph' && isOnValue(attribute(tag, 'default'))) {
          defaultStyle = id;
        }
        break;
      }
      case 'basedOn':
        if (current !== undefined) {
          current.basedOn = attribute(tag, 'val');
        }
        break;
      case 'numId':
        if (current !== undefined) {
          current.numId = attribute(tag, 'val');
        }
        break;
      case 'ilvl':
        if (current !== undefined) {
          current.ilvl = intAttribute(tag);
        }
        break;
    }
  }
  return { styles, defaultStyle };
}

function isOnValue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

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

/** Word's list counters while the document is read in order. */
class ListCounters {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly overridden = new Set<string>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Map<string, StyleInfo>,
  ) {}

  /** The abstract list behind an instance, following a numbering style link. */
  private abstractOf(instance: ListInstance): { id: string; list: AbstractList } | undefined {
    let id = instance.abstractId;
    let list = this.numbering.abstracts.get(id);
    for (let hops = 0; list?.numStyleLink !== undefined && hops < 4; hops++) {
      const linkedNumId = this.styles.get(list.numStyleLink)?.numId;
      const linked = linkedNumId === undefined ? undefined : this.numbering.instances.get(linkedNumId);
      if (linked === undefined || linked.abstractId === id) {
        break;
      }
      id = linked.abstractId;
      list = this.numbering.abstracts.get(id);
    }
    return list === undefined ? undefined : { id, list };
  }

  /** The level a style points at (numbering.xml's w:lvl/w:pStyle), for a style that gives no w:ilvl. */
  levelOfStyle(numId: string, style: string): number | undefined {
    const instance = this.numbering.instances.get(numId);
    const abstract = instance === undefined ? undefined : this.abstractOf(instance);
    const index = abstract?.list.levels.findIndex((level) => level?.style === style) ?? -1;
    return index >= 0 ? index : undefined;
  }

  /** Counts a numbered paragraph and returns its number as text (empty when the list is unknown). */
  next(numId: string, ilvl: number): string {
    const instance = this.numbering.instances.get(numId);
    const abstract = instance === undefined ? undefined : this.abstractOf(instance);
    if (instance === undefined || abstract === undefined) {
      return '';
    }
    const levelAt = (index: number): ListLevel => instance.levelOverrides.get(index) ?? abstract.list.levels[index] ?? newLevel();
    const level = levelAt(ilvl);
    let counts = this.counters.get(abstract.id);
    if (counts === undefined) {
      counts = [];
      this.counters.set(abstract.id, counts);
    }
    const overrideKey = `${numId}:${ilvl}`;
    const startOverride = instance.startOverrides.get(ilvl);
    if (startOverride !== undefined && !this.overridden.has(overrideKey)) {
      // A w:num's start override restarts the level the first time that instance uses it.
      this.overridden.add(overrideKey);
      counts[ilvl] = startOverride;
    } else {
      const previous = counts[ilvl];
      counts[ilvl] = previous === undefined ? level.start : previous + 1;
    }
    // Deeper levels restart after this one, unless their w:lvlRestart says otherwise.
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levelAt(deeper).restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) {
        counts[deeper] = undefined;
      }
    }
    if (level.format === 'bullet') {
      return bulletText(level.text);
    }
    const text = level.text.replace(/%([1-9])/g, (_whole, digit: string) => {
      const index = Number(digit) - 1;
      const value = counts[index] ?? levelAt(index).start;
      return formatListNumber(level.legal ? 'decimal' : levelAt(index).format, value);
    });
    return text + suffix(level, text);
  }
}

/** Symbol-font bullets live in the private use area: written as •. */
function bulletText(text: string): string {
  const bullet = text.replace(/[\uf000-\uf0ff]/g, '•');
  return bullet.length > 0 ? bullet + ' ' : '';
}

/** What follows a number: nothing after punctuation (一、 1. （一）), else a space. */
function suffix(level: ListLevel, text: string): string {
  if (level.suffix === 'nothing' || text.length === 0) {
    return '';
  }
  return /[、.．，,:：)）」』》\]】]$/.test(text) ? '' : ' ';
}

// ---- The document ----------------------------------------------------------------------

/** Elements whose content is not the document's running text. */
const SKIPPED = new Set(['drawing', 'pict', 'object', 'Fallback', 'txbxContent', 'del', 'moveFrom', 'pPrChange', 'rPrChange', 'numberingChange', 'instrText', 'delText']);
/** Of those, the ones a reader would miss (counted for the message). */
const OBJECTS = new Set(['drawing', 'pict', 'object']);

interface OpenParagraph {
  parts: string[];
  style: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
  inProperties: boolean;
}

interface OpenTable {
  row: string[] | undefined;
  cell: string[] | undefined;
}

/** Gives the event loop a turn, so a very large document does not freeze the host. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Turns document.xml into lines. */
async function documentLines(xml: string, counters: ListCounters, styles: Map<string, StyleInfo>, defaultStyle: string | undefined): Promise<Omit<WordDocumentText, 'text'> & { lines: string[] }> {
  const lines: string[] = [];
  const paragraphs: OpenParagraph[] = [];
  const tables: OpenTable[] = [];
  let skipName: string | undefined;
  let skipDepth = 0;
  let textStart = -1;
  let runHidden = false;
  let inRunProperties = false;
  let numbered = 0;
  let paragraphCount = 0;
  let skippedObjects = 0;
  let count = 0;

  /** The numbering a paragraph gets from its style chain. */
  const styleNumbering = (style: string | undefined): { numId: string; ilvl: number } | undefined => {
    let id = style ?? defaultStyle;
    for (let hops = 0; id !== undefined && hops < 16; hops++) {
      const info = styles.get(id);
      if (info === undefined) {
        return undefined;
      }
      if (info.numId !== undefined) {
        return { numId: info.numId, ilvl: info.ilvl ?? counters.levelOfStyle(info.numId, id) ?? 0 };
      }
      id = info.basedOn;
    }
    return undefined;
  };

  const emit = (line: string): void => {
    const table = tables[tables.length - 1];
    if (table?.cell !== undefined) {
      table.cell.push(line);
    } else {
      lines.push(line);
    }
  };

  for (const tag of xmlTags(xml)) {
    if (++count % 50000 === 0) {
      await pause();
    }
    if (skipName !== undefined) {
      if (tag.name === skipName && !tag.empty) {
        skipDepth += tag.closing ? -1 : 1;
        if (skipDepth === 0) {
          skipName = undefined;
        }
      }
      continue;
    }
    const paragraph = paragraphs[paragraphs.length - 1];
    if (tag.closing) {
      switch (tag.name) {
        case 't':
          if (textStart >= 0 && paragraph !== undefined && !runHidden) {
            paragraph.parts.push(decodeXmlText(xml.slice(textStart, tag.start)));
          }
          textStart = -1;
          break;
        case 'pPr':
          if (paragraph !== undefined) {
            paragraph.inProperties = false;
          }
          break;
        case 'rPr':
          inRunProperties = false;
          break;
        case 'r':
          runHidden = false;
          break;
        case 'p': {
          const done = paragraphs.pop();
          if (done === undefined) {
            break;
          }
          paragraphCount++;
          let list = done.numId !== undefined ? { numId: done.numId, ilvl: done.ilvl ?? 0 } : styleNumbering(done.style);
          if (list !== undefined && done.ilvl !== undefined && done.numId === undefined) {
            list = { numId: list.numId, ilvl: done.ilvl };
          }
          let prefix = '';
          if (list !== undefined && list.numId !== '0') {
            prefix = counters.next(list.numId, Math.min(Math.max(list.ilvl, 0), 8));
            if (prefix.length > 0) {
              numbered++;
            }
          }
          emit(prefix + done.parts.join(''));
          break;
        }
        case 'tc': {
          const table = tables[tables.length - 1];
          if (table?.cell !== undefined) {
            table.row?.push(table.cell.join(' '));
            table.cell = undefined;
          }
          break;
        }
        case 'tr': {
          const table = tables[tables.length - 1];
          if (table?.row !== undefined) {
            const row = table.row.join('\t');
            table.row = undefined;
            tables.pop();
            emit(row);
            tables.push(table);
          }
          break;
        }
        case 'tbl':
          tables.pop();
          break;
      }
      continue;
    }
    if (SKIPPED.has(tag.name)) {
      if (OBJECTS.has(tag.name)) {
        skippedObjects++;
      }
      if (!tag.empty) {
        skipName = tag.name;
        skipDepth = 1;
      }
      continue;
    }
    switch (tag.name) {
      case 'p':
        if (tag.empty) {
          paragraphCount++;
          emit('');
        } else {
          paragraphs.push({ parts: [], style: undefined, numId: undefined, ilvl: undefined, inProperties: false });
        }
        break;
      case 'pPr':
        if (paragraph !== undefined && !tag.empty) {
          paragraph.inProperties = true;
        }
        break;
      case 'pStyle':
        if (paragraph?.inProperties === true) {
          paragraph.style = attribute(tag, 'val');
        }
        break;
      case 'numId':
        if (paragraph?.inProperties === true) {
          paragraph.numId = attribute(tag, 'val');
        }
        break;
      case 'ilvl':
        if (paragraph?.inProperties === true) {
          paragraph.ilvl = intAttribute(tag);
        }
        break;
      case 'r':
        runHidden = false;
        break;
      case 'rPr':
        inRunProperties = !tag.empty && paragraph?.inProperties !== true;
        break;
      case 'vanish':
        if (inRunProperties && isOn(tag)) {
          runHidden = true;
        }
        break;
      case 't':
        textStart = tag.empty ? -1 : tag.end;
        break;
      case 'tab':
      case 'ptab':
        if (paragraph !== undefined && !paragraph.inProperties && !runHidden) {
          paragraph.parts.push('\t');
        }
        break;
      case 'br': {
        const type = attribute(tag, 'type');
        if (paragraph !== undefined && !runHidden && (type === undefined || type === 'textWrapping')) {
          paragraph.parts.push('\n');
        }
        break;
      }
      case 'cr':
        if (paragraph !== undefined && !runHidden) {
          paragraph.parts.push('\n');
        }
        break;
      case 'noBreakHyphen':
        paragraph?.parts.push('-');
        break;
      case 'sym': {
        const code = parseInt(attribute(tag, 'char') ?? '', 16);
        if (paragraph !== undefined && Number.isFinite(code)) {
          paragraph.parts.push(code >= 0xf000 && code <= 0xf0ff ? '•' : String.fromCodePoint(code));
        }
        break;
      }
      case 'tbl':
        tables.push({ row: undefined, cell: undefined });
        break;
      case 'tr': {
        const table = tables[tables.length - 1];
        if (table !== undefined) {
          table.row = [];
        }
        break;
      }
      case 'tc': {
        const table = tables[tables.length - 1];
        if (table !== undefined) {
          table.cell = [];
        }
        break;
      }
    }
  }
  return { lines, paragraphs: paragraphCount, numbered, skippedObjects };
}

/**
 * Reads a .docx as a draft. Refuses, with a message in both languages, anything that is not a
 * readable Word document: not a zip, password-protected or old .doc, another kind of archive, a
 * damaged one, or one whose parts inflate beyond the limit.
 */
export async function readWordDocument(bytes: Uint8Array, options: WordReadOptions = {}): Promise<WordDocumentText> {
  if (bytes.length === 0) {
    throw new WordReadError('empty', { en: 'the file is empty', zh: '文件为空' });
  }
  if (OLE_MAGIC.every((byte, i) => bytes[i] === byte)) {
    throw oleProblem(bytes);
  }
  if (!looksLikeZip(bytes)) {
    throw new WordReadError('not-zip', { en: 'not a Word document (.docx): the file is not a zip archive', zh: '不是 Word 文档（.docx）：文件不是 zip 压缩包' });
  }
  try {
    const entries = readZipDirectory(bytes);
    const contentTypes = await readPart(bytes, entries, '[Content_Types].xml', MAX_SIDE_PART_BYTES);
    const main = contentTypes === undefined ? undefined : mainPartName(contentTypes);
    if (main === undefined || !entries.has(main)) {
      if (entries.has('xl/workbook.xml')) {
        throw notWord({ en: 'an Excel workbook', zh: '是 Excel 工作簿' });
      }
      if (entries.has('ppt/presentation.xml')) {
        throw notWord({ en: 'a PowerPoint presentation', zh: '是 PowerPoint 演示文稿' });
      }
      if (entries.has('mimetype') && entries.has('content.xml')) {
        throw notWord({ en: 'an OpenDocument file: save it as .docx', zh: '是 OpenDocument 文件，请另存为 .docx' });
      }
      throw notWord({ en: 'it has no word/document.xml', zh: '缺少 word/document.xml' });
    }
    const relsName = main.replace(/([^/]*)$/, '_rels/$1.rels');
    const rels = await readPart(bytes, entries, relsName, MAX_SIDE_PART_BYTES);
    const targets = rels === undefined ? new Map<string, string>() : relationshipTargets(rels, main);
    const numberingXml = await readPart(bytes, entries, targets.get('/numbering') ?? 'word/numbering.xml', MAX_SIDE_PART_BYTES);
    const stylesXml = await readPart(bytes, entries, targets.get('/styles') ?? 'word/styles.xml', MAX_SIDE_PART_BYTES);
    const documentXml = await readPart(bytes, entries, main, options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES);
    const { styles, defaultStyle } = parseStyles(stylesXml);
    const counters = new ListCounters(Numbering.parse(numberingXml), styles);
    const result = await documentLines(documentXml ?? '', counters, styles, defaultStyle);
    return { text: result.lines.map((line) => line + '\n').join(''), paragraphs: result.paragraphs, numbered: result.numbered, skippedObjects: result.skippedObjects };
  } catch (error) {
    if (error instanceof ZipError) {
      throw new WordReadError(error.problem, error.text);
    }
    throw error;
  }
}
