// Input formats: which files the CLI reads, and how their bytes become text. A directory argument
// is searched for every extension listed here. To read a new kind of file (.docx), append an
// InputFormat to FORMATS (see /work/NOTES.md → "CLI: add an input format").

import { DECODERS, type Decoder } from './decoders';
import { M } from './messages';
import type { Message } from '../core';
import { readWordDocument, WordReadError } from '../core/wordImport';

/** A file's text, ready for the core, and what is needed to write it back the same way. */
export interface Decoded {
  /** The text without its BOM. */
  readonly text: string;
  readonly bom: boolean;
  /** The encoding or format it was read as ('UTF-8', 'GB18030', 'Word'). */
  readonly encoding: string;
  /** The bytes of a new text in the same encoding, BOM included; undefined when it cannot be written back. */
  readonly encode: ((text: string) => Uint8Array) | undefined;
  /** Something the user should know about how it was read (one stderr line; not an error). */
  readonly note?: { readonly message: Message; readonly args?: readonly (string | number)[] };
}

/** Why a file could not be decoded: a message in both languages and its arguments. */
export interface DecodeError {
  readonly error: Message;
  readonly args?: readonly (string | number)[];
}

/** One kind of input file. */
export interface InputFormat {
  /** Lower-case extensions with the dot: ['.speech', '.txt']. */
  readonly extensions: readonly string[];
  /** The text of a file's bytes (may be async, e.g. unzipping a Word file). */
  decode(bytes: Uint8Array): Decoded | DecodeError | Promise<Decoded | DecodeError>;
}

const BOM = '\ufeff';

/** Decodes text with the first decoder that accepts the bytes, keeping the BOM apart. */
export function decodeText(bytes: Uint8Array, decoders: readonly Decoder[] = DECODERS): Decoded | DecodeError {
  if (bytes.includes(0)) {
    return { error: M.binary };
  }
  for (const decoder of decoders) {
    const decoded = decoder.decode(bytes);
    if (decoded !== undefined) {
      const bom = decoded.charCodeAt(0) === 0xfeff;
      const encode = decoder.encode;
      return {
        text: bom ? decoded.slice(1) : decoded,
        bom,
        encoding: decoder.name,
        encode: encode && ((text: string) => encode(bom ? BOM + text : text)),
        // Read by a fallback decoder (GB18030 after UTF-8 failed): say so.
        note: decoder === decoders[0] ? undefined : { message: M.readAs, args: [decoder.name, decoders[0].name] },
      };
    }
  }
  return { error: M.notText, args: [decoders.map((decoder) => decoder.name).join(' / ')] };
}

/** Plain-text drafts. */
export const textFormat: InputFormat = { extensions: ['.speech', '.txt'], decode: (bytes) => decodeText(bytes) };

/** Word documents: paragraphs as lines, Word's automatic numbers written out (src/core/wordImport). */
export const wordFormat: InputFormat = {
  extensions: ['.docx', '.docm', '.dotx'],
  async decode(bytes) {
    try {
      const { text } = await readWordDocument(bytes);
      return { text, bom: false, encoding: 'Word', encode: undefined };
    } catch (error) {
      if (error instanceof WordReadError) {
        return { error: error.text };
      }
      throw error;
    }
  },
};

/** Every format, in order; a named file with an extension not listed here is read as text. */
export const FORMATS: InputFormat[] = [textFormat, wordFormat];

/** The format of a file name (text for unknown extensions), and whether directory search takes it. */
export function formatOf(file: string): { format: InputFormat; listed: boolean } {
  const dot = file.lastIndexOf('.');
  const extension = dot > file.lastIndexOf('/') ? file.slice(dot).toLowerCase() : '';
  const format = FORMATS.find((candidate) => candidate.extensions.includes(extension));
  return format ? { format, listed: true } : { format: textFormat, listed: false };
}
