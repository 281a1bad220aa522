// Applies the V8 tuning of v8Flags.ts before any of the core runs: main.ts imports this module
// first. SPEECH_OUTLINE_NO_TUNING=1 turns it off (to measure without it).

import { setFlagsFromString } from 'node:v8';
import { tuningFlags } from './v8Flags';

const flags = process.env.SPEECH_OUTLINE_NO_TUNING ? '' : tuningFlags(process.versions.v8);
if (flags !== '') {
  setFlagsFromString(flags);
}
