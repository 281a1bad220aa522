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

/** The template texts, and where to look for them: each text's first two characters (its key). */
interface TemplateIndex {
  readonly texts: readonly string[];
  /** The indices of the texts that start with each key. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** Any key (all keys have the same length, so none is a prefix of another). */
  readonly keys: RegExp;
}

let known: TemplateIndex | undefined;
/** Every template text (snippets' and templates'), indexed by its first characters. Built on first use. */
function templateIndex(): TemplateIndex {
  if (known === undefined) {
    const texts = [...new Set([...TEMPLATE_TEXTS, ...templatePlaceholderTexts()])];
    const width = Math.min(2, ...texts.map((text) => text.length));
    const byKey = new Map<string, number[]>();
    texts.forEach((text, index) => {
      const key = text.slice(0, width);
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [index]);
      else list.push(index);
    });
    const keys = new RegExp([...byKey.keys()].map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    known = { texts, byKey, keys };
  }
  return known;
}

/**
 * Every occurrence of a template text in `text`, in document order; where two overlap, the one
 * starting first, or the longer (全县XX工作会议 is found whole, not as its XX). One pass over the
 * text for the texts' first two characters (a text found is looked for again after its end, as
 * indexOf from there would), then a sort.
 */
export function findTemplateLeftovers(text: string): TemplateLeftover[] {
  const { texts, byKey, keys } = templateIndex();
  const found: TemplateLeftover[] = [];
  // Where each text may next be found: not inside its own previous occurrence.
  const next: number[] = [];
  keys.lastIndex = 0;
  for (let match = keys.exec(text); match !== null; match = keys.exec(text)) {
    const at = match.index;
    for (const index of byKey.get(match[0])!) {
      const template = texts[index];
      if (!(at < (next[index] ?? 0)) && text.startsWith(template, at)) {
        found.push({ start: at, end: at + template.length, text: template });
        next[index] = at + template.length;
      }
    }
    // Keys may overlap (XXX holds XX twice): look again one character on.
    keys.lastIndex = at + 1;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TemplateLeftover[] = [];
  for (const leftover of found) {
    if (out.length === 0 || leftover.start >= out[out.length - 1].end) out.push(leftover);
  }
  return out;
}
