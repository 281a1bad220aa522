// Where paragraphs begin inside a line of a pasted draft. A page that lost its line breaks keeps
// them in other forms: HTML tags that broke lines in the browser (<BR>, <P>, </td>), and the lost
// first-line indent, two ideographic spaces (or &nbsp;&nbsp;) in the middle of a line. The parser
// reads these as paragraph breaks without changing the text, so every offset stays the user's.
// Inline tags (<SPAN>, <STRONG>, <FONT>…) and blank entities are skipped where a marker may start.
//
// Everything here reads a bounded number of characters at a position (a tag's name is at most a
// few letters, a tag at most MAX_TAG characters), so a scan over a line stays linear.

/** Tags that break a line in a browser: the text after them is a new paragraph. */
const BREAK_TAGS = new Set([
  'br', 'p', 'div', 'tr', 'td', 'th', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tbody', 'thead',
  'tfoot', 'caption', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'center', 'body', 'html', 'head', 'title',
]);
/** Tags inside a paragraph: skipped, never a break. `o:p` is Word's empty paragraph mark. */
const INLINE_TAGS = new Set([
  'span', 'font', 'strong', 'b', 'i', 'em', 'u', 'a', 'sup', 'sub', 'small', 'big', 'o:p', 'st1', 'ins', 'del', 'label', 'img', 'wbr', 'nobr',
]);
/** Longest tag read, attributes included (<SPAN style="…">); a longer one is text. */
const MAX_TAG = 160;
/** Entities that stand for a blank: &nbsp; &ensp; &emsp; &thinsp; and their numeric forms. */
const BLANK_ENTITIES = ['&nbsp;', '&ensp;', '&emsp;', '&thinsp;', '&#160;', '&#12288;', '&#xa0;', '&#xA0;', '&#x3000;', '&#32;'];
const LONGEST_ENTITY = Math.max(...BLANK_ENTITIES.map((entity) => entity.length));

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const IDEOGRAPHIC_SPACE = 0x3000;
const NO_BREAK_SPACE = 0xa0;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** An HTML tag at `pos`: its end (past `>`) and whether it breaks the line; undefined when `<` starts no known tag. */
export function tagAt(text: string, pos: number, end: number): { readonly end: number; readonly breaks: boolean } | undefined {
  if (text.charCodeAt(pos) !== LT) {
    return undefined;
  }
  let i = pos + 1;
  if (i < end && text.charCodeAt(i) === SLASH) {
    i++;
  }
  const nameStart = i;
  while (i < end && i - nameStart < 8 && (isAsciiLetter(text.charCodeAt(i)) || (i > nameStart && (text.charCodeAt(i) === 0x3a || (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39))))) {
    i++;
  }
  const name = text.slice(nameStart, i).toLowerCase();
  const breaks = BREAK_TAGS.has(name);
  if (!breaks && !INLINE_TAGS.has(name)) {
    return undefined;
  }
  // Attributes, up to the closing `>` on the same line.
  const limit = Math.min(end, pos + MAX_TAG);
  const next = i < end ? text.charCodeAt(i) : 0;
  if (next !== GT && next !== SLASH && next !== 0x20 && next !== 0x09) {
    return undefined;
  }
  for (; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === GT) {
      return { end: i + 1, breaks };
    }
    if (code === LT || code === 0x0a || code === 0x0d) {
      return undefined;
    }
  }
  return undefined;
}

/** The end of a blank entity (&nbsp; …) at `pos`, or `pos` when none is there. */
export function blankEntityEnd(text: string, pos: number, end: number): number {
  if (text.charCodeAt(pos) !== AMP) {
    return pos;
  }
  const candidate = text.slice(pos, Math.min(end, pos + LONGEST_ENTITY));
  for (const entity of BLANK_ENTITIES) {
    if (candidate.startsWith(entity)) {
      return pos + entity.length;
    }
  }
  return pos;
}

/** True for a character that may begin something this file skips or breaks at (a cheap first test). */
export function mayBeInvisible(code: number): boolean {
  return code === LT || code === AMP || code === IDEOGRAPHIC_SPACE || code === NO_BREAK_SPACE;
}

/**
 * Skips what a reader does not see before text begins: blanks (by `isBlank`), blank entities and
 * inline tags. Stops at a break tag (a paragraph boundary), at text, or at `end`.
 */
