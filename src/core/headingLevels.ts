// Writing a heading at another level: the marker style a heading gets when it moves up or down a
// level (一、 → （一） → 1. → （1） and back), in the style family of the draft around it.

import { markerStyle, type MarkerStyle } from './grammar';
import { majorityStyle } from './siblings';
import type { SpeechModel, SpeechNode } from './model';

// TODO(issue-11): read these from the marker grammar table once it lands, instead of this list.
const STANDARD_HEADING_STYLES: readonly MarkerStyle[] = [
  markerStyle('chinese', '', '、'),
  markerStyle('chinese', '（', '）'),
  markerStyle('ascii', '', '.'),
  markerStyle('ascii', '（', '）'),
];

/** Highest heading level (GB/T 9704 defines four). */
export const DEEPEST_HEADING_LEVEL = 4;

/**
 * A heading style at `level`, in the family of `styles` (the heading's own first, then hints such
 * as its section's): half-width brackets stay half-width ((一) → (1)), full-width digits stay
 * full-width (１． → （１）); otherwise the standard style of the level.
 */
export function headingStyleAtLevel(styles: readonly (MarkerStyle | undefined)[], level: number): MarkerStyle {
  const bracketed = styles.find((style) => style !== undefined && (style.prefix !== '' || style.suffix === '）' || style.suffix === ')'));
  const digits = styles.find((style) => style?.numeral === 'ascii' || style?.numeral === 'fullwidth');
  const halfBrackets = bracketed !== undefined && (bracketed.prefix === '(' || bracketed.suffix === ')');
  const fullDigits = digits?.numeral === 'fullwidth';
  switch (level) {
    case 1:
      return STANDARD_HEADING_STYLES[0];
    case 2:
      return halfBrackets ? markerStyle('chinese', '(', ')') : STANDARD_HEADING_STYLES[1];
    case 3:
      return fullDigits ? markerStyle('fullwidth', '', '．') : STANDARD_HEADING_STYLES[2];
    default:
      return halfBrackets ? markerStyle(fullDigits ? 'fullwidth' : 'ascii', '(', ')')
        : fullDigits ? markerStyle('fullwidth', '（', '）') : STANDARD_HEADING_STYLES[3];
  }
}

/**
 * Chooses marker styles for headings that change level in a draft: the style of the siblings a
 * heading joins, else the style the draft uses most at that level, else the heading's own style
 * carried to that level.
 */
export class HeadingStyles {
  private readonly byLevel = new Map<number, MarkerStyle | undefined>();

  constructor(private readonly model: SpeechModel) {}

  /**
   * The style for `node` written at `level`, joining `siblings` (headings already at that level);
   * `section` is the heading whose section changes level (its style hints at the family).
   */
  styleFor(node: SpeechNode, level: number, siblings: readonly SpeechNode[] = [], section: SpeechNode = node): MarkerStyle {
    return majorityStyle(siblings.filter((sibling) => sibling.kind === 'heading' && sibling.level === level)) ??
      this.inUse(level) ?? headingStyleAtLevel([node.style, section.style], level);
  }

  private inUse(level: number): MarkerStyle | undefined {
    if (!this.byLevel.has(level)) {
      this.byLevel.set(level, majorityStyle(this.model.nodes.filter((node) => node.kind === 'heading' && node.level === level)));
    }
    return this.byLevel.get(level);
  }
}
