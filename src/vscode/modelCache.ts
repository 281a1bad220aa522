import * as vscode from 'vscode';
import { parseSpeech, updateSpeech, type SpeechModel } from '../core';
import { logError } from './log';
import { speechSelector } from './settings';

/** Typing pauses shorter than this do not recompute what follows the model (diagnostics, views, status items). */
export const MODEL_SETTLE_MS = 300;

/** A speech document whose model changed, and that model. */
export interface SpeechModelChange {
  readonly document: vscode.TextDocument;
  /** The model of the document's current version (the same object `get(document)` returns now). */
  readonly model: SpeechModel;
}

/**
 * One speech model per document version, shared by every feature, and the one debounce after
 * which features that follow the text (diagnostics, views, status items) update.
 */
export class SpeechModelCache implements vscode.Disposable {
  private readonly models = new Map<string, { document: vscode.TextDocument; version: number; model: SpeechModel }>();
  private readonly pending = new Map<string, { document: vscode.TextDocument; timer: ReturnType<typeof setTimeout> }>();
  private readonly changed = new vscode.EventEmitter<SpeechModelChange>();
  private readonly subscription: vscode.Disposable;

  /**
   * Fires for a speech document (one of `speechOutline.languages`) when it opens, when typing in
   * it pauses for `MODEL_SETTLE_MS` (one timer per document, shared by every listener), and for
   * every open speech document on `refreshAll()` (settings changed). Not for closed documents:
   * listen to `workspace.onDidCloseTextDocument` to forget one.
   */
  readonly onDidChangeModel: vscode.Event<SpeechModelChange> = this.changed.event;

  constructor() {
    this.subscription = vscode.Disposable.from(
      this.changed,
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.workspace.onDidOpenTextDocument((document) => {
        // An untitled document closed and another opened can share a URI (and a version number, and
        // in the web worker host even the document object): an open always starts afresh.
        this.forget(document);
        this.fire(document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) {
          this.schedule(event.document);
        }
      }),
    );
  }

  /**
   * The model of the document's current version, parsed at most once per version. After an
   * edit, the previous version's model is updated (only the changed region is scanned again);
   * models handed out earlier stay valid.
   */
  get(document: vscode.TextDocument): SpeechModel {
    const key = document.uri.toString();
    const cached = this.models.get(key);
    // An untitled document closed and another opened can share a URI and a version number.
    // In the web worker host a reopened untitled document can even be the same object at the same
    // version: the text length (cheap to read) tells the two apart.
    if (cached !== undefined && cached.document === document && cached.version === document.version && cached.model.text.length === documentLength(document)) {
      return cached.model;
    }
    const text = document.getText();
    const model = cached !== undefined ? updateSpeech(cached.model, text) : parseSpeech(text);
    this.models.set(key, { document, version: document.version, model });
    return model;
  }

  /** Fires `onDidChangeModel` now for every open speech document (e.g. after a settings change). */
  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      this.fire(document);
    }
  }

  /** Fires `onDidChangeModel` for the document once typing has paused. */
  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key)?.timer);
    this.pending.set(key, {
      document,
      timer: setTimeout(() => {
        this.pending.delete(key);
        this.fire(document);
      }, MODEL_SETTLE_MS),
    });
  }

  private fire(document: vscode.TextDocument): void {
    if (document.isClosed || vscode.languages.match(speechSelector(), document) === 0) {
      return;
    }
    let model: SpeechModel;
    try {
      model = this.get(document);
    } catch (error) {
      logError(`parsing failed for ${document.uri.toString()} (version ${document.version}):`, error);
      return;
    }
    this.changed.fire({ document, model });
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key)?.timer);
    this.pending.delete(key);
    this.models.delete(key);
  }

  dispose(): void {
    for (const { timer } of this.pending.values()) {
      clearTimeout(timer);
    }
    this.pending.clear();
    this.subscription.dispose();
    this.models.clear();
  }
}

/** The length of a document's text, without copying it. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
