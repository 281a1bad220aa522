// Paste cleanup: turns text copied from a web page, a document site or a PDF into a clean speech
// draft. One function, used by the Clean Up Text command, the Paste as Speech Text provider and
// the CLI's --clean. Steps, in order:
//  1. HTML → text (tags, comments, scripts go; line-breaking tags become breaks; entities decoded);
//  2. collapsed paragraphs split at runs of two or more ideographic / no-break spaces;
//  3. residue lines removed (the parser's residue table: control words on short lines, simplified
//     and traditional), page numbers removed and the wrapped lines around them brought together;
//  4. punctuation, full-width digits and spaces fixed (GB/T 15834);
//  5. collapsed paragraphs split before a heading or point marker that follows a sentence end;
//  6. hard-wrapped lines joined back into their paragraph or heading;
//  7. paragraphs laid out: one per line, a marker followed directly by its text (no tab or space
//     between), blank lines and indents as the options say.
// Loses no content (every Chinese character outside removed residue lines stays, in order) and is
// linear in the text. Idempotent: the steps are run again on their own result until it is stable
// (at most MAX_PASSES; one more pass that changes nothing is the usual case), because a split can
// make a text look hard-wrapped and a join can make a line look collapsed.

import { canStartHeading, canStartPoint, matchHeadingMarker, matchPointMarker } from './markers';
import { message, type Message } from './messages';
import { mayBeResidue, residueKind } from './residue';
import { htmlToText, isHtmlDocument, looksLikeHtml } from './cleanupHtml';
import { closeMarkerGaps, layOut, type BlankLines, type Indent } from './cleanupLayout';
import { joinWrappedLines, splitAtMarkers, splitAtSpaceRuns } from './cleanupParagraphs';
import { fixPunctuation } from './cleanupPunctuation';
import { endsSentence, trimBlanks } from './cleanupText';

export type { BlankLines, Indent } from './cleanupLayout';

export interface CleanupOptions {
  /** Blank lines between paragraphs (default `keep`: as the draft has them, a run becoming one). */
  readonly blankLines?: BlankLines;
  /** First-line indent (default `keep`: indented paragraphs get two ideographic spaces, others none). */
  readonly indent?: Indent;
  /** The text is an HTML document (a clipboard's text/html); default: decided from the text. */
  readonly html?: boolean;
}

/** What the cleanup did, in counts. */
export interface CleanupReport {
  /** Residue lines removed (breadcrumbs, meta lines, page actions, footers, counters, separators). */
  residueLines: number;
  /** Page numbers removed from between wrapped lines. */
  pageNumbers: number;
  /** HTML tags and comments removed. */
  htmlTags: number;
  /** Character entities decoded (&nbsp; &amp; &#12288;…). */
  entities: number;
  /** Collapsed paragraphs split. */
  paragraphsSplit: number;
  /** Hard-wrapped lines joined to the line before. */
  linesJoined: number;
  /** Punctuation marks made full width. */
  punctuation: number;
  /** Full-width digits made ASCII. */
  digits: number;
  /** Spaces removed between Chinese and digits or Latin letters. */
  spaces: number;
  /** Heading and point markers whose blanks before their text were removed (一、<TAB>提高 → 一、提高). */
  markerBlanks: number;
}

export interface CleanupResult {
  /** The cleaned text. */
  readonly text: string;
  /** True when the cleaned text differs from the input. */
  readonly changed: boolean;
  readonly report: CleanupReport;
  /** The residue and page-number lines removed, as they were (trimmed). */
  readonly removed: readonly string[];
}

/** True when every count in the report is zero (the text may still have had its layout normalised). */
export function isEmptyReport(report: CleanupReport): boolean {
  return Object.values(report).every((count) => count === 0);
}

/** A report with every count zero. */
export function emptyCleanupReport(): CleanupReport {
  return { residueLines: 0, pageNumbers: 0, htmlTags: 0, entities: 0, paragraphsSplit: 0, linesJoined: 0, punctuation: 0, digits: 0, spaces: 0, markerBlanks: 0 };
}

const LINE_BREAK = /\r\n|\r|\n/;

/** A line the parser would read as a heading or point: never residue, as in the parser. */
function startsWithMarker(text: string): boolean {
  const code = text.charCodeAt(0);
  return (canStartHeading(code) && matchHeadingMarker(text, 0, text.length) !== undefined) ||
    (canStartPoint(code) && matchPointMarker(text, 0, text.length) !== undefined);
}

/**
 * Step 3: removes residue lines; around a page number, blank lines inside an unfinished sentence
 * go too. `kept` receives the index of each line kept.
 */
