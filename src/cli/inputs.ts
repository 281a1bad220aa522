// The shared input layer: command-line arguments become a list of files (directories searched for
// every format's extensions), and each file is read and decoded on demand, with a one-line,
// localised error instead of an exception.

import { closeSync, fstatSync, openSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../core';
import { FORMATS, formatOf, type Decoded, type InputFormat } from './formats';
import { M } from './messages';

/** A file to process: as the user will see it named, and where to read it. */
export interface InputFile {
  /** The name printed in output: the argument, or the path found under a directory; '<stdin>' for -. */
  readonly name: string;
  /** The path to read, or undefined for standard input. */
  readonly path: string | undefined;
  readonly format: InputFormat;
}

/** A file read and decoded. */
export interface Draft extends Decoded {
  readonly file: InputFile;
  /** What the file was when read (size and mtime), so a write can refuse if it changed since. */
  readonly stats: Stats | undefined;
}

/** A file that could not be read, or an argument that named nothing. */
export interface InputError {
  readonly name: string;
  readonly error: Message;
  readonly args?: readonly (string | number)[];
}

export const STDIN_NAME = '<stdin>';

function errnoMessage(error: unknown): { error: Message; args?: string[] } {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { error: M.noSuchFile };
  if (code === 'EACCES' || code === 'EPERM') return { error: M.permissionDenied };
  if (code === 'EISDIR') return { error: M.isDirectory };
  return { error: M.readFailed, args: [code ?? String((error as Error).message)] };
}

/** Every file under `dir` whose extension a format lists, sorted, skipping hidden entries and node_modules. */
function searchDirectory(dir: string, found: (InputFile | InputError)[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    found.push({ name: dir, ...errnoMessage(error) });
    return;
  }
  const names = entries.filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules');
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // A link to a file is followed; a link to a directory is not (no cycles); a broken link
      // with a draft's extension is reported (someone meant it to be a draft).
      isDirectory = false;
      try {
        isFile = statSync(path).isFile();
      } catch (error) {
        if (formatOf(entry.name).listed) found.push({ name: path, ...errnoMessage(error) });
        isFile = false;
      }
    }
    if (isDirectory) {
      searchDirectory(path, found);
    } else if (isFile) {
      const { format, listed } = formatOf(entry.name);
      if (listed) {
        found.push({ name: path, path, format });
      }
    }
  }
}

/**
 * The files named by the arguments, in order: files as given (any extension; unknown ones read as
 * text), directories searched recursively, '-' for standard input. What cannot be found is an
 * InputError in its place.
 */
export function collectInputs(args: readonly string[]): (InputFile | InputError)[] {
  const files: (InputFile | InputError)[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push({ name: STDIN_NAME, path: undefined, format: formatOf('').format });
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(arg);
    } catch (error) {
      files.push({ name: arg, ...errnoMessage(error) });
      continue;
    }
    if (stats.isDirectory()) {
      const before = files.length;
      searchDirectory(arg, files);
      if (files.length === before) {
        files.push({ name: arg, error: M.noDrafts, args: [FORMATS.flatMap((format) => format.extensions).join(' ')] });
      }
    } else {
      files.push({ name: arg, path: arg, format: formatOf(arg).format });
    }
  }
  return files;
}

/** Reads and decodes one file; never throws for the file's own problems. */
export async function readInput(file: InputFile): Promise<Draft | InputError> {
  let bytes: Buffer;
  let stats: Stats | undefined;
  try {
    if (file.path === undefined) {
      bytes = readFileSync(0);
    } else {
      // The size and time --write compares with come from the very file descriptor read.
      const fd = openSync(file.path, 'r');
      try {
        stats = fstatSync(fd);
        if (stats.isDirectory()) {
          return { name: file.name, error: M.isDirectory };
        }
        bytes = readFileSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    return { name: file.name, ...errnoMessage(error) };
  }
  const pending = file.format.decode(bytes);
  const decoded = pending instanceof Promise ? await pending : pending;
  if ('error' in decoded) {
    return { name: file.name, error: decoded.error, args: decoded.args };
  }
  return { ...decoded, file, stats };
}
