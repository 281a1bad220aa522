// Template text left in a draft: the instructions and stand-ins of our snippets (展开说明。,
// 提出第二项要求, 开场白：…) that a writer meant to replace.

import { TEMPLATE_TEXTS } from './snippets';

/** One template text found in a draft. */
export interface TemplateLeftover {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every occurrence of a template text in `text`, in document order (linear in the text for each of the few texts). */
export function findTemplateLeftovers(text: string): TemplateLeftover[] {
  const out: TemplateLeftover[] = [];
  for (const template of TEMPLATE_TEXTS) {
    for (let at = text.indexOf(template); at >= 0; at = text.indexOf(template, at + template.length)) {
      out.push({ start: at, end: at + template.length, text: template });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
