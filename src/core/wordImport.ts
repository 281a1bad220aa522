// Reading a Word document (.docx) as a speech draft: its paragraphs as lines, soft line breaks
// kept, table rows as lines of tab-separated cells, and the numbers Word generates from
// numbering.xml (一、 （一） 1. …) written out as text, so the outline sees them. This file opens the
// package (zip, content types, relationships) and says why a file is not a Word document;
// wordDocument.ts reads the body, wordNumbering.ts the lists, wordNumberFormats.ts their formats.

import { formatMessage, message, type Message } from './messages';
import { attribute, xmlTags } from './xml';
import { documentLines } from './wordDocument';
import { ListCounters, Numbering, parseStyles } from './wordNumbering';
import { looksLikeZip, readZipDirectory, readZipEntry, ZipError, type ZipEntry } from './zip';

/** Why a file cannot be opened as a speech. */
export type WordProblem = 'empty' | 'not-zip' | 'encrypted' | 'legacy' | 'not-word' | 'damaged' | 'unsupported' | 'too-large';

export class WordReadError extends Error {
  constructor(
    readonly problem: WordProblem,
    readonly text: Message,
  ) {
    super(formatMessage(text));
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
    return new WordReadError('encrypted', message('the document is password-protected: open it in Word, remove the password (File › Info › Protect Document) and save it, then open it again'));
  }
  if (hasUtf16Name(bytes, 'WordDocument')) {
    return new WordReadError('legacy', message('this is an old Word 97–2003 document (.doc): save it as .docx in Word or WPS, then open it again'));
  }
  return new WordReadError('not-word', message('this is an Office 97–2003 file, not a Word document (.docx)'));
}

function notWord(text: Message): WordReadError {
  return new WordReadError('not-word', text);
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

/**
 * Reads a .docx as a draft. Refuses, with a message in both languages, anything that is not a
 * readable Word document: not a zip, password-protected or old .doc, another kind of archive, a
 * damaged one, or one whose parts inflate beyond the limit.
 */
export async function readWordDocument(bytes: Uint8Array, options: WordReadOptions = {}): Promise<WordDocumentText> {
  if (bytes.length === 0) {
    throw new WordReadError('empty', message('the file is empty'));
  }
  if (OLE_MAGIC.every((byte, i) => bytes[i] === byte)) {
    throw oleProblem(bytes);
  }
  if (!looksLikeZip(bytes)) {
    throw new WordReadError('not-zip', message('not a Word document (.docx): the file is not a zip archive'));
  }
  try {
    const entries = readZipDirectory(bytes);
    const contentTypes = await readPart(bytes, entries, '[Content_Types].xml', MAX_SIDE_PART_BYTES);
    const main = contentTypes === undefined ? undefined : mainPartName(contentTypes);
    if (main === undefined || !entries.has(main)) {
      if (entries.has('xl/workbook.xml')) {
        throw notWord(message('a zip archive but not a Word document (an Excel workbook)'));
      }
      if (entries.has('ppt/presentation.xml')) {
        throw notWord(message('a zip archive but not a Word document (a PowerPoint presentation)'));
      }
      if (entries.has('mimetype') && entries.has('content.xml')) {
        throw notWord(message('a zip archive but not a Word document (an OpenDocument file: save it as .docx)'));
      }
      throw notWord(message('a zip archive but not a Word document (it has no word/document.xml)'));
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
