// Checks a drafter needs that are not about numbering: a count the text promises and the
// structure does not keep, and template text left in the draft. Problems with bilingual messages
// and their fixes, as data.

import { findTemplateLeftovers } from './leftovers';
import type { SpeechModel } from './model';
import { message, type Message } from './messages';
import type { Severity, TextEdit } from './numbering';
import { checkCountPromises } from './promises';

export type DraftingCode = 'drafting.promise' | 'drafting.template';

export const DRAFTING_CODES: readonly DraftingCode[] = ['drafting.promise', 'drafting.template'];

export const DRAFTING_SEVERITY: Readonly<Record<DraftingCode, Severity>> = {
  'drafting.promise': 'warning',
  // Placeholders are expected while drafting: a hint, not a warning.
  'drafting.template': 'hint',
};

export interface DraftingProblem {
  readonly code: DraftingCode;
  readonly start: number;
  readonly end: number;
  readonly message: Message;
  /** The fix: an edit (promise: the right count word), or a range to select (template text). */
  readonly fix: { readonly title: Message; readonly edit?: TextEdit; readonly select?: { readonly start: number; readonly end: number } };
}

/** The drafting problems of a model, in document order. */
export function checkDrafting(model: SpeechModel): DraftingProblem[] {
  const out: DraftingProblem[] = [];
  for (const promise of checkCountPromises(model)) {
    const fixed = promise.phrase.replace(model.text.slice(promise.start, promise.end), promise.replacement);
    out.push({
      code: 'drafting.promise',
      start: promise.start,
      end: promise.end,
      message:
        promise.what === 'sections'
          ? message('"{0}" promises {1}, but {2} sections follow', promise.phrase, promise.promised, promise.actual)
          : message('"{0}" promises {1}, but {2} points follow', promise.phrase, promise.promised, promise.actual),
      fix: {
        title: message('Change to "{0}"', fixed),
        edit: { start: promise.start, end: promise.end, newText: promise.replacement },
      },
    });
  }
  for (const leftover of findTemplateLeftovers(model.text)) {
    out.push({
      code: 'drafting.template',
      start: leftover.start,
      end: leftover.end,
      message: message('template text left in the draft: "{0}"', leftover.text),
      fix: { title: message('Select the template text to replace it'), select: { start: leftover.start, end: leftover.end } },
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
