// Text decoders, tried in order on a text file's bytes: the first that accepts them wins. To read
// another encoding, append a Decoder to DECODERS (see /work/NOTES.md → "CLI: add a decoder").

import { decodeGb18030 } from '../core';

/** One text encoding. */
export interface Decoder {
  /** Shown to the user: 'UTF-8'. */
  readonly name: string;
  /** The text, or undefined when the bytes are not in this encoding. A BOM is left in the text. */
  decode(bytes: Uint8Array): string | undefined;
  /** The bytes of `text` in this encoding, for --write; without it, such files are not written. */
  encode?(text: string): Uint8Array;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export const utf8: Decoder = {
  name: 'UTF-8',
  decode(bytes) {
    // Node's own decoder is the fastest path; it replaces invalid sequences, so only when it did
    // (a U+FFFD in the output) does the strict decoder decide.
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (text.indexOf('\ufffd') < 0) {
      return text;
    }
    try {
      return utf8Decoder.decode(bytes);
    } catch {
      return undefined;
    }
  },
  encode: (text) => Buffer.from(text, 'utf8'),
};

/**
 * GBK / GB18030, for drafts saved by older Word versions and web pages (the rule is in the core).
 * Tried after UTF-8 only. No encoder (TextEncoder writes UTF-8 only): --write refuses these files.
 */
export const gb18030: Decoder = {
  name: 'GB18030',
  decode: decodeGb18030,
};

/** The decoders tried on text input, in order. */
export const DECODERS: Decoder[] = [utf8, gb18030];
