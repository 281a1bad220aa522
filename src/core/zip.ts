// Reading a zip archive (a .docx is one): the central directory, and entries inflated with the
// platform's DecompressionStream('deflate-raw') (Node.js 20.12+ and browser workers alike), each
// under a size limit so that a zip bomb is refused before it fills memory.

import { formatMessage, message, type Message } from './messages';

/** Why an archive or entry cannot be read. */
export type ZipProblem = 'not-zip' | 'damaged' | 'unsupported' | 'too-large';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    readonly text: Message,
  ) {
    super(formatMessage(text));
  }
}

/** One file in the archive, from the central directory. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** The size the directory declares (an archive can lie; inflating checks the real one). */
  readonly size: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

function damaged(text: Message): ZipError {
  return new ZipError('damaged', text);
}

/** True when the bytes start like a zip archive (a local header, or an empty archive's end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** Reads the central directory: the entries by name. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  if (!looksLikeZip(bytes)) {
    throw new ZipError('not-zip', message('not a zip archive'));
  }
  // The end record is in the last 22 bytes plus a comment of at most 65535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) {
    throw damaged(message('the zip archive is damaged (no central directory; truncated?)'));
  }
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ZipError('unsupported', message('ZIP64 archives are not supported'));
  }
  if (directoryOffset + directorySize > end) {
    throw damaged(message('the zip archive is damaged (the central directory lies outside the file)'));
  }
  const names = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== DIRECTORY_ENTRY) {
      throw damaged(message('the zip archive is damaged (a central directory entry is broken)'));
    }
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    entries.set(entry.name, entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function tooLarge(entry: ZipEntry, limit: number): ZipError {
  return new ZipError('too-large', message('{0} inflates to more than {1}: refused (a zip bomb, or a document too large to open as text)', entry.name, megabytes(limit)));
}

/** The bytes of an entry, inflated; refuses (without holding more) once they pass `limit`. */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<Uint8Array> {
  if (entry.flags & 1) {
    throw new ZipError('unsupported', message('{0} is encrypted', entry.name));
  }
  if (entry.size > limit) {
    throw tooLarge(entry, limit);
  }
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL_HEADER) {
    throw damaged(message('the zip archive is damaged (no local header for {0})', entry.name));
  }
  const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) {
    throw damaged(message('the zip archive is damaged ({0} is cut short)', entry.name));
  }
  const data = bytes.subarray(dataStart, dataEnd);
  if (entry.method === 0) {
    return data;
  }
  if (entry.method !== 8) {
    throw new ZipError('unsupported', message('{0} uses compression method {1}, which is not supported', entry.name, entry.method));
  }
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  let inflate: DecompressionStream;
  try {
    inflate = new DecompressionStream('deflate-raw');
  } catch {
    // Node.js before 20.12 knows only 'deflate' and 'gzip' here: say so, not "internal error".
    throw new ZipError('unsupported', message('this runtime cannot inflate Word files (Node.js 20.12 or newer can)'));
  }
  const reader = input.pipeThrough(inflate).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      total += value.length;
      if (total > limit) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(entry, limit);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ZipError) {
      throw error;
    }
    throw damaged(message('the zip archive is damaged ({0} does not inflate)', entry.name));
  }
  if (chunks.length === 1) {
    return chunks[0];
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
