// Writing a heading at another level: the marker style a heading gets when it moves up or down a
// level (一、 → （一） → 1. → （1） and back), in the style family of the draft around it.

import { standardHeadingStyle, styleAtLevel, type MarkerStyle } from './grammar';
import { majorityStyle } from './siblings';
import type { SpeechModel, SpeechNode } from './model';

/** Highest heading level (GB/T 9704 defines four). */
export const DEEPEST_HEADING_LEVEL = 4;

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
      this.inUse(level) ?? styleAtLevel(node.style, level, [section.style]) ?? standardHeadingStyle(level)!;
  }

  private inUse(level: number): MarkerStyle | undefined {
    if (!this.byLevel.has(level)) {
      this.byLevel.set(level, majorityStyle(this.model.nodes.filter((node) => node.kind === 'heading' && node.level === level)));
    }
    return this.byLevel.get(level);
  }
}
