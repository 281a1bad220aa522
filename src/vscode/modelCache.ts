import * as vscode from 'vscode';
import { parseSpeech, type SpeechModel } from '../core';

/** One speech model per document version, shared by every feature. */
export class SpeechModelCache implements vscode.Disposable {
  private readonly models = new Map<string, { version: number; model: SpeechModel }>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidCloseTextDocument((document) => this.models.delete(document.uri.toString()));
  }

  /** The model of the document's current version, parsed at most once per version. */
  get(document: vscode.TextDocument): SpeechModel {
    const key = document.uri.toString();
    const cached = this.models.get(key);
    if (cached !== undefined && cached.version === document.version) {
      return cached.model;
    }
    const model = parseSpeech(document.getText());
    this.models.set(key, { version: document.version, model });
    return model;
  }

  dispose(): void {
    this.subscription.dispose();
    this.models.clear();
  }
}
