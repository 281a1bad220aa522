// Text decoders, tried in order on a text file's bytes: the first that accepts them wins. To read
// another encoding, append a Decoder to DECODERS (see /work/NOTES.md → "CLI: add a decoder").

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

/** The decoders tried on text input, in order. */
export const DECODERS: Decoder[] = [utf8];
