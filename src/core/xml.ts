// Just enough XML for the parts of a Word package: tags in document order, their attributes and
// the text between them. Element and attribute names are compared by local name (w:p → p).

/** One start, end or empty tag. */
export interface XmlTag {
  /** Local name (`p` for `w:p`). */
  readonly name: string;
  readonly closing: boolean;
  /** An empty element (`<w:br/>`). */
  readonly empty: boolean;
  /** The raw attribute text. */
  readonly attributes: string;
  /** Offset of the `<`. */
  readonly start: number;
  /** Offset just past the `>`. */
  readonly end: number;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)([^>]*)>/g;

/** The tags of `xml` in order; processing instructions, comments and declarations are skipped. */
export function* xmlTags(xml: string): Generator<XmlTag> {
  const pattern = new RegExp(TAG.source, 'g');
  for (let match = pattern.exec(xml); match !== null; match = pattern.exec(xml)) {
    const qualified = match[2];
    const colon = qualified.indexOf(':');
    const attributes = match[3];
    yield {
      name: colon < 0 ? qualified : qualified.slice(colon + 1),
      closing: match[1] === '/',
      empty: attributes.endsWith('/'),
      attributes,
      start: match.index,
      end: pattern.lastIndex,
    };
  }
}

/** An attribute's value by local name (`val` finds `w:val`), entities decoded. */
export function attribute(tag: XmlTag, name: string): string | undefined {
  const attributes = tag.attributes;
  let from = 0;
  for (;;) {
    const at = attributes.indexOf(name, from);
    if (at < 0) {
      return undefined;
    }
    from = at + name.length;
    const before = at === 0 ? ' ' : attributes[at - 1];
    if (before !== ' ' && before !== ':' && before !== '\t' && before !== '\n' && before !== '\r') {
      continue;
    }
    let i = from;
    while (attributes[i] === ' ') {
      i++;
    }
    if (attributes[i] !== '=') {
      continue;
    }
    i++;
    while (attributes[i] === ' ') {
      i++;
    }
    const quote = attributes[i];
    if (quote !== '"' && quote !== "'") {
      continue;
    }
    const close = attributes.indexOf(quote, i + 1);
    return decodeXmlText(attributes.slice(i + 1, close < 0 ? attributes.length : close));
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five named entities and numeric character references. */
export function decodeXmlText(text: string): string {
  if (text.indexOf('&') < 0) {
    return text;
  }
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity] ?? whole;
  });
}

/** True for an on/off property that is on (`<w:vanish/>`, `w:val="true"`/`"1"`/`"on"`). */
export function isOn(tag: XmlTag): boolean {
  const value = attribute(tag, 'val');
  return value === undefined || isOnValue(value);
}

/** True for an on/off attribute's value that says on: `true`, `1` or `on` (absent is off). */
export function isOnValue(value: string | undefined): boolean {
  return value === 'true' || value === '1' || value === 'on';
}

/** An attribute's whole-number value (w:val by default); undefined when absent or not a number. */
export function intAttribute(tag: XmlTag, name = 'val'): number | undefined {
  const value = attribute(tag, name);
  const parsed = value === undefined ? NaN : parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : undefined;
}
