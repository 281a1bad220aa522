// Word's automatic numbering: the list definitions of numbering.xml, the styles of styles.xml that
// carry a list, and the counters that turn a numbered paragraph into the text Word shows (一、
// （一） 1. …) while the document is read in order (wordDocument.ts).

import { attribute, intAttribute, isOn, isOnValue, xmlTags, type XmlTag } from './xml';
import { formatListNumber } from './wordNumberFormats';
import { isClauseMark, isClosingMark, isLeadEnd } from './marks';

/** One level of a list definition (w:lvl). */
interface ListLevel {
  start: number;
  format: string;
  text: string;
  legal: boolean;
  /** w:lvlRestart: restart after a level above this 1-based level appears; 0 never; undefined: after any higher level. */
  restart: number | undefined;
  suffix: 'tab' | 'space' | 'nothing';
  style: string | undefined;
}

interface AbstractList {
  levels: ListLevel[];
  styleLink: string | undefined;
  numStyleLink: string | undefined;
}

interface ListInstance {
  abstractId: string;
  /** Level overrides: a new start, or a whole level. */
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, ListLevel>;
}

/** What a paragraph or numbering style of styles.xml says about numbering. */
export interface StyleInfo {
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

function newLevel(): ListLevel {
  return { start: 1, format: 'decimal', text: '', legal: false, restart: undefined, suffix: 'tab', style: undefined };
}

/** Reads one w:lvl's children into `level` (the tag iterator is positioned just after <w:lvl>). */
function readLevel(tags: Iterator<XmlTag>, level: ListLevel): void {
  let depth = 0;
  for (let next = tags.next(); !next.done; next = tags.next()) {
    const tag = next.value;
    if (tag.name === 'lvl' && tag.closing && depth === 0) {
      return;
    }
    if (!tag.closing && !tag.empty) {
      depth++;
    } else if (tag.closing) {
      depth--;
    }
    if (tag.closing) {
      continue;
    }
    switch (tag.name) {
      case 'start':
        level.start = intAttribute(tag) ?? 1;
        break;
      case 'numFmt':
        level.format = attribute(tag, 'val') ?? 'decimal';
        break;
      case 'lvlText':
        level.text = attribute(tag, 'val') ?? '';
        break;
      case 'isLgl':
        level.legal = isOn(tag);
        break;
      case 'lvlRestart':
        level.restart = intAttribute(tag);
        break;
      case 'suff':
        level.suffix = (attribute(tag, 'val') as ListLevel['suffix'] | undefined) ?? 'tab';
        break;
      case 'pStyle':
        level.style = attribute(tag, 'val');
        break;
    }
  }
}

/** numbering.xml: the list definitions and their instances. */
export class Numbering {
  readonly abstracts = new Map<string, AbstractList>();
  readonly instances = new Map<string, ListInstance>();

  static parse(xml: string | undefined): Numbering {
    const numbering = new Numbering();
    if (xml === undefined) {
      return numbering;
    }
    const tags = xmlTags(xml);
    let abstract: AbstractList | undefined;
    let instance: ListInstance | undefined;
    let overrideLevel = -1;
    for (let next = tags.next(); !next.done; next = tags.next()) {
      const tag = next.value;
      if (tag.closing) {
        if (tag.name === 'abstractNum') {
          abstract = undefined;
        } else if (tag.name === 'num') {
          instance = undefined;
        } else if (tag.name === 'lvlOverride') {
          overrideLevel = -1;
        }
        continue;
      }
      switch (tag.name) {
        case 'abstractNum':
          abstract = { levels: [], styleLink: undefined, numStyleLink: undefined };
          numbering.abstracts.set(attribute(tag, 'abstractNumId') ?? '', abstract);
          break;
        case 'num':
          instance = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
          numbering.instances.set(attribute(tag, 'numId') ?? '', instance);
          break;
        case 'abstractNumId':
          if (instance !== undefined) {
            instance.abstractId = attribute(tag, 'val') ?? '';
          }
          break;
        case 'lvlOverride':
          overrideLevel = intAttribute(tag, 'ilvl') ?? -1;
          break;
        case 'startOverride':
          if (instance !== undefined && overrideLevel >= 0) {
            instance.startOverrides.set(overrideLevel, intAttribute(tag) ?? 1);
          }
          break;
        case 'styleLink':
          if (abstract !== undefined) {
            abstract.styleLink = attribute(tag, 'val');
          }
          break;
        case 'numStyleLink':
          if (abstract !== undefined) {
            abstract.numStyleLink = attribute(tag, 'val');
          }
          break;
        case 'lvl': {
          const ilvl = intAttribute(tag, 'ilvl') ?? 0;
          const level = newLevel();
          if (!tag.empty) {
            readLevel(tags, level);
          }
          if (instance !== undefined && overrideLevel >= 0) {
            instance.levelOverrides.set(overrideLevel, level);
          } else if (abstract !== undefined && ilvl >= 0 && ilvl < 9) {
            abstract.levels[ilvl] = level;
          }
          break;
        }
      }
    }
    return numbering;
  }
}

/** styles.xml: the paragraph and numbering styles (with their numbering), and the default paragraph style. */
export function parseStyles(xml: string | undefined): { styles: Map<string, StyleInfo>; defaultStyle: string | undefined } {
  const styles = new Map<string, StyleInfo>();
  let defaultStyle: string | undefined;
  if (xml === undefined) {
    return { styles, defaultStyle };
  }
  let current: StyleInfo | undefined;
  for (const tag of xmlTags(xml)) {
    if (tag.closing) {
      if (tag.name === 'style') {
        current = undefined;
      }
      continue;
    }
    switch (tag.name) {
      case 'style': {
        const type = attribute(tag, 'type');
        if (type !== 'paragraph' && type !== 'numbering') {
          break;
        }
        current = { basedOn: undefined, numId: undefined, ilvl: undefined };
        const id = attribute(tag, 'styleId') ?? '';
        styles.set(id, current);
        if (type === 'paragraph' && isOnValue(attribute(tag, 'default'))) {
          defaultStyle = id;
        }
        break;
      }
      case 'basedOn':
        if (current !== undefined) {
          current.basedOn = attribute(tag, 'val');
        }
        break;
      case 'numId':
        if (current !== undefined) {
          current.numId = attribute(tag, 'val');
        }
        break;
      case 'ilvl':
        if (current !== undefined) {
          current.ilvl = intAttribute(tag);
        }
        break;
    }
  }
  return { styles, defaultStyle };
}

/** Word's list counters while the document is read in order. */
export class ListCounters {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly overridden = new Set<string>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Map<string, StyleInfo>,
  ) {}

