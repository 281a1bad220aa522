import * as vscode from 'vscode';
import { parseSpeech, updateSpeech, type SpeechModel } from '../core';

/** One speech model per document version, shared by every feature. */
export class SpeechModelCache implements vscode.Disposable {
  private readonly models = new Map<string, { document: vscode.TextDocument; version: number; model: SpeechModel }>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.Disposable.from(
      vscode.workspace.onDidCloseTextDocument((document) => this.models.delete(document.uri.toString())),
      // An untitled document closed and another opened can share a URI (and a version number, and
      // in the web worker host even the document object): an open always starts afresh.
      vscode.workspace.onDidOpenTextDocument((document) => this.models.delete(document.uri.toString())),
    );
  }

  /**
   * The model of the document's current version, parsed at most once per version. After an
   * edit, the previous version's model is updated (only the changed region is scanned again).
   */
  get(document: vscode.TextDocument): SpeechModel {
    const key = document.uri.toString();
    const cached = this.models.get(key);
    // An untitled document closed and another opened can share a URI and a version number.
    if (cached !== undefined && cached.document === document && cached.version === document.version) {
      return cached.model;
    }
    const text = document.getText();
    const model = cached !== undefined ? updateSpeech(cached.model, text) : parseSpeech(text);
    this.models.set(key, { document, version: document.version, model });
    return model;
  }

  dispose(): void {
    this.subscription.dispose();
    this.models.clear();
  }
}
