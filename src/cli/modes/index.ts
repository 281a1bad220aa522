// Every mode of the CLI, in the order --help lists them. To add a mode: one file in this folder
// exporting a Mode (see ../mode.ts), and one line here.

import type { Mode } from '../mode';
import { checkMode } from './check';
import { cleanMode } from './clean';
import { docxMode } from './docx';
import { markdownMode } from './markdown';
import { outlineMode } from './outline';
import { renumberMode } from './renumber';
import { statsMode } from './stats';

export const MODES: readonly Mode[] = [outlineMode, checkMode, renumberMode, cleanMode, statsMode, markdownMode, docxMode];
