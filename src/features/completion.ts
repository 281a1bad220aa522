import * as vscode from 'vscode';
import type { PointFamily } from '../core';
import { markerPrefixAt, nextMarkers, type MarkerCandidate } from '../core';
import { toOffset, toRange } from '../vscode/convert';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';

/**
 * Characters that open a marker but do not start quick suggestions on their own: brackets are not
 * word characters and VS Code never auto-triggers on a number. (Chinese numerals and 第/首/其 are
 * word characters, so typing them already asks for suggestions.)
 */
export const MARKER_TRIGGER_CHARACTERS = ['（', '(', ...'123456789', ...'１２３４５６７８９'];

/** The same icons as the outline: one per heading level and per point family. */
const HEADING_ITEM_KINDS = [vscode.CompletionItemKind.Module, vscode.CompletionItemKind.Class, vscode.CompletionItemKind.Method, vscode.CompletionItemKind.Field];
const POINT_ITEM_KINDS: Record<PointFamily, vscode.CompletionItemKind> = {
  yao: vscode.CompletionItemKind.Event,
  shi: vscode.CompletionItemKind.EnumMember,
  di: vscode.CompletionItemKind.Value,
  sequence: vscode.CompletionItemKind.TypeParameter,
};

/** What kind of marker a candidate is, in the reader's language. */
function kindText(candidate: MarkerCandidate): string {
  if (candidate.kind === 'heading') {
    switch (candidate.level) {
      case 1:
        return vscode.l10n.t('Level-1 heading · 一级标题');
      case 2:
        return vscode.l10n.t('Level-2 heading · 二级标题');
      case 3:
        return vscode.l10n.t('Level-3 heading · 三级标题');
      default:
        return vscode.l10n.t('Level-4 heading · 四级标题');
    }
  }
  switch (candidate.family) {
    case 'yao':
      return vscode.l10n.t('Exhortation point · “一要”式要点');
    case 'shi':
      return vscode.l10n.t('Enumerated point · “一是”式要点');
    case 'di':
      return vscode.l10n.t('Ordinal point · “第一”式要点');
    default:
      return vscode.l10n.t('Sequence word · 序词（首先、其次、最后）');
  }
}

/** Where the candidate sits: after which sibling, or under which node. */
function relationText(candidate: MarkerCandidate): string {
  if (candidate.relation === 'next' && candidate.previous) {
    return vscode.l10n.t('Next after {0}', candidate.previous.name);
  }
  return candidate.parent ? vscode.l10n.t('First under {0}', candidate.parent.name) : vscode.l10n.t('First at the top level');
}

function documentation(candidate: MarkerCandidate): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  if (candidate.relation === 'next') {
    markdown.appendText(vscode.l10n.t('Continues the sequence {0}', [...candidate.sequence, '→', candidate.marker].join(' ')));
  } else if (candidate.parent) {
    markdown.appendText(vscode.l10n.t('Opens a new sequence under {0}', candidate.parent.name));
  } else {
    markdown.appendText(vscode.l10n.t('Opens the first sequence of the speech'));
  }
  return markdown;
}

/**
 * Offers the marker that continues the numbering at a paragraph start (三、 after 二、, 3. after 2.,
 * 三要 after 二要) and the first child of the enclosing heading, from the shared model.
 */
export class SpeechMarkerCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly models: SpeechModelCache) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.CompletionList | undefined {
    return guarded('marker completions', document, undefined, () => {
      // Quick suggestions ask on every Chinese character typed: rule out mid-sentence positions
      // from the line alone, before the draft is parsed for this version.
      if (token.isCancellationRequested || markerPrefixAt(document.lineAt(position.line).text, position.character) === undefined) {
        return undefined;
      }
      const model = this.models.get(document);
      const context = nextMarkers(model, document.getText(), toOffset(model, position));
      if (context === undefined || context.candidates.length === 0) {
        return undefined;
      }
      const range = toRange(model, context.start, context.end);
      // Headings stand at the margin: accepting one takes away the indentation Enter gave the line.
      const indentation = context.inline || range.start.character === 0 ? undefined : new vscode.Range(range.start.line, 0, range.start.line, range.start.character);
      const items = context.candidates.map((candidate, index) => {
        const item = new vscode.CompletionItem(
          { label: candidate.marker, description: kindText(candidate) },
          candidate.kind === 'heading' ? HEADING_ITEM_KINDS[candidate.level - 1] : POINT_ITEM_KINDS[candidate.family ?? 'shi'],
        );
        item.insertText = candidate.marker;
        item.range = range;
        // The core already decided that what was typed fits (（ for （三）, 3 for 三、); VS Code's
        // own filter must not reject it for spelling the bracket or the number differently.
        item.filterText = context.typed.length > 0 ? context.typed : candidate.marker;
        item.sortText = String(index).padStart(3, '0');
        item.preselect = index === 0;
        item.detail = relationText(candidate);
        item.documentation = documentation(candidate);
        if (candidate.kind === 'heading' && indentation !== undefined) {
          item.additionalTextEdits = [vscode.TextEdit.delete(indentation)];
        }
        return item;
      });
      // Asked again on every keystroke, so the core filters as the marker is typed.
      return new vscode.CompletionList(items, true);
    });
  }
}

export function registerCompletionSupport(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(selector, new SpeechMarkerCompletionProvider(models), ...MARKER_TRIGGER_CHARACTERS);
}
