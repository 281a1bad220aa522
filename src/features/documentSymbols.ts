import * as vscode from 'vscode';
import { isSection, mapOutline, speechStats, type SpeechNode } from '../core';
import { headingRange, sectionRange } from '../vscode/convert';
import { guarded } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { lengthLabel } from '../vscode/length';
import { readSettings } from '../vscode/settings';

const HEADING_KINDS = [vscode.SymbolKind.Module, vscode.SymbolKind.Class, vscode.SymbolKind.Method, vscode.SymbolKind.Field];
const POINT_KINDS: Record<NonNullable<SpeechNode['family']>, vscode.SymbolKind> = {
  yao: vscode.SymbolKind.Event,
  shi: vscode.SymbolKind.EnumMember,
  di: vscode.SymbolKind.Number,
  sequence: vscode.SymbolKind.TypeParameter,
};

/** The symbol kind that gives each part of a speech its own icon. */
export function symbolKind(node: SpeechNode): vscode.SymbolKind {
  switch (node.kind) {
    case 'title':
      return vscode.SymbolKind.File;
    case 'dateline':
      return vscode.SymbolKind.Key;
    case 'salutation':
      return vscode.SymbolKind.String;
    case 'closing':
      return vscode.SymbolKind.Struct;
    case 'heading':
      return HEADING_KINDS[node.level - 1];
    case 'point':
      return POINT_KINDS[node.family ?? 'shi'];
  }
}

/** Outline view, breadcrumbs, Go to Symbol and sticky scroll, from the shared model. */
export class SpeechDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly models: SpeechModelCache) {}

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] {
    return guarded('document symbols', document, [], () => {
      const model = this.models.get(document);
      const settings = readSettings(document);
      const stats = speechStats(model);
      // Each section's length in the detail (the Outline view shows it after the name).
      const make = (node: SpeechNode): vscode.DocumentSymbol =>
        new vscode.DocumentSymbol(node.name || node.marker, isSection(node) ? lengthLabel(stats.of(node), settings) : '', symbolKind(node), sectionRange(model, node), headingRange(model, node));
      const limit = settings.maxOutlineNodes;
      // Capped breadth first (the shallow levels stay whole); empty when cancelled.
      return mapOutline(model, make, limit, () => token.isCancellationRequested) ?? [];
    });
  }
}

export function registerDocumentSymbolSupport(selector: vscode.DocumentSelector, models: SpeechModelCache): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(selector, new SpeechDocumentSymbolProvider(models), { label: 'Speech Outline' });
}
