import * as vscode from 'vscode';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';

/** A folding range for every section and point block that spans more than one line. */
export class SpeechFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly models: SpeechModelCache) {}

  provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): vscode.FoldingRange[] {
    return guarded('folding ranges', document, [], () => {
      const ranges: vscode.FoldingRange[] = [];
      let previousLine = -1;
      for (const node of this.models.get(document).nodes) {
        if ((ranges.length & 1023) === 0 && token.isCancellationRequested) {
          return [];
        }
        // Nodes come in document order; only the first node on a line can own a fold there.
        if (node.endLine > node.line && node.line !== previousLine) {
          ranges.push(new vscode.FoldingRange(node.line, node.endLine, vscode.FoldingRangeKind.Region));
        }
        previousLine = node.line;
      }
      return ranges;
    });
  }
}

export function registerFoldingSupport(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(selector, new SpeechFoldingProvider(models));
}
