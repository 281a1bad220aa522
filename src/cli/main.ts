// The `speech-outline` command (dist/cli.js): the core's outline, checks and fixes for scripts and
// terminals, over any number of files. Layout: run.ts drives, modes/ holds one file per mode,
// inputs.ts + formats.ts + decoders.ts read files, output.ts writes, write.ts rewrites atomically.

import './tuning';
import { languageOf, M, say } from './messages';
import { Output } from './output';
import { run } from './run';

const out = new Output(languageOf(process.env));

/**
 * Ends the run. When every byte has reached the system (output to a file, /dev/null or nothing
 * queued), the process exits at once: left to end by itself, node first waits for V8's
 * background work that no longer matters — an idle-time garbage collection, an optimising
 * compile of a function that will not run again — 7–12 ms of CPU after a 1 MB draft or a folder.
 * Otherwise (a pipe still being written) it ends when the writes are done.
 */
function end(code: number): void {
  out.flush();
  process.exitCode = code;
  if (out.settled) {
    process.exit(code);
  }
}

run(process.argv.slice(2), out).then(end, (error: unknown) => {
  out.flush();
  // A bug, not the user's doing: one line, the stack only when asked for (SPEECH_OUTLINE_DEBUG=1).
  out.error(say(out.language, M.internal, error instanceof Error ? error.message : String(error)));
  if (process.env.SPEECH_OUTLINE_DEBUG) process.stderr.write(`${(error as Error)?.stack}\n`);
  end(2);
});
