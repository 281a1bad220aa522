import * as vscode from 'vscode';
import { HIGHLIGHT_PARTS, highlightSpans, type HighlightPart } from '../core';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { readSettings, SECTION } from '../vscode/settings';

/** Semantic token type of each highlighted part (declared in package.json, mapped to TextMate scopes there). */
const TOKEN_TYPES: Record<HighlightPart, string> = {
  title: 'speechTitle',
  heading1: 'speechHeading1',
  heading2: 'speechHeading2',
  heading3: 'speechHeading3',
  heading4: 'speechHeading4',
  pointMarker: 'speechPointMarker',
  pointLead: 'speechPointLead',
  salutation: 'speechSalutation',
  dateline: 'speechDateline',
  closing: 'speechClosing',
};

/** The modifier that makes a token bold (a configuration default styles `*.speechStrong` bold). */
const STRONG = 'speechStrong';
const STRONG_PARTS = new Set<HighlightPart>(['title', 'heading1', 'heading2', 'heading3', 'heading4']);

export const SEMANTIC_LEGEND = new vscode.SemanticTokensLegend(HIGHLIGHT_PARTS.map((part) => TOKEN_TYPES[part]), [STRONG]);

/** Headings that stand out: semantic tokens from the model, so they follow every edit. */
export class SpeechSemanticTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a setting changes the tokens (bold headings), so VS Code asks again. */
  readonly onDidChangeSemanticTokens = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly models: SpeechModelCache) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.boldHeadings`)) this.changed.fire();
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.SemanticTokens {
    return guarded('semantic tokens', document, new vscode.SemanticTokens(new Uint32Array(0)), () => {
      const model = this.models.get(document);
      const bold = readSettings(document).boldHeadings;
      const builder = new vscode.SemanticTokensBuilder(SEMANTIC_LEGEND);
      const spans = highlightSpans(model);
      for (let i = 0; i < spans.length; i++) {
        if ((i & 1023) === 0 && token.isCancellationRequested) break;
        const span = spans[i];
        const position = model.lines.positionAt(span.start);
        const type = HIGHLIGHT_PARTS.indexOf(span.part);
        builder.push(position.line, position.character, span.end - span.start, type, bold && STRONG_PARTS.has(span.part) ? 1 : 0);
      }
      return builder.build();
    });
  }
}

export function registerSemanticTokens(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  const provider = new SpeechSemanticTokensProvider(models);
  return vscode.Disposable.from(provider, vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, SEMANTIC_LEGEND));
}
