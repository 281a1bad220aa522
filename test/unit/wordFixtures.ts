// Writing zip archives and Word packages for the tests: every .docx the import tests read is
// made here, from XML written in the test or by the `docx` package.

import { xmlTags, attribute, decodeXmlText } from '../../src/core/xml';
import { readZipDirectory, readZipEntry } from '../../src/core/zip';

/** A file to put in an archive. `declaredSize` lets a test lie in the central directory. */
export interface ZipFile {
  readonly name: string;
  readonly data: Uint8Array | string;
  readonly store?: boolean;
  readonly declaredSize?: number;
}

const encoder = new TextEncoder();

async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Deflates `chunk` repeated `times` times without holding the whole input (for zip bombs). */
export async function deflateRepeated(chunk: Uint8Array, times: number): Promise<Uint8Array> {
  let sent = 0;
  const input = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < times) {
        controller.enqueue(chunk);
      } else {
        controller.close();
      }
    },
  });
  return new Uint8Array(await new Response(input.pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) {
    crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Writes a zip archive; `compressed` entries may be given already deflated. */
export async function zip(files: readonly (ZipFile & { readonly deflated?: Uint8Array })[]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const raw = typeof file.data === 'string' ? encoder.encode(file.data) : file.data;
    const method = file.store === true ? 0 : 8;
    const body = file.deflated ?? (method === 0 ? raw : await deflateRaw(raw));
    const name = encoder.encode(file.name);
    const size = file.declaredSize ?? raw.length;
    const crc = file.deflated === undefined ? crc32(raw) : 0;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true);
    local.setUint16(8, method, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, body.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, body);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, 0x0800, true);
    entry.setUint16(10, method, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, body.length, true);
    entry.setUint32(24, size, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    directory.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + body.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...directory, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

/** A minimal Word package around a body (the XML inside <w:body>), with optional numbering and styles parts. */
export function wordPackage(body: string, parts: { numbering?: string; styles?: string; extra?: ZipFile[] } = {}): Promise<Uint8Array> {
  const files: ZipFile[] = [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>` },
  ];
  if (parts.numbering !== undefined) {
    files.push({ name: 'word/numbering.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${parts.numbering}</w:numbering>` });
  }
  if (parts.styles !== undefined) {
    files.push({ name: 'word/styles.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${parts.styles}</w:styles>` });
  }
  files.push(...(parts.extra ?? []));
  return zip(files);
}

/** A paragraph: `p('text')`, `p('text', { numId: 1, ilvl: 0 })`. */
export function p(text: string, list?: { numId: number; ilvl?: number; style?: string }): string {
  const properties = list === undefined ? '' : '<w:pPr>' + (list.style !== undefined ? `<w:pStyle w:val="${list.style}"/>` : '') +
    (list.numId >= 0 ? `<w:numPr>${list.ilvl !== undefined ? `<w:ilvl w:val="${list.ilvl}"/>` : ''}<w:numId w:val="${list.numId}"/></w:numPr>` : '') + '</w:pPr>';
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`;
}

/** An abstract list with levels [numFmt, lvlText] and the w:num pointing at it. */
export function list(id: number, levels: readonly (readonly [string, string])[], extra = ''): string {
  return `<w:abstractNum w:abstractNumId="${id}">` + levels.map(([format, text], ilvl) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`).join('') +
    `</w:abstractNum>${extra}`;
}

export function num(numId: number, abstractId: number, overrides = ''): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

/** The parts of a package, as text. */
export async function readParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const entries = readZipDirectory(bytes);
  const parts = new Map<string, string>();
  for (const [name, entry] of entries) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      parts.set(name, new TextDecoder().decode(await readZipEntry(bytes, entry, 64 * 1024 * 1024)));
    }
  }
  return parts;
}

/** The paragraphs of document.xml: style id and text (w:t joined, w:tab as \t). */
export function documentParagraphs(xml: string): { style: string | undefined; text: string; runs: { text: string; bold: boolean; eastAsia: string | undefined }[] }[] {
  const out: { style: string | undefined; text: string; runs: { text: string; bold: boolean; eastAsia: string | undefined }[] }[] = [];
  let current: (typeof out)[number] | undefined;
  let run: (typeof out)[number]['runs'][number] | undefined;
  let textStart = -1;
  for (const tag of xmlTags(xml)) {
    if (tag.name === 'p' && !tag.closing) {
      current = { style: undefined, text: '', runs: [] };
      if (tag.empty) {
        out.push(current);
      }
    } else if (tag.name === 'p' && tag.closing && current !== undefined) {
      current.text = current.runs.map((r) => r.text).join('');
      out.push(current);
      current = undefined;
    } else if (tag.name === 'pStyle' && current !== undefined) {
      current.style = attribute(tag, 'val');
    } else if (tag.name === 'r' && !tag.closing && current !== undefined) {
      run = { text: '', bold: false, eastAsia: undefined };
      current.runs.push(run);
    } else if (tag.name === 'b' && run !== undefined) {
      run.bold = true;
    } else if (tag.name === 'rFonts' && run !== undefined) {
      run.eastAsia = attribute(tag, 'eastAsia');
    } else if (tag.name === 'tab' && run !== undefined) {
      run.text += '\t';
    } else if (tag.name === 't' && !tag.closing) {
      textStart = tag.end;
    } else if (tag.name === 't' && tag.closing && run !== undefined) {
      run.text += decodeXmlText(xml.slice(textStart, tag.start));
    }
  }
  return out;
}
