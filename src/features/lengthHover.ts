import * as vscode from 'vscode';
import { isSection, speechStats, type SpeechNode } from '../core';
import { headingRange, toOffset } from '../vscode/convert';
import { escapeMarkdown, lengthLabel, percent } from '../vscode/length';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { readSettings } from '../vscode/settings';

/** Hover on a heading (or a point's lead, or the closing): its section's length, time and share. */
export class SectionLengthHoverProvider implements vscode.HoverProvider {
  constructor(private readonly models: SpeechModelCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    return guarded('section length hover', document, undefined, () => {
      const model = this.models.get(document);
      const offset = toOffset(model, position);
      // The innermost node whose heading holds the position (nodes are in document order).
      let found: SpeechNode | undefined;
      for (const node of model.nodes) {
        if (node.start > offset) break;
        if (isSection(node) && offset <= node.headingEnd) found = node;
      }
      if (found === undefined) return undefined;
      const settings = readSettings(document);
      const stats = speechStats(model);
      const count = stats.of(found);
      const share = stats.total.spoken > 0 ? count.spoken / stats.total.spoken : 0;
      const text = new vscode.MarkdownString();
      text.appendMarkdown(`**${escapeMarkdown(found.name)}**\n\n`);
      text.appendMarkdown(`${lengthLabel(count, settings)} · ${vscode.l10n.t('{0} of the whole', percent(share))}`);
      return new vscode.Hover(text, headingRange(model, found));
    });
  }
}

export function registerSectionLengthHover(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, new SectionLengthHoverProvider(models));
}
