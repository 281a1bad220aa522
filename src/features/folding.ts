import * as vscode from 'vscode';
import { foldingRegions } from '../core';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';

/** A folding range for every section and point block that spans more than one line (the core's rule). */
export class SpeechFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly models: SpeechModelCache) {}

  provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): vscode.FoldingRange[] {
    return guarded('folding ranges', document, [], () => {
      const regions = foldingRegions(this.models.get(document), () => token.isCancellationRequested) ?? [];
      return regions.map((region) => new vscode.FoldingRange(region.startLine, region.endLine, vscode.FoldingRangeKind.Region));
    });
  }
}

export function registerFoldingSupport(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(selector, new SpeechFoldingProvider(models));
}
