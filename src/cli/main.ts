// The `speech-outline` command (dist/cli.js): the core's outline, checks and fixes for scripts and
// terminals, over any number of files. Layout: run.ts drives, modes/ holds one file per mode,
// inputs.ts + formats.ts + decoders.ts read files, output.ts writes, write.ts rewrites atomically.

import './tuning';
import { languageOf, M, say } from './messages';
import { Output } from './output';
import { run } from './run';

const out = new Output(languageOf(process.env));
run(process.argv.slice(2), out).then(
  (code) => {
    out.flush();
    process.exitCode = code;
  },
  (error: unknown) => {
    out.flush();
    // A bug, not the user's doing: one line, the stack only when asked for (SPEECH_OUTLINE_DEBUG=1).
    out.error(say(out.language, M.internal, error instanceof Error ? error.message : String(error)));
    if (process.env.SPEECH_OUTLINE_DEBUG) process.stderr.write(`${(error as Error)?.stack}\n`);
    process.exitCode = 2;
  },
);