function removeResidue(lines: readonly string[], report: CleanupReport, removed: string[], kept: number[]): string[] {
  const out: string[] = [];
  let skipBlanks = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const text = trimBlanks(line);
    if (text.length === 0) {
      if (!skipBlanks) {
        out.push(line);
        kept.push(index);
      }
      continue;
    }
    const kind = mayBeResidue(text.charCodeAt(0)) && !startsWithMarker(text) ? residueKind(text) : undefined;
    if (kind === 'residue' || kind === 'pageNumber') {
      removed.push(text);
      if (kind === 'pageNumber') {
        report.pageNumbers++;
        // The page number sat inside a paragraph when the line before it does not end a sentence.
        let last = out.length - 1;
        while (last >= 0 && trimBlanks(out[last]).length === 0) {
          last--;
        }
        if (last >= 0 && !endsSentence(out[last])) {
          out.length = last + 1;
          kept.length = last + 1;
          skipBlanks = true;
        }
      } else {
        report.residueLines++;
      }
      continue;
    }
    skipBlanks = false;
    out.push(line);
    kept.push(index);
  }
  return out;
}

const MAX_PASSES = 6;

/** Cleans `text` (see the steps above). A leading BOM is kept; line breaks follow the text's first one. */
export function cleanText(input: string, options: CleanupOptions = {}): CleanupResult {
  const report = emptyCleanupReport();
  const removed: string[] = [];
  let text = cleanOnce(input, options, report, removed);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const again = cleanOnce(text, { ...options, html: false }, report, removed);
    if (again === text) {
      break;
    }
    text = again;
  }
  return { text, changed: text !== input, report, removed };
}

function cleanOnce(input: string, options: CleanupOptions, report: CleanupReport, removed: string[]): string {
  const bom = input.startsWith('\ufeff') ? '\ufeff' : '';
  let text = bom === '' ? input : input.slice(1);
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const finalBreak = /[\r\n]$/.test(text);
  const document = options.html ?? isHtmlDocument(text);
  if (document || looksLikeHtml(text)) {
    const counts = { tags: 0, entities: 0 };
    text = htmlToText(text, document, counts);
    report.htmlTags = counts.tags;
    report.entities = counts.entities;
  }
  const split = splitAtSpaceRuns(text.split(LINE_BREAK));
  const kept: number[] = [];
  let lines = removeResidue(split.lines, report, removed, kept);
  // A space run separated paragraphs (and shows the page was collapsed) where two pieces of one
  // line are kept: a meta line split at its spaces and removed as residue is neither.
  let runSplits = 0;
  for (let i = 1; i < kept.length; i++) {
    if (split.source[kept[i]] === split.source[kept[i - 1]]) {
      runSplits++;
    }
  }
  report.paragraphsSplit += runSplits;
  const collapsed = runSplits > 0;
  lines = lines.map((line) => fixPunctuation(line, report));
  lines = splitAtMarkers(lines, collapsed, report);
  lines = joinWrappedLines(lines, report);
  lines = closeMarkerGaps(lines, report);
  let output = layOut(lines, options.blankLines ?? 'keep', options.indent ?? 'keep', eol);
  if (finalBreak && output.length > 0) {
    output += eol;
  }
  return bom + output;
}

/**
 * What the cleanup did, one message per kind of change (English text = l10n key; singular and
 * plural keys, chosen by the count), in the order the steps run; empty when nothing was counted
 * (the layout may still have changed). Hosts render and join them (vscode: localize; CLI: say).
 */
export function describeCleanup(report: CleanupReport): Message[] {
  const parts: Message[] = [];
  const add = (n: number, one: string, many: string): void => {
    if (n > 0) {
      parts.push(message(n === 1 ? one : many, n));
    }
  };
  add(report.residueLines, 'removed {0} residue line', 'removed {0} residue lines');
  add(report.pageNumbers, 'removed {0} page number', 'removed {0} page numbers');
  add(report.htmlTags, 'removed {0} HTML tag', 'removed {0} HTML tags');
  add(report.entities, 'decoded {0} HTML entity', 'decoded {0} HTML entities');
  add(report.paragraphsSplit, 'split {0} paragraph', 'split {0} paragraphs');
  add(report.linesJoined, 'joined {0} wrapped line', 'joined {0} wrapped lines');
  add(report.punctuation, 'fixed {0} punctuation mark', 'fixed {0} punctuation marks');
  add(report.digits, 'made {0} full-width digit ASCII', 'made {0} full-width digits ASCII');
  add(report.spaces, 'removed {0} space between Chinese and Latin or digits', 'removed {0} spaces between Chinese and Latin or digits');
  add(report.markerBlanks, 'removed the blank after {0} heading or point marker', 'removed the blanks after {0} heading and point markers');
  return parts;
}

/**
 * The one-line report of a cleanup that changed the text, rendered by the host (`render`: the
 * command's localize, the CLI's say): "Cleaned up: removed 3 residue
 * lines, split 8 paragraphs." (the parts joined by the language's ", "), or the layout-only
 * sentence when nothing was counted; "Nothing to clean." when `changed` is false.
 */
export function cleanupSummary(report: CleanupReport, changed: boolean, render: (message: Message) => string): string {
  if (!changed) {
    return render(message('Nothing to clean.'));
  }
  const parts = describeCleanup(report).map(render);
  return parts.length === 0 ? render(message('Cleaned up the layout (line breaks, blank lines, indents).'))
    : render(message('Cleaned up: {0}.', parts.join(render(message(', ')))));
}
