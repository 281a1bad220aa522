// Line starts of a text, for turning offsets into line/character positions. Recognises the line
// breaks VS Code does: CRLF, LF and a lone CR.

/** A zero-based line and UTF-16 character, the way VS Code counts positions. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** Offsets of every line start in a text, with conversions between offsets and positions. */
export class LineIndex {
  private constructor(
    /** Offset of the first character of each line. */
    private readonly starts: Int32Array,
    /** Offset just past each line's content (before its line break). */
    private readonly contentEnds: Int32Array,
    readonly textLength: number,
  ) {}

  /** Scans `text` once for its line breaks. */
  static of(text: string): LineIndex {
    let capacity = 1024;
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let count = 0;
    let lineStart = 0;
    const length = text.length;
    const push = (contentEnd: number, next: number): void => {
      if (count === capacity) {
        capacity *= 2;
        const grownStarts = new Int32Array(capacity);
        grownStarts.set(starts);
        starts = grownStarts;
        const grownEnds = new Int32Array(capacity);
        grownEnds.set(ends);
        ends = grownEnds;
      }
      starts[count] = lineStart;
      ends[count] = contentEnd;
      count++;
      lineStart = next;
    };
    if (text.indexOf('\r') < 0) {
      // LF only (the common case): the engine's native search is much faster than a char loop.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        push(i, i + 1);
      }
      push(length, length);
      return new LineIndex(starts.slice(0, count), ends.slice(0, count), length);
    }
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a) {
        push(i, i + 1);
      } else if (code === 0x0d) {
        if (i + 1 < length && text.charCodeAt(i + 1) === 0x0a) {
          push(i, i + 2);
          i++;
        } else {
          push(i, i + 1);
        }
      }
    }
    push(length, length);
    return new LineIndex(starts.slice(0, count), ends.slice(0, count), length);
  }

  /** Number of lines (a text ending in a line break has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of `line`. */
  lineStart(line: number): number {
    return this.starts[line];
  }

  /** Offset just past the content of `line`, before its line break. */
  lineContentEnd(line: number): number {
    return this.contentEnds[line];
  }

  /** The line containing `offset` (a line break belongs to the line it ends). */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** The position of `offset`, clamped to the text. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.textLength));
    const line = this.lineAt(clamped);
    return { line, character: Math.min(clamped, this.contentEnds[line]) - this.starts[line] };
  }

  /** The offset of a position, clamped to its line's content. */
  offsetAt(position: Position): number {
    if (position.line < 0) {
      return 0;
    }
    if (position.line >= this.starts.length) {
      return this.textLength;
    }
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.contentEnds[position.line]);
  }
}
