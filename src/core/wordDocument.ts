// The body of a Word document (document.xml) as lines: paragraphs, soft line breaks, table rows as
// tab-separated cells, Word's generated numbers written out (wordNumbering.ts); deleted and hidden
// text, text boxes and drawings left out (the last counted, so the user is told).

import { attribute, decodeXmlText, intAttribute, isOn, xmlTags } from './xml';
import type { ListCounters, StyleInfo } from './wordNumbering';
import type { WordDocumentText } from './wordImport';

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
export async function documentLines(xml: string, counters: ListCounters, styles: Map<string, StyleInfo>, defaultStyle: string | undefined): Promise<Omit<WordDocumentText, 'text'> & { lines: string[] }> {
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
