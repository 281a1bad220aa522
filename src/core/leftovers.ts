// Template text left in a draft: the instructions and stand-ins of our snippets (展开说明。,
// 提出第二项要求, 开场白：…) and of the built-in templates (写明措施。, 全县XX工作会议, 某某某)
// that a writer meant to replace.

import { TEMPLATE_TEXTS } from './snippets';
import { SPEECH_TEMPLATES } from './templates';

/** One template text found in a draft. */
export interface TemplateLeftover {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A stand-in to fill in: XX, ××, X月X日, 某某 (a template's placeholder holding one is never kept). */
const STAND_IN = /XX|××|X月X日|某某/;

/**
 * The placeholders of the built-in templates that are instructions or stand-ins: a whole sentence
 * (写明措施。, 总体情况。: the templates' defaults a speech keeps are phrases, never sentences), or
 * one holding a stand-in (全县XX工作会议, 2026年X月X日, 某某乡党委书记　某某某).
 */
export function templatePlaceholderTexts(templates: readonly { readonly body: string }[] = SPEECH_TEMPLATES): string[] {
  const texts = new Set<string>();
  for (const template of templates) {
    for (const [, text] of template.body.matchAll(/\$\{\d+:([^}$]*)\}/g)) {
      if (text.endsWith('。') || STAND_IN.test(text)) texts.add(text);
    }
  }
  return [...texts];
}

let known: readonly string[] | undefined;
/** Every template text (snippets' and templates'). Built on first use. */
function templateTexts(): readonly string[] {
  known ??= [...new Set([...TEMPLATE_TEXTS, ...templatePlaceholderTexts()])];
  return known;
}

/**
 * Every occurrence of a template text in `text`, in document order; where two overlap, the one
 * starting first, or the longer (全县XX工作会议 is found whole, not as its XX). Linear in the text
 * for each of the few texts, then a sort.
 */
export function findTemplateLeftovers(text: string): TemplateLeftover[] {
  const found: TemplateLeftover[] = [];
  for (const template of templateTexts()) {
    for (let at = text.indexOf(template); at >= 0; at = text.indexOf(template, at + template.length)) {
      found.push({ start: at, end: at + template.length, text: template });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TemplateLeftover[] = [];
  for (const leftover of found) {
    if (out.length === 0 || leftover.start >= out[out.length - 1].end) out.push(leftover);
  }
  return out;
}
