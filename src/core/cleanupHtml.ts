// Step 2 of the cleanup: HTML left in the text becomes plain text. Tags that break a line in a
// browser become line breaks, other tags go, comments, scripts and styles go with their content,
// and character entities are decoded. One pass over the text: every scan for a tag's end stops at
// the next `<`, so hostile input (a megabyte of `<p` without `>`) stays linear.

import { isIdeograph } from './chars';

/** Tags after which a browser starts a new line. */
const BREAK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]);

/** Tags common enough in pasted text that one of them means the text carries HTML. */
const KNOWN_TAGS = new Set([
  ...BREAK_TAGS, 'a', 'b', 'em', 'font', 'i', 'img', 'input', 'link', 'meta', 'o:p', 'script', 'small', 'span', 'strong', 'style', 'sub', 'sup', 'u',
]);

/** Elements whose content is not text a reader sees. */
const HIDDEN_CONTENT = new Set(['script', 'style', 'head', 'title', 'noscript', 'template']);

const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—',
  ndash: '–', hellip: '…', middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', times: '×', divide: '÷', emsp: '\u2003',
  ensp: '\u2002', thinsp: '\u2009', ideographicspace: '\u3000', laquo: '«', raquo: '»', deg: '°', plusmn: '±', yen: '¥', permil: '‰',
};

/** A tag found at `start`: its lower-case name, whether it closes, and the offset past its `>`. */
interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly end: number;
}

function isNameChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x3a || code === 0x2d || code === 0x5f;
}

/** The tag starting at `start` (a `<`), or undefined when the text there is not a tag. */
function tagAt(text: string, start: number): Tag | undefined {
  let i = start + 1;
  const closing = text.charCodeAt(i) === 0x2f;
  if (closing) {
    i++;
  }
  const first = text.charCodeAt(i);
  const bang = first === 0x21 || first === 0x3f; // <!DOCTYPE …>, <?xml …?>
  if (!bang && !((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a))) {
    return undefined;
  }
  const nameStart = bang ? i + 1 : i;
  let nameEnd = nameStart;
  while (nameEnd < text.length && isNameChar(text.charCodeAt(nameEnd))) {
    nameEnd++;
  }
  for (let j = nameEnd; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x3e) {
      return { name: bang ? '!' : text.slice(nameStart, nameEnd).toLowerCase(), closing, end: j + 1 };
    }
    if (code === 0x3c) {
      return undefined;
    }
  }
  return undefined;
}

/** True when the text carries at least one common HTML tag (`<p>`, `<BR>`, `</SPAN>`…). */
export function looksLikeHtml(text: string): boolean {
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const tag = tagAt(text, i);
    if (tag !== undefined && KNOWN_TAGS.has(tag.name)) {
      return true;
    }
  }
  return false;
}

/** True when the text is a whole HTML document (a page saved or copied as HTML), not text with tags left in it. */
export function isHtmlDocument(text: string): boolean {
  return /<(?:!doctype\s+html|html[\s>]|body[\s>])/i.test(text.slice(0, 4096)) || /<meta\s+charset/i.test(text.slice(0, 4096));
}

export interface HtmlCounts {
  tags: number;
  entities: number;
}

/** Decodes the entity at `start` (an `&`); undefined when there is none or decoding it would make markup of text. */
function entityAt(text: string, start: number): { value: string; end: number } | undefined {
  let semicolon = start + 1;
  while (semicolon < text.length && semicolon - start <= 12 && text.charCodeAt(semicolon) !== 0x3b) {
    semicolon++;
  }
  if (semicolon >= text.length || text.charCodeAt(semicolon) !== 0x3b) {
    return undefined;
  }
  const body = text.slice(start + 1, semicolon);
  let value: string | undefined;
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = hex ? body.slice(2) : body.slice(1);
    if (digits.length > 0 && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
      const code = parseInt(digits, hex ? 16 : 10);
      if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
        value = String.fromCodePoint(code);
      }
    }
  } else {
    value = ENTITIES[body] ?? ENTITIES[body.toLowerCase()];
  }
  if (value === undefined) {
    return undefined;
  }
  // Decoding must not create a tag or another entity, so that cleaning the result again changes nothing.
  const next = text.charCodeAt(semicolon + 1);
  if (value === '<' && (next === 0x2f || next === 0x21 || next === 0x3f || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a))) {
    return undefined;
  }
  if (value === '&' && (next === 0x23 || isNameChar(next))) {
    return undefined;
  }
  return { value, end: semicolon + 1 };
}

function isCjkWide(code: number): boolean {
  return isIdeograph(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || code === 0x201c || code === 0x201d;
}

/**
 * Turns HTML into text. `document`: the text is a whole HTML document, where line breaks in the
 * source are white space (removed between two Chinese characters, as CSS does); otherwise the
 * text is a draft with tags left in it and its own line breaks stay.
 */
export function htmlToText(text: string, document: boolean, counts: HtmlCounts): string {
  const out: string[] = [];
  let copied = 0;
  let commentsClosed = true;
  const hiddenClosed = new Set<string>();
  let i = 0;
  const flush = (to: number): void => {
    if (to > copied) {
      out.push(text.slice(copied, to));
    }
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x3c) {
      if (text.startsWith('<!--', i) && commentsClosed) {
        const close = text.indexOf('-->', i + 4);
        if (close < 0) {
          commentsClosed = false;
        } else {
          flush(i);
          counts.tags++;
          i = copied = close + 3;
          continue;
        }
      }
      const tag = tagAt(text, i);
      if (tag !== undefined) {
        flush(i);
        counts.tags++;
        copied = tag.end;
        if (BREAK_TAGS.has(tag.name)) {
          out.push('\n');
        }
        i = tag.end;
        if (!tag.closing && HIDDEN_CONTENT.has(tag.name) && !hiddenClosed.has(tag.name)) {
          const closer = new RegExp(`</${tag.name}\\s*>`, 'gi');
          closer.lastIndex = i;
          const found = closer.exec(text);
          if (found === null) {
            hiddenClosed.add(tag.name);
          } else {
            i = copied = found.index + found[0].length;
            counts.tags++;
            if (BREAK_TAGS.has(tag.name)) {
              out.push('\n');
            }
          }
        }
        continue;
      }
    } else if (code === 0x26) {
      const entity = entityAt(text, i);
      if (entity !== undefined) {
        flush(i);
        counts.entities++;
        out.push(entity.value);
        i = copied = entity.end;
        continue;
      }
    } else if (document && (code === 0x0a || code === 0x0d || code === 0x20 || code === 0x09)) {
      // White space of the source: a run becomes one space, or nothing between Chinese characters.
      let j = i;
      let hasBreak = false;
      while (j < text.length && (text.charCodeAt(j) === 0x0a || text.charCodeAt(j) === 0x0d || text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) {
        hasBreak ||= text.charCodeAt(j) !== 0x20 && text.charCodeAt(j) !== 0x09;
        j++;
      }
      if (hasBreak || j - i > 1) {
        flush(i);
        const before = out.length > 0 ? out[out.length - 1] : '';
        const left = before.length > 0 ? before.charCodeAt(before.length - 1) : 0x0a;
        const right = j < text.length ? text.charCodeAt(j) : 0x0a;
        if (!(left === 0x0a || (isCjkWide(left) && isCjkWide(right)))) {
          out.push(' ');
        }
        copied = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  flush(text.length);
  return out.join('');
}
