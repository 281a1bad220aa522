// Atomic rewrites: the new bytes go to a temporary file beside the original, which is flushed to
// disk and then renamed over it. If anything fails before the rename, the original is untouched
// and the temporary file is removed. A symbolic link is followed (its target is rewritten).

import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Thrown when the file changed on disk since it was read. */
export class ChangedUnderneath extends Error {}

/** Replaces the file at `path` with `bytes`, atomically; refuses when it no longer matches `read`. */
export function writeAtomically(path: string, bytes: Uint8Array, read: Stats | undefined): void {
  const target = realpathSync(path);
  const current = statSync(target);
  if (read && (current.size !== read.size || current.mtimeMs !== read.mtimeMs || current.ino !== read.ino)) {
    throw new ChangedUnderneath();
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  // 'wx': never reuse an existing file; the original's permissions from the start.
  const fd = openSync(temporary, 'wx', current.mode & 0o7777);
  let renamed = false;
  try {
    try {
      fchmodSync(fd, current.mode & 0o7777);
      let offset = 0;
      while (offset < bytes.length) {
        offset += writeSync(fd, bytes, offset, bytes.length - offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        unlinkSync(temporary);
      } catch {
        // already gone
      }
    }
  }
}
