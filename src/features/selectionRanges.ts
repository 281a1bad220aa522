import * as vscode from 'vscode';
import type { SpeechModel, SpeechNode } from '../core';
import { headingRange, sectionRange, toOffset } from '../vscode/convert';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';

/** The innermost node whose section contains `offset`, found by binary search at each level. */
export function innermostNodeAt(model: SpeechModel, offset: number): SpeechNode | undefined {
  let found: SpeechNode | undefined;
  let siblings = model.roots;
  for (;;) {
    let low = 0;
    let high = siblings.length - 1;
    let candidate = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (siblings[mid].start <= offset) {
        candidate = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (candidate < 0 || siblings[candidate].end < offset) {
      return found;
    }
    found = siblings[candidate];
    siblings = found.children;
  }
}

/** Expand selection: heading → section → parent section → … */
export class SpeechSelectionRangeProvider implements vscode.SelectionRangeProvider {
  constructor(private readonly models: SpeechModelCache) {}

  provideSelectionRanges(document: vscode.TextDocument, positions: readonly vscode.Position[], token: vscode.CancellationToken): vscode.SelectionRange[] {
    return guarded('selection ranges', document, [], () => {
      const model = this.models.get(document);
      const result: vscode.SelectionRange[] = [];
      for (const position of positions) {
        if (token.isCancellationRequested) {
          return [];
        }
        const offset = toOffset(model, position);
        const node = innermostNodeAt(model, offset);
        if (node === undefined) {
          result.push(new vscode.SelectionRange(new vscode.Range(position, position)));
          continue;
        }
        const chain: vscode.Range[] = [];
        for (let current: SpeechNode | undefined = node; current; current = current.parent) {
          if (current === node && offset <= node.headingEnd) {
            chain.push(headingRange(model, node));
          }
          const section = sectionRange(model, current);
          if (!chain.length || !chain[chain.length - 1].isEqual(section)) {
            chain.push(section);
          }
        }
        let selection: vscode.SelectionRange | undefined;
        for (let i = chain.length - 1; i >= 0; i--) {
          selection = new vscode.SelectionRange(chain[i], selection);
        }
        result.push(selection!);
      }
      return result;
    });
  }
}

export function registerSelectionRangeSupport(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  return vscode.languages.registerSelectionRangeProvider(selector, new SpeechSelectionRangeProvider(models));
}
