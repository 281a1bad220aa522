import * as vscode from 'vscode';
import { NodeIdentities, type SpeechModel, type SpeechNode } from '../core';
import type { SpeechModelCache } from './modelCache';

/** A section named from outside the editor (a row of the structure view): its document and stable node id. */
export interface SectionRef {
  readonly uri: string;
  readonly id: string;
}

/**
 * Stable node ids per open document (see the core's NodeIdentities), shared by the structure view,
 * which shows them as row ids, and the commands its rows call.
 */
export class DocumentIdentities implements vscode.Disposable {
  private readonly byUri = new Map<string, NodeIdentities>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly models: SpeechModelCache) {
    this.subscription = vscode.workspace.onDidCloseTextDocument((document) => this.byUri.delete(document.uri.toString()));
  }

  /** The identities of a document, brought up to its current model; returns that model. */
  current(document: vscode.TextDocument): { model: SpeechModel; identities: NodeIdentities } {
    const key = document.uri.toString();
    let identities = this.byUri.get(key);
    if (identities === undefined) {
      identities = new NodeIdentities();
      this.byUri.set(key, identities);
    }
    const model = this.models.get(document);
    identities.update(model);
    return { model, identities };
  }

  /** The open document and current node a reference names, if both still exist. */
  resolve(ref: unknown): { document: vscode.TextDocument; model: SpeechModel; node: SpeechNode } | undefined {
    const candidate = ref as Partial<SectionRef> | undefined;
    if (candidate === undefined || candidate === null || typeof candidate.uri !== 'string' || typeof candidate.id !== 'string') {
      return undefined;
    }
    const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === candidate.uri);
    if (document === undefined) {
      return undefined;
    }
    const { model, identities } = this.current(document);
    const node = identities.node(candidate.id);
    return node === undefined ? undefined : { document, model, node };
  }

  dispose(): void {
    this.subscription.dispose();
    this.byUri.clear();
  }
}