export function skipInvisible(text: string, pos: number, end: number, isBlank: (code: number) => boolean): number {
  let i = pos;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isBlank(code)) {
      i++;
      continue;
    }
    if (code === AMP) {
      const entityEnd = blankEntityEnd(text, i, end);
      if (entityEnd > i) {
        i = entityEnd;
        continue;
      }
      return i;
    }
    if (code === LT) {
      const tag = tagAt(text, i, end);
      if (tag !== undefined && !tag.breaks) {
        i = tag.end;
        continue;
      }
    }
    return i;
  }
  return i;
}

/** A paragraph break inside a line: where the paragraph before it ends and the next one may begin. */
export interface ParagraphBreak {
  /** Offset where the break begins (the paragraph before it ends here). */
  readonly start: number;
  /** Offset just past the break. */
  readonly end: number;
}

/** The characters a paragraph break can begin with: < & and the wide blanks. */
const BREAK_STARTS = ['<', '&', '\u3000', '\u00a0'];

/**
 * Finds paragraph breaks in one text, scanning forward (as the parser reads lines): a line-breaking
 * tag, or a run of blanks holding at least two wide blanks (ideographic spaces, no-break spaces,
 * blank entities: the lost first-line indent). It remembers where each character that can begin a
 * break occurs next, found by the engine's native search, so most lines cost nothing.
 */
export class ParagraphBreaks {
  private readonly next = [-1, -1, -1, -1];

  constructor(
    private readonly text: string,
    private readonly isBlank: (code: number) => boolean,
  ) {}

  /** The first offset at or after `from` where a break may begin (Infinity if none). */
  private candidate(from: number): number {
    let first = Infinity;
    for (let k = 0; k < BREAK_STARTS.length; k++) {
      if (this.next[k] < from) {
        const at = this.text.indexOf(BREAK_STARTS[k], from);
        this.next[k] = at < 0 ? Infinity : at;
      }
      first = Math.min(first, this.next[k]);
    }
    return first;
  }

  /** The first paragraph break in [from, to); undefined when the rest of the line is one paragraph. */
  find(from: number, to: number): ParagraphBreak | undefined {
    const { text, isBlank } = this;
    for (let i = this.candidate(from); i < to; i = this.candidate(i + 1)) {
      const code = text.charCodeAt(i);
      if (code === LT) {
        const tag = tagAt(text, i, to);
        if (tag !== undefined && tag.breaks) {
          return { start: i, end: tag.end };
        }
        continue;
      }
      if (code === AMP && blankEntityEnd(text, i, to) === i) {
        continue;
      }
      // A run of blanks and blank entities: a break when it holds two wide blanks.
      let j = i;
      let wide = 0;
      while (j < to) {
        const c = text.charCodeAt(j);
        if (c === IDEOGRAPHIC_SPACE || c === NO_BREAK_SPACE) {
          wide++;
          j++;
        } else if (c === AMP) {
          const entityEnd = blankEntityEnd(text, j, to);
          if (entityEnd === j) {
            break;
          }
          wide++;
          j = entityEnd;
        } else if (isBlank(c)) {
          j++;
        } else {
          break;
        }
      }
      if (wide >= 2) {
        return { start: i, end: j };
      }
      i = Math.max(i, j - 1);
    }
    return undefined;
  }
}

/**
 * A node's text as the outline shows it: tags and blank entities left out, and the lines of a
 * hard-wrapped heading joined (with any page-number line between them dropped). `isPageNumber`
 * tells a page-number line. Returns `text` itself when there is nothing to clean.
 */
export function cleanText(text: string, isPageNumber: (line: string) => boolean): string {
  if (!/[<&\r\n]/.test(text)) {
    return text;
  }
  let joined = text;
  if (/[\r\n]/.test(text)) {
    const parts = text.split(/\r\n|\r|\n/);
    joined = parts[0] + parts.slice(1).map((part) => part.trim()).filter((part) => part !== '' && !isPageNumber(part)).join('');
  }
  let out = '';
  for (let i = 0; i < joined.length;) {
    const tag = tagAt(joined, i, joined.length);
    if (tag !== undefined) {
      i = tag.end;
      continue;
    }
    const entityEnd = blankEntityEnd(joined, i, joined.length);
    if (entityEnd > i) {
      i = entityEnd;
      continue;
    }
    out += joined[i];
    i++;
  }
  return out.trim();
}
