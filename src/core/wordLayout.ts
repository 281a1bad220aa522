// The official layout of a speech in Word (GB/T 9704-2012): which paragraph of the draft gets
// which style, the page arithmetic and the fonts. Plain data; src/word/ turns it into a .docx.

import { isBlank, isLeadEnd } from './marks';
import type { SpeechModel, SpeechNode } from './model';
import { residueSpans } from './residueLines';

/** The paragraph styles of the layout. */
export type ParagraphRole = 'title' | 'dateline' | 'salutation' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'body';

/** The fonts a user can choose: each a list, the first wanted and the rest its fallbacks. */
export interface WordFonts {
  /** 2号 title (方正小标宋简体). */
  readonly title: readonly string[];
  /** 一、 headings (黑体). */
  readonly heading1: readonly string[];
  /** （一） headings (楷体_GB2312). */
  readonly heading2: readonly string[];
  /** Body text, 1. and （1） headings, date lines, salutation, closing (仿宋_GB2312). */
  readonly body: readonly string[];
  /** Page numbers (宋体). */
  readonly pageNumber: readonly string[];
}

export type FontRole = keyof WordFonts;

export const DEFAULT_WORD_FONTS: WordFonts = {
  title: ['方正小标宋简体', '华文中宋', '宋体'],
  heading1: ['黑体', 'SimHei'],
  heading2: ['楷体_GB2312', '楷体', 'KaiTi'],
  body: ['仿宋_GB2312', '仿宋', 'FangSong'],
  pageNumber: ['宋体', 'SimSun'],
};

/** The font roles, in the order settings and help list them. */
export const FONT_ROLES: readonly FontRole[] = ['title', 'heading1', 'heading2', 'body', 'pageNumber'];

/** A font setting as users write it, "仿宋_GB2312, 仿宋, FangSong" (ASCII or full-width commas), as a list. */
export function parseFontList(value: string | undefined): string[] {
  return (value ?? '').split(/[,，、;；]/).map((name) => name.trim()).filter((name) => name.length > 0);
}

export interface WordLayoutOptions {
  readonly fonts?: Partial<WordFonts>;
  /** 1. headings in bold (a local custom, not the standard). */
  readonly boldLevel3?: boolean;
  /** The lead sentence of 一是/一要/第一/首先 points in bold. */
  readonly boldPointLeads?: boolean;
}

/** How a paragraph style looks. Sizes in half-points, as Word stores them. */
export interface ParagraphStyle {
  readonly role: ParagraphRole;
  /** The style's name in Word's style list. */
  readonly name: string;
  readonly font: FontRole;
  readonly size: number;
  readonly bold: boolean;
  readonly alignment: 'center' | 'left' | 'both';
  /** First-line indent in hundredths of a character (200 = two characters). */
  readonly firstLineChars: number;
  /** 0-based outline level for headings (Word's navigation pane), undefined for others. */
  readonly outlineLevel: number | undefined;
}

/** A stretch of a paragraph's text with its own look. */
export interface LayoutRun {
  readonly text: string;
  /** Another style's font and size for this run (body text after a heading on the same line). */
  readonly as?: ParagraphRole;
  readonly bold?: boolean;
}

export interface LayoutParagraph {
  readonly role: ParagraphRole;
  readonly runs: readonly LayoutRun[];
  /** Zero-based line of the draft. */
  readonly line: number;
}

/** The page in twips (1/20 pt), and the grid that gives 22 lines × 28 characters. */
export interface PageLayout {
  readonly width: number;
  readonly height: number;
  readonly marginTop: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  /** Distance from the page's bottom edge to the footer's last line. */
  readonly footer: number;
  /** Exact line spacing of every paragraph, and the grid's line pitch. */
  readonly linePitch: number;
  /** w:docGrid charSpace: added to the 16 pt default character width, in 1/4096 pt. */
  readonly charSpace: number;
  readonly linesPerPage: number;
  readonly charsPerLine: number;
  /** Body font size in half-points (3号 = 16 pt). */
  readonly bodySize: number;
  /** Page number font size in half-points (4号 = 14 pt). */
  readonly pageNumberSize: number;
}

