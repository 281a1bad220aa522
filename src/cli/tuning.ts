// V8 tuning for a short-lived process, applied before any of the core runs (main.ts imports this
// first). A larger interrupt budget makes V8 wait longer before handing a function to its
// optimising compiler: a cold run over one large draft spent more CPU compiling the parser's big
// functions (on background threads) than the optimised code then saved, while a run over many
// files still gets them optimised. Measured with `npm run bench:cli` (CPU time, whole process):
// see the README's performance section. The flag must be set before the code it affects runs;
// V8 reads it when a function's budget is (re)set.

import { setFlagsFromString } from 'node:v8';

export const INTERRUPT_BUDGET = 300_000;

if (!process.env.SPEECH_OUTLINE_NO_TUNING) {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
