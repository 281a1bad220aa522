// --docx: each draft written as a Word document in the official layout (GB/T 9704-2012), next to
// it (FILE.speech → FILE.docx), or to OUT.docx (`--docx OUT.docx FILE`). The `docx` package is loaded from its own bundle
// (dist/docx.js) only when this mode runs, so the CLI's cold start does not pay for it.

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSpeech } from '../../core';
import { DEFAULT_WORD_FONTS, layoutSpeech, parseFontList, FONT_ROLES, type FontRole } from '../../core/wordLayout';
import type * as Writer from '../../word/docxWriter';
import type { ReportMode } from '../mode';
import { message, say, type Message } from '../messages';

/** What each --font-ROLE sets, as the settings speechOutline.word.fonts.* say it; {0}: the defaults. */
const FONT_HELP: Record<FontRole, Message> = {
  title: message('font of the title, then its fallbacks, comma-separated (default {0})'),
  heading1: message('font of 一、 headings, then its fallbacks (default {0})'),
  heading2: message('font of （一） headings, then its fallbacks (default {0})'),
  body: message('font of body text, 1. and （1） headings, date line, salutation and closing, then its fallbacks (default {0})'),
  pageNumber: message('font of the page numbers (— 1 —), then its fallbacks (default {0})'),
};

const T = {
  written: message('{0} → {1}'),
  residue: message(' ({0} lines of web residue left out)'),
  exists: message('{0}: {1} exists; not written (--overwrite replaces it)'),
  sameFile: message('{0}: would overwrite the input itself; name another file: --docx OUT.docx FILE'),
  needsOut: message('{0}: standard input needs --docx OUT.docx'),
  failed: message('{0}: not written: {1}'),
};

let writer: typeof Writer | undefined;

function loadWriter(): typeof Writer {
  // A computed path: esbuild leaves this require alone, and dist/docx.js sits next to dist/cli.js.
  const path = join(__dirname, 'docx.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand from its own bundle
  writer ??= require(path) as typeof Writer;
  return writer;
}

/** FILE.speech → FILE.docx. */
function docxPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return (dot > slash + 1 ? path.slice(0, dot) : path) + '.docx';
}

export const docxMode: ReportMode = {
  kind: 'report',
  flag: '--docx',
  // `--docx OUT.docx FILE`, or `--docx FILE…` (each next to its draft).
  flagValue: { placeholder: 'OUT.docx', accepts: (arg) => /\.docx$/i.test(arg), several: message('--docx OUT.docx takes one FILE; --docx FILE… writes each FILE.speech to FILE.docx') },
  usage: '--docx [OUT.docx] [--overwrite] [--bold-level3] [--bold-points] [--font-ROLE NAMES] FILE…',
  help: message('write each draft as a Word document in the official layout (GB/T 9704-2012: A4, 22 lines × 28 characters, 一、 黑体, （一） 楷体, page numbers — 1 —) to FILE.docx, or to OUT.docx for one FILE; an existing file is kept unless --overwrite'),
  options: [
    { flag: '--overwrite', help: message('replace an existing .docx') },
    { flag: '--bold-level3', help: message('set 1. headings in bold') },
    { flag: '--bold-points', help: message('set the lead sentence of 一是/一要 points in bold') },
    ...FONT_ROLES.map((role) => ({ flag: `--font-${role}`, value: 'NAMES', help: message(FONT_HELP[role].text, DEFAULT_WORD_FONTS[role].join(',')) })),
  ],
  async report(draft, context) {
    const name = draft.file.name;
    const out = context.options.get('--docx');
    const problem = (message: typeof T.exists, ...args: string[]) => {
      const text = say(context.language, message, name, ...args);
      return { text: text + '\n', json: { error: text }, failed: true };
    };
    const target = typeof out === 'string' ? out : draft.file.path === undefined ? undefined : docxPathOf(draft.file.path);
    if (target === undefined) {
      return problem(T.needsOut);
    }
    if (draft.file.path !== undefined && resolve(target) === resolve(draft.file.path)) {
      return problem(T.sameFile);
    }
    const fonts: Partial<Record<FontRole, string[]>> = {};
    for (const role of FONT_ROLES) {
      const names = parseFontList(String(context.options.get(`--font-${role}`) ?? ''));
      if (names.length > 0) {
        fonts[role] = names;
      }
    }
    const layout = layoutSpeech(parseSpeech(draft.text), {
      fonts,
      boldLevel3: context.options.has('--bold-level3'),
      boldPointLeads: context.options.has('--bold-points'),
    });
    const bytes = await loadWriter().writeDocx(layout);
    try {
      // 'wx' creates the file only if it does not exist, in one step.
      writeFileSync(target, bytes, { flag: context.options.has('--overwrite') ? 'w' : 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'EEXIST' ? problem(T.exists, target) : problem(T.failed, code ?? String(error));
    }
    const residue = layout.residueLines.length > 0 ? say(context.language, T.residue, layout.residueLines.length) : '';
    return {
      text: say(context.language, T.written, name, target) + residue + '\n',
      json: { output: target, paragraphs: layout.paragraphs.length, residueLines: layout.residueLines.map((line) => line + 1) },
    };
  },
};
