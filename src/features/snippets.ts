import * as vscode from 'vscode';
import { matchingSnippets, snippetBody, snippetPrefixAt } from '../core/snippets';
import { toOffset } from '../vscode/convert';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';

/** Snippets sort after the marker completions (whose sortText starts with digits). */
const SNIPPET_SORT = 'z';

/**
 * The speech snippets (src/core/snippets.ts) as completions: one suggestion per snippet under the
 * prefix typed, numbered from the draft, only where a structure can start. Snippets written at
 * the margin (headings, title, date, salutation) take away the indentation the line was given.
 */
export class SpeechSnippetCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly models: SpeechModelCache) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.CompletionList | undefined {
    return guarded('snippet completions', document, undefined, () => {
      const line = document.lineAt(position.line);
      const place = snippetPrefixAt(line.text, position.character);
      if (token.isCancellationRequested || place === undefined) {
        return undefined;
      }
      const matches = matchingSnippets(place.typed, place.inline);
      if (matches.length === 0) {
        return undefined;
      }
      const model = this.models.get(document);
      const start = new vscode.Position(position.line, place.start);
      const offset = toOffset(model, start);
      const range = new vscode.Range(start, position);
      const indentation = place.inline || place.start === 0 ? undefined : new vscode.Range(position.line, 0, position.line, place.start);
      const items = matches.map(({ snippet, prefix }) => {
        const item = new vscode.CompletionItem({ label: prefix, description: snippet.name }, vscode.CompletionItemKind.Snippet);
        const body = snippetBody(snippet, model, offset);
        item.insertText = new vscode.SnippetString(body);
        item.range = range;
        item.filterText = prefix;
        item.sortText = SNIPPET_SORT + prefix;
        item.detail = snippet.description;
        item.documentation = new vscode.MarkdownString().appendCodeblock(preview(body), 'speech');
        if (snippet.flush && indentation !== undefined) {
          item.additionalTextEdits = [vscode.TextEdit.delete(indentation)];
        }
        return item;
      });
      // Asked again as the prefix grows: another prefix of the same snippet may fit better.
      return new vscode.CompletionList(items, true);
    });
  }
}

/** What the body reads like with every placeholder at its default and today's date (for the suggestion's details). */
function preview(body: string): string {
  const today = new Date();
  const variables: Record<string, string> = {
    CURRENT_YEAR: String(today.getFullYear()),
    CURRENT_MONTH: String(today.getMonth() + 1),
    CURRENT_DATE: String(today.getDate()),
    TM_CURRENT_LINE: '',
  };
  let text = body;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/\$\{([A-Z_]+)(?:\/[^}]*)?\}|\$([A-Z_]+)/g, (_, braced: string | undefined, bare: string | undefined) => variables[braced ?? bare ?? ''] ?? '')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return text.replace(/\$\{?\d+\}?/g, '');
}

export function registerSnippetSupport(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(selector, new SpeechSnippetCompletionProvider(models));
}