  /** The abstract list behind an instance, following a numbering style link. */
  private abstractOf(instance: ListInstance): { id: string; list: AbstractList } | undefined {
    let id = instance.abstractId;
    let list = this.numbering.abstracts.get(id);
    for (let hops = 0; list?.numStyleLink !== undefined && hops < 4; hops++) {
      const linkedNumId = this.styles.get(list.numStyleLink)?.numId;
      const linked = linkedNumId === undefined ? undefined : this.numbering.instances.get(linkedNumId);
      if (linked === undefined || linked.abstractId === id) {
        break;
      }
      id = linked.abstractId;
      list = this.numbering.abstracts.get(id);
    }
    return list === undefined ? undefined : { id, list };
  }

  /** The level a style points at (numbering.xml's w:lvl/w:pStyle), for a style that gives no w:ilvl. */
  levelOfStyle(numId: string, style: string): number | undefined {
    const instance = this.numbering.instances.get(numId);
    const abstract = instance === undefined ? undefined : this.abstractOf(instance);
    const index = abstract?.list.levels.findIndex((level) => level?.style === style) ?? -1;
    return index >= 0 ? index : undefined;
  }

  /** Counts a numbered paragraph and returns its number as text (empty when the list is unknown). */
  next(numId: string, ilvl: number): string {
    const instance = this.numbering.instances.get(numId);
    const abstract = instance === undefined ? undefined : this.abstractOf(instance);
    if (instance === undefined || abstract === undefined) {
      return '';
    }
    const levelAt = (index: number): ListLevel => instance.levelOverrides.get(index) ?? abstract.list.levels[index] ?? newLevel();
    const level = levelAt(ilvl);
    let counts = this.counters.get(abstract.id);
    if (counts === undefined) {
      counts = [];
      this.counters.set(abstract.id, counts);
    }
    const overrideKey = `${numId}:${ilvl}`;
    const startOverride = instance.startOverrides.get(ilvl);
    if (startOverride !== undefined && !this.overridden.has(overrideKey)) {
      // A w:num's start override restarts the level the first time that instance uses it.
      this.overridden.add(overrideKey);
      counts[ilvl] = startOverride;
    } else {
      const previous = counts[ilvl];
      counts[ilvl] = previous === undefined ? level.start : previous + 1;
    }
    // Deeper levels restart after this one, unless their w:lvlRestart says otherwise.
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levelAt(deeper).restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) {
        counts[deeper] = undefined;
      }
    }
    if (level.format === 'bullet') {
      return bulletText(level.text);
    }
    const text = level.text.replace(/%([1-9])/g, (_whole, digit: string) => {
      const index = Number(digit) - 1;
      const value = counts[index] ?? levelAt(index).start;
      return formatListNumber(level.legal ? 'decimal' : levelAt(index).format, value);
    });
    return text + suffix(level, text);
  }
}

/** Symbol-font bullets live in the private use area: written as •. */
function bulletText(text: string): string {
  const bullet = text.replace(/[\uf000-\uf0ff]/g, '•');
  return bullet.length > 0 ? bullet + ' ' : '';
}

/** What follows a number: nothing after punctuation (一、 1. （一）: marks.ts's marks, and . ．), else a space. */
function suffix(level: ListLevel, text: string): string {
  if (level.suffix === 'nothing' || text.length === 0) {
    return '';
  }
  const last = text.charCodeAt(text.length - 1);
  return isClauseMark(last) || isClosingMark(last) || isLeadEnd(last) || last === 0x2e /* . */ || last === 0xff0e /* ． */ ? '' : ' ';
}
