import * as vscode from 'vscode';
import { selectionChain } from '../core';
import { toOffset, toRange } from '../vscode/convert';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';

/** Expand selection: heading → section → parent section → … (the core's selectionChain). */
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
        const chain = selectionChain(model, toOffset(model, position));
        let selection: vscode.SelectionRange | undefined;
        for (let i = chain.length - 1; i >= 0; i--) {
          selection = new vscode.SelectionRange(toRange(model, chain[i].start, chain[i].end), selection);
        }
        result.push(selection ?? new vscode.SelectionRange(new vscode.Range(position, position)));
      }
      return result;
    });
  }
}

export function registerSelectionRangeSupport(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  return vscode.languages.registerSelectionRangeProvider(selector, new SpeechSelectionRangeProvider(models));
}