export interface WordLayout {
  readonly page: PageLayout;
  readonly fonts: WordFonts;
  readonly styles: readonly ParagraphStyle[];
  readonly paragraphs: readonly LayoutParagraph[];
  /** The draft's title (the document's title property), when it has one. */
  readonly title: string | undefined;
  /** Lines left out as web residue (zero-based). */
  readonly residueLines: readonly number[];
  /** Lines where characters Word cannot store (control characters) were left out (zero-based). */
  readonly droppedCharacterLines: readonly number[];
}

const TWIPS_PER_POINT = 20;
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded down (so margins never grow the text block past the standard's). */
function mm(value: number): number {
  return Math.floor(value * TWIPS_PER_MM);
}

/**
 * The page of GB/T 9704-2012: A4, top 37 mm, left 28 mm, text block 156 × 225 mm, 22 lines of
 * 28 characters of 3号 text. 225 mm / 22 = 28.95 pt, so the line pitch is 579 twips (29 pt
 * would overflow). 156 mm / 28 = 15.79 pt is narrower than a 16 pt character, so Word's
 * character grid squeezes the pitch: charSpace = (pitch − 16 pt) × 4096, rounded down.
 */
export function officialPage(): PageLayout {
  const width = 11906;
  const height = 16838;
  const marginTop = mm(37);
  const marginBottom = mm(35);
  const marginLeft = mm(28);
  const marginRight = mm(26);
  const linesPerPage = 22;
  const charsPerLine = 28;
  const bodySize = 32;
  const pageNumberSize = 28;
  const linePitch = Math.floor((height - marginTop - marginBottom) / linesPerPage);
  const textWidthPoints = (width - marginLeft - marginRight) / TWIPS_PER_POINT;
  const charSpace = Math.floor((textWidthPoints / charsPerLine - bodySize / 2) * 4096);
  // The page number's line (14 pt, exact) is centred 7 mm below the text block.
  const footer = marginBottom - mm(7) - Math.round((pageNumberSize / 2) * TWIPS_PER_POINT / 2);
  return { width, height, marginTop, marginBottom, marginLeft, marginRight, footer, linePitch, charSpace, linesPerPage, charsPerLine, bodySize, pageNumberSize };
}

/** The character pitch the grid gives, in points: Word's 16 pt default plus charSpace. */
export function gridCharPitch(page: PageLayout): number {
  return page.bodySize / 2 + page.charSpace / 4096;
}

function styles(options: WordLayoutOptions): ParagraphStyle[] {
  const body = { size: 32, bold: false, alignment: 'both', firstLineChars: 200, outlineLevel: undefined } as const;
  return [
    { role: 'title', name: 'Speech Title 标题', font: 'title', size: 44, bold: false, alignment: 'center', firstLineChars: 0, outlineLevel: undefined },
    { role: 'dateline', name: 'Speech Date Line 日期行', ...body, font: 'body', alignment: 'center', firstLineChars: 0 },
    { role: 'salutation', name: 'Speech Salutation 称谓', ...body, font: 'body', alignment: 'left', firstLineChars: 0 },
    { role: 'heading1', name: 'Speech Heading 1 一级标题', ...body, font: 'heading1', outlineLevel: 0 },
    { role: 'heading2', name: 'Speech Heading 2 二级标题', ...body, font: 'heading2', outlineLevel: 1 },
    { role: 'heading3', name: 'Speech Heading 3 三级标题', ...body, font: 'body', bold: options.boldLevel3 === true, outlineLevel: 2 },
    { role: 'heading4', name: 'Speech Heading 4 四级标题', ...body, font: 'body', outlineLevel: 3 },
    { role: 'body', name: 'Speech Body 正文', ...body, font: 'body' },
  ];
}

function roleOf(node: SpeechNode): ParagraphRole {
  switch (node.kind) {
    case 'title':
      return 'title';
    case 'dateline':
      return 'dateline';
    case 'salutation':
      return 'salutation';
    case 'heading':
      return `heading${Math.min(Math.max(node.level, 1), 4)}` as ParagraphRole;
    default:
      // Points and the closing are body text.
      return 'body';
  }
}

/** XML 1.0 cannot hold C0 controls other than tab, LF and CR, nor U+FFFE/U+FFFF or lone surrogates. */
const UNSTORABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Lays out a draft: one paragraph per line (blank lines stay as empty paragraphs), indentation
 * removed (the styles indent), the text otherwise exactly as written; web residue left out.
 */
export function layoutSpeech(model: SpeechModel, options: WordLayoutOptions = {}): WordLayout {
  const { text, lines } = model;
  const fonts: WordFonts = { ...DEFAULT_WORD_FONTS, ...options.fonts };
  const paragraphs: LayoutParagraph[] = [];
  const residueLines: number[] = [];
  const droppedCharacterLines: number[] = [];
  // Nodes by the offset they start at; a line's paragraph style comes from the node starting it.
  const lineNodes = new Map<number, SpeechNode>();
  // Bold lead sentences by line (a lead sentence never crosses a line break).
  const boldByLine = new Map<number, { start: number; end: number }[]>();
  // A heading's or lead's style covers the punctuation that ends it (指导思想。), as drafters format it.
  const styledEnd = (node: SpeechNode): number => (isLeadEnd(text.charCodeAt(node.headingEnd)) ? node.headingEnd + 1 : node.headingEnd);
  for (const node of model.nodes) {
    if (!node.inline) {
      lineNodes.set(node.start, node);
    }
    if (node.kind === 'point' && options.boldPointLeads === true) {
      const ranges = boldByLine.get(node.line) ?? [];
      ranges.push({ start: node.start, end: styledEnd(node) });
      boldByLine.set(node.line, ranges);
    }
  }
  let title: string | undefined;
  const residue = residueSpans(model);
  let residueAt = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const lineEnd = lines.lineContentEnd(line);
    let pos = lines.lineStart(line);
    while (pos < lineEnd && isBlank(text.charCodeAt(pos))) {
      pos++;
    }
    if (pos >= lineEnd) {
      // A blank line, or the empty line after a final line break (not a paragraph of its own).
      if (line < lines.lineCount - 1 || lines.lineStart(line) < lineEnd) {
        paragraphs.push({ role: 'body', runs: [], line });
      }
      continue;
    }
    let contentEnd = lineEnd;
    while (contentEnd > pos && isBlank(text.charCodeAt(contentEnd - 1))) {
      contentEnd--;
    }
    while (residueAt < residue.length && residue[residueAt] < pos) {
      residueAt += 2;
    }
    if (residueAt < residue.length && residue[residueAt] === pos) {
      residueLines.push(line);
      continue;
    }
    const node = lineNodes.get(pos);
    const role = node === undefined ? 'body' : roleOf(node);
    if (node?.kind === 'title' && title === undefined) {
      title = text.slice(node.start, node.headingEnd);
    }
    // Run boundaries: a heading's own text keeps the heading style, the rest of its line is body.
    const cuts = new Set<number>([pos, lineEnd]);
    const headingEnd = node?.kind === 'heading' ? Math.min(styledEnd(node), lineEnd) : lineEnd;
    cuts.add(headingEnd);
    const bold = boldByLine.get(line) ?? [];
    for (const range of bold) {
      if (range.end > pos && range.start < lineEnd) {
        cuts.add(Math.max(range.start, pos));
        cuts.add(Math.min(range.end, lineEnd));
      }
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const runs: LayoutRun[] = [];
    let dropped = false;
    for (let i = 0; i + 1 < sorted.length; i++) {
      const start = sorted[i];
      const end = sorted[i + 1];
      let runText = text.slice(start, end);
      const clean = runText.replace(UNSTORABLE, '');
      if (clean !== runText) {
        dropped = true;
        runText = clean;
      }
      if (runText.length === 0) {
        continue;
      }
      const afterHeading = start >= headingEnd && role !== 'body';
      const isBold = bold.some((range) => range.start <= start && end <= range.end);
      runs.push({ text: runText, ...(afterHeading ? { as: 'body' as const } : {}), ...(isBold ? { bold: true } : {}) });
    }
    if (dropped) {
      droppedCharacterLines.push(line);
    }
    paragraphs.push({ role, runs, line });
  }
  return { page: officialPage(), fonts, styles: styles(options), paragraphs, title, residueLines, droppedCharacterLines };
}

/** The text of a laid-out paragraph (what Word shows on its line). */
export function paragraphText(paragraph: LayoutParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}
