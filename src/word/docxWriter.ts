// Writes a laid-out speech (src/core/wordLayout) as a .docx with the `docx` package. Bundled on
// its own (dist/docx.js, dist/web/docx.js) and loaded only when an export runs.

import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
  type IParagraphStyleOptions,
} from 'docx';
import { gridCharPitch, type FontRole, LayoutParagraph, ParagraphRole, ParagraphStyle, WordFonts, WordLayout } from '../core/wordLayout';

/** The style id of a role in styles.xml. */
export function styleId(role: ParagraphRole): string {
  return 'Speech' + role[0].toUpperCase() + role.slice(1);
}

function fontOf(fonts: WordFonts, role: FontRole): { ascii: string; eastAsia: string; hAnsi: string } {
  const name = fonts[role][0] ?? '';
  return { ascii: name, eastAsia: name, hAnsi: name };
}

const ALIGNMENT = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, both: AlignmentType.BOTH } as const;

function paragraphStyle(style: ParagraphStyle, layout: WordLayout): IParagraphStyleOptions {
  return {
    id: styleId(style.role),
    name: style.name,
    basedOn: 'Normal',
    next: styleId('body'),
    quickFormat: true,
    run: { font: fontOf(layout.fonts, style.font), size: style.size, bold: style.bold },
    paragraph: {
      alignment: ALIGNMENT[style.alignment],
      spacing: { line: layout.page.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      // Word reads the indent in characters; older LibreOffice only its width in twips.
      indent: style.firstLineChars > 0 ? { firstLineChars: style.firstLineChars, firstLine: Math.round((style.firstLineChars / 100) * gridCharPitch(layout.page) * 20) } : { firstLine: 0 },
      ...(style.outlineLevel === undefined ? {} : { outlineLevel: style.outlineLevel }),
    },
  };
}

/** Text with its tabs as Word tab elements. */
function textChildren(text: string): (string | Tab)[] {
  const parts = text.split('\t');
  const children: (string | Tab)[] = [];
  parts.forEach((part, i) => {
    if (i > 0) {
      children.push(new Tab());
    }
    if (part.length > 0) {
      children.push(part);
    }
  });
  return children;
}

function paragraph(source: LayoutParagraph, layout: WordLayout, byRole: Map<ParagraphRole, ParagraphStyle>): Paragraph {
  return new Paragraph({
    style: styleId(source.role),
    children: source.runs.map((run) => {
      const as = run.as === undefined ? undefined : byRole.get(run.as);
      return new TextRun({
        children: textChildren(run.text),
        ...(as === undefined ? {} : { font: fontOf(layout.fonts, as.font), size: as.size, bold: as.bold }),
        ...(run.bold === true ? { bold: true } : {}),
      });
    }),
  });
}

/** "— 1 —" in 4号 宋体, one character in from the outer edge. */
function pageNumberFooter(layout: WordLayout, side: 'right' | 'left'): Footer {
  const oneCharacter = layout.page.pageNumberSize * 10;
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'right' ? { right: oneCharacter } : { left: oneCharacter },
      spacing: { line: layout.page.pageNumberSize * 10, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [new TextRun({
        font: fontOf(layout.fonts, 'pageNumber'),
        size: layout.page.pageNumberSize,
        children: ['— ', PageNumber.CURRENT, ' —'],
      })],
    })],
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The font table: each chosen font with its fallbacks as w:altName (a comma-separated list,
 * ECMA-376 17.8.3.1) and the GB2312 character set, so Word and LibreOffice substitute a Chinese
 * font of the same kind when the first is not installed.
 */
export function fontTableXml(fonts: WordFonts): string {
  const seen = new Set<string>();
  const entries: string[] = [];
  const family: Record<FontRole, string> = { title: 'roman', heading1: 'modern', heading2: 'script', body: 'modern', pageNumber: 'roman' };
  for (const role of Object.keys(family) as FontRole[]) {
    const [name, ...fallbacks] = fonts[role];
    if (name === undefined || seen.has(name)) {
      continue;
    }
    seen.add(name);
    entries.push(`<w:font w:name="${escapeXml(name)}">` +
      (fallbacks.length > 0 ? `<w:altName w:val="${escapeXml(fallbacks.join(','))}"/>` : '') +
      `<w:charset w:val="86"/><w:family w:val="${family[role]}"/><w:pitch w:val="variable"/></w:font>`);
  }
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' + entries.join('') + '</w:fonts>';
}

/** Writes the .docx package. Runs in Node and in a browser worker (no Buffer needed). */
export async function writeDocx(layout: WordLayout): Promise<Uint8Array> {
  const { page } = layout;
  const byRole = new Map(layout.styles.map((style) => [style.role, style]));
  const document = new Document({
    title: layout.title ?? '',
    // The author is the drafter's business: no product name in the document's properties.
    creator: '',
    lastModifiedBy: '',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        // The grid's character pitch is charSpace added to this default size (3号).
        document: { run: { font: fontOf(layout.fonts, 'body'), size: page.bodySize } },
      },
      paragraphStyles: [
        // The grid's character pitch is relative to Normal's size (LibreOffice reads it there, not from the defaults).
        { id: 'Normal', name: 'Normal', quickFormat: true, run: { font: fontOf(layout.fonts, 'body'), size: page.bodySize } },
        ...layout.styles.map((style) => paragraphStyle(style, layout)),
      ],
    },
    sections: [{
      properties: {
        page: {
          size: { width: page.width, height: page.height },
          margin: { top: page.marginTop, bottom: page.marginBottom, left: page.marginLeft, right: page.marginRight, footer: page.footer, header: 851, gutter: 0 },
        },
        grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: page.linePitch, charSpace: page.charSpace },
      },
      footers: { default: pageNumberFooter(layout, 'right'), even: pageNumberFooter(layout, 'left') },
      children: layout.paragraphs.map((source) => paragraph(source, layout, byRole)),
    }],
  });
  return Packer.pack(document, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml(layout.fonts) }]);
}
