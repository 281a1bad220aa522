// --docx: each draft written as a Word document in the official layout (GB/T 9704-2012), next to
// it (FILE.speech → FILE.docx), or to OUT.docx (`--docx OUT.docx FILE`). The `docx` package is loaded from its own bundle
// (dist/docx.js) only when this mode runs, so the CLI's cold start does not pay for it.

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSpeech } from '../../core';
import { layoutSpeech, parseFontList, FONT_ROLES, type FontRole } from '../../core/wordLayout';
import type * as Writer from '../../word/docxWriter';
import type { ReportMode } from '../mode';
import { msg, say } from '../messages';

const T = {
  written: msg('{0} → {1}', '{0} → {1}'),
  residue: msg(' ({0} lines of web residue left out)', '（略去 {0} 行网页残留内容）'),
  exists: msg('{0}: {1} exists; not written (--overwrite replaces it)', '{0}：{1} 已存在，未写入（加 --overwrite 可替换）'),
  sameFile: msg('{0}: would overwrite the input itself; name another file: --docx OUT.docx FILE', '{0}：输出文件与输入文件相同，请另行指定：--docx OUT.docx FILE'),
  needsOut: msg('{0}: standard input needs --docx OUT.docx', '{0}：从标准输入读取时需用 --docx OUT.docx 指定输出文件'),
  outOneFile: msg('--docx OUT.docx takes one FILE; --docx FILE… writes each FILE.speech to FILE.docx', '--docx OUT.docx 只能用于一个文件；--docx FILE… 将每个 FILE.speech 写为 FILE.docx'),
  failed: msg('{0}: not written: {1}', '{0}：未写入：{1}'),
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
  flagValue: { placeholder: 'OUT.docx', accepts: (arg) => /\.docx$/i.test(arg) },
  usage: '--docx [OUT.docx] [--overwrite] [--bold-level3] [--bold-points] [--font-ROLE NAMES] FILE…',
  help: msg(
    'write each draft as a Word document in the official layout (GB/T 9704-2012: A4, 22 lines × 28 characters, 一、 黑体, （一） 楷体, page numbers — 1 —) to FILE.docx, or to OUT.docx for one FILE; an existing file is kept unless --overwrite',
    '将稿件按公文格式（GB/T 9704-2012：A4，每页 22 行、每行 28 字，一级标题黑体、二级标题楷体，页码“— 1 —”）导出为 Word 文档 FILE.docx，或（单个文件时）OUT.docx；已有文件不覆盖，除非加 --overwrite',
  ),
  options: [
    { flag: '--overwrite', help: msg('replace an existing .docx', '替换已有的 .docx 文件') },
    { flag: '--bold-level3', help: msg('set 1. headings in bold', '“1.”级标题加粗') },
    { flag: '--bold-points', help: msg('set the lead sentence of 一是/一要 points in bold', '“一是”“一要”等要点的首句加粗') },
    ...FONT_ROLES.map((role) => ({
      flag: `--font-${role}`,
      value: true,
      help: msg(`fonts for ${role} text, first choice then fallbacks: "仿宋_GB2312,仿宋"`, `${role} 的字体，首选在前、备用在后，逗号分隔`),
    })),
  ],
  async report(draft, context) {
    const name = draft.file.name;
    const out = context.options.get('--docx');
    if (typeof out === 'string' && context.several) {
      return { text: say(context.language, T.outOneFile) + '\n', failed: true, json: { error: say(context.language, T.outOneFile) } };
    }
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
