// V8 tuning for a short-lived process: which flags, for which V8 (tuning.ts applies them before
// any of the core runs). Measured with `npm run bench:cli` (CPU time, whole process; see the development notes'
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
//
// Only flags the running V8 knows may be set: an unknown one makes V8 print "Error: unrecognized
// flag" on standard error and ignore every flag after it (V8 12, in Node 22, replaced the
// interrupt budget by invocation counts). The flags were measured on Node 20 (V8 11); on Node 24
// (V8 13) the young-generation flag alone changed nothing beyond noise (1 MB −5%, 5 MB `--check`
// +4%), so a V8 newer than 11 runs untuned.

export const INTERRUPT_BUDGET = 600_000;
export const SEMI_SPACE_GROWTH = 16;

/** The V8 flags to set for a V8 of version `v8Version` (process.versions.v8); '' for none. */
export function tuningFlags(v8Version: string): string {
  const major = Number.parseInt(v8Version, 10);
  return major <= 11 ? `--interrupt-budget=${INTERRUPT_BUDGET} --semi-space-growth-factor=${SEMI_SPACE_GROWTH}` : '';
}
