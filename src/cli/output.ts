// The shared output layer: standard output gathered into large chunks (one write per 64 KB, not
// per line), a closed pipe (EPIPE: `speech-outline … | head`) ending the run quietly, colour only
// on a terminal without NO_COLOR, and one-line errors on standard error.

import { writeSync } from 'node:fs';
import type { Language } from './messages';

const CHUNK = 64 * 1024;

/** ANSI styles, or identity when colour is off. */
export interface Paint {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly blue: (text: string) => string;
  readonly green: (text: string) => string;
}

const plain = (text: string): string => text;
const ansi = (open: number, close: number) => (text: string): string => `\x1b[${open}m${text}\x1b[${close}m`;
const NO_PAINT: Paint = { bold: plain, dim: plain, red: plain, yellow: plain, blue: plain, green: plain };
const PAINT: Paint = { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), blue: ansi(34, 39), green: ansi(32, 39) };

/**
 * Whether to colour a stream: FORCE_COLOR (not 0) forces it, NO_COLOR (non-empty, no-color.org)
 * or TERM=dumb forbid it, otherwise only a terminal gets it.
 */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** The descriptor of a stream Node made for a file (its SyncWriteStream, `_type` 'fs'). */
function fileDescriptor(stream: NodeJS.WriteStream): number | undefined {
  const { _type: type, fd } = stream as { _type?: string; fd?: unknown };
  return type === 'fs' && typeof fd === 'number' ? fd : undefined;
}

/** Standard output and standard error of one run. */
export class Output {
  private pending: string[] = [];
  private pendingLength = 0;
  /** True once the reader of standard output went away: stop producing output. */
  closed = false;
  readonly paint: Paint;
  /**
   * Standard output's descriptor when it is a file (or /dev/null): Node writes such a stream with
   * fs.writeSync anyway (its SyncWriteStream, `_type` 'fs'), after copying each string into a
   * Buffer; writing the string directly skips that copy (about 3 ms for the 1.7 MB of `--json` of
   * a 1 MB draft). Pipes and terminals keep the stream (EPIPE, non-blocking pipes).
   */
  private readonly fileFd: number | undefined;
  private stderrStream: NodeJS.WriteStream | undefined;
  private errPaintOf: Paint | undefined;

  constructor(
    readonly language: Language,
    private readonly stdout: NodeJS.WriteStream = process.stdout,
    /** Standard error, created only when something is said there (most runs say nothing). */
    private readonly openStderr: () => NodeJS.WriteStream = () => process.stderr,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.paint = wantsColour(stdout, env) ? PAINT : NO_PAINT;
    this.fileFd = fileDescriptor(stdout);
    stdout.on('error', (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
        this.closed = true;
        this.pending = [];
        return;
      }
      throw error;
    });
  }

  private get stderr(): NodeJS.WriteStream {
    if (this.stderrStream === undefined) {
      this.stderrStream = this.openStderr();
      // stderr closed too (`2>&-` or a closed pipe): nothing more can be said.
      this.stderrStream.on('error', () => undefined);
    }
    return this.stderrStream;
  }

  /** Styles for standard error. */
  get errPaint(): Paint {
    this.errPaintOf ??= wantsColour(this.stderr, this.env) ? PAINT : NO_PAINT;
    return this.errPaintOf;
  }

  /** Adds text to standard output (written in large chunks). */
  write(text: string): void {
    if (this.closed) return;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= CHUNK) {
      this.flush();
    }
  }

  /** Writes what is gathered. */
  flush(): void {
    if (this.closed || this.pending.length === 0) return;
    const text = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (this.fileFd !== undefined) {
      writeSync(this.fileFd, text);
    } else {
      this.stdout.write(text);
    }
  }

  /**
   * Everything written has reached the system: nothing gathered, nothing queued in a stream (a
   * pipe's writes are reported done only later, even when the system took them at once).
   */
  get settled(): boolean {
    return this.pending.length === 0 && this.stdout.writableLength === 0 && (this.stderrStream?.writableLength ?? 0) === 0;
  }

  /** Writes raw bytes to standard output (after what is gathered). */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    if (this.closed) return;
    if (this.fileFd !== undefined) {
      writeSync(this.fileFd, bytes);
    } else {
      this.stdout.write(bytes);
    }
  }

  /** One line on standard error that is not an error (how a file was read). */
  note(message: string): void {
    this.flush();
    this.stderr.write(`speech-outline: ${message.replace(/[\r\n]+/g, ' ')}\n`);
  }

  /** One line on standard error: `speech-outline: message`. */
  error(message: string): void {
    // What was printed before the error comes before it.
    this.flush();
    this.stderr.write(`${this.errPaint.red('speech-outline:')} ${message.replace(/[\r\n]+/g, ' ')}\n`);
  }
}
