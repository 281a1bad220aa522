import * as vscode from 'vscode';
import { minutesFigure, minutesMessage, roundMinutes, sharePercent, speakingMinutes, targetMinutesFromName, type TextCount } from '../core';
import { localize } from './l10n';
import type { SpeechOutlineSettings } from './settings';

const GROUPED = new Intl.NumberFormat('en-US');

/** 12,345 */
export function grouped(value: number): string {
  return GROUPED.format(value);
}

/** Speaking minutes of a count, rounded for people (one decimal under ten). */
export function minutesOf(count: TextCount, settings: SpeechOutlineSettings): number {
  return roundMinutes(speakingMinutes(count.spoken, settings.speakingRate));
}

/** "约 6.2 分钟" / "≈6.2 min", "不到 0.1 分钟" / "<0.1 min" for a bare heading (core minutesMessage). */
export function minutesLabel(count: TextCount, settings: SpeechOutlineSettings): string {
  return localize(minutesMessage(count.spoken, settings.speakingRate));
}

/** The minutes figure of a table column: "6.2", "<0.1" (core minutesFigure). */
export function minutesFigureOf(count: TextCount, settings: SpeechOutlineSettings): string {
  return minutesFigure(count.spoken, settings.speakingRate);
}

/** "1,234 字 · 约 6.2 分钟" / "1,234 chars · ≈6.2 min": what a section's detail and hover say. */
export function lengthLabel(count: TextCount, settings: SpeechOutlineSettings): string {
  return vscode.l10n.t('{0} chars · {1}', grouped(count.chars), minutesLabel(count, settings));
}

/** A share as a whole percentage: 23%, <1% (core sharePercent). */
export function percent(share: number): string {
  return sharePercent(share);
}

/** The draft's target in minutes and where it comes from: the file name first, then the setting. */
export function targetOf(document: vscode.TextDocument, settings: SpeechOutlineSettings): { minutes: number; source: 'name' | 'setting' } | undefined {
  const fromName = document.isUntitled ? undefined : targetMinutesFromName(document.uri.path);
  if (fromName !== undefined) {
    return { minutes: fromName, source: 'name' };
  }
  return settings.targetMinutes > 0 ? { minutes: settings.targetMinutes, source: 'setting' } : undefined;
}

/** Text from the draft made safe inside Markdown (a table cell too): no markup, pipes or line breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[|\\`*_[\]<>#~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}
