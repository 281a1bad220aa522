// V8 tuning for a short-lived process, applied before any of the core runs (main.ts imports this
// first). Measured with `npm run bench:cli` (CPU time, whole process; see the development notes'
// command-line section for the figures). Both flags are read by V8 when it next decides, so
// setting them at run time works (a shebang flag would not survive npm's Windows shims, and a
// re-exec costs a second process start).
//
// - A larger interrupt budget makes V8 wait longer before handing a function to its optimising
//   compiler: a cold run over one large draft spent more CPU compiling the parser's big functions
//   (on background threads) than the optimised code then saved, while a run over many files
//   still gets them optimised.
// - A faster-growing young generation: V8 starts it at 1 MB and doubles it at each scavenge that
//   finds it too small, so a 1 MB draft's model went through nine scavenges, each copying the
//   nodes that survive; growing 16× at a time reaches the 16 MB maximum at the second scavenge.

import { setFlagsFromString } from 'node:v8';

export const INTERRUPT_BUDGET = 600_000;
export const SEMI_SPACE_GROWTH = 16;

if (!process.env.SPEECH_OUTLINE_NO_TUNING) {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET} --semi-space-growth-factor=${SEMI_SPACE_GROWTH}`);
}
