// The peer: vscode-markdown-languageservice (the library behind VS Code's Markdown outline)
// computing document symbols for the same draft written as Markdown. It is loaded from
// bench/node_modules at run time; the few types used are declared here, so that type-checking the
// repository does not need the bench dependencies installed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchRequire, ensureBenchDependencies } from './deps';
import { benchDir } from './paths';

interface LspPosition {
  readonly line: number;
  readonly character: number;
}

/** The ITextDocument the language service reads. */
interface MdDocument {
  readonly uri: string;
  readonly version: number;
  readonly lineCount: number;
  getText(): string;
  positionAt(offset: number): LspPosition;
  offsetAt(position: LspPosition): number;
}

/** A symbol as the language service returns it (lsp.DocumentSymbol). */
export interface MdSymbol {
  readonly name: string;
  readonly children?: readonly MdSymbol[];
}

interface Disposable {
  dispose(): void;
}

interface CancellationToken {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): Disposable;
}

interface MdLanguageService extends Disposable {
  getDocumentSymbols(document: MdDocument, options: { readonly includeLinkDefinitions?: boolean }, token: CancellationToken): Promise<MdSymbol[]>;
}

interface MdServiceModule {
  createLanguageService(init: { workspace: unknown; parser: unknown; logger: unknown }): MdLanguageService;
  readonly githubSlugifier: unknown;
}

interface MarkdownItConstructor {
  new (options: { html: boolean; linkify: boolean; breaks: boolean; typographer: boolean }): { parse(text: string, env: object): unknown[] };
}

interface TextDocumentModule {
  readonly TextDocument: { create(uri: string, languageId: string, version: number, content: string): MdDocument };
}

/** The loaded peer: one call computes a document's symbols from its bytes. */
export interface Peer {
  /** Versions of the peer's packages, for the record. */
  readonly versions: Readonly<Record<string, string>>;
  /** A fresh language service (the service caches per URI: one per measured call keeps it cold). */
  createService(): MdLanguageService;
  /** Decodes the bytes and asks `service` for the document symbols, the way VS Code's Markdown server does. */
  documentSymbols(service: MdLanguageService, bytes: Buffer, uri: string, includeLinkDefinitions?: boolean): Promise<MdSymbol[]>;
}

const NEVER: CancellationToken = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
const NO_EVENT = (): Disposable => ({ dispose: () => undefined });

function versionOf(name: string): string {
  const manifest = join(benchDir, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Installs the bench dependencies if needed and loads the peer. */
export async function loadPeer(): Promise<Peer> {
  ensureBenchDependencies();
  // The language service is an ES module: import() it by file URL (require() cannot load it on Node 20).
  const service = (await import(pathToFileURL(benchRequire.resolve('vscode-markdown-languageservice')).href)) as MdServiceModule;
  const MarkdownIt = benchRequire('markdown-it') as MarkdownItConstructor;
  const { TextDocument } = benchRequire('vscode-languageserver-textdocument') as TextDocumentModule;

  // VS Code's Markdown engine options by default (markdown.preview.linkify and html on); VS Code
  // also adds plugins (front matter, KaTeX…) that only add work, so this is the peer at its leanest.
  const markdownIt = new MarkdownIt({ html: true, linkify: true, breaks: false, typographer: false });
  const parser = {
    slugifier: service.githubSlugifier,
    tokenize: async (document: MdDocument) => markdownIt.parse(document.getText(), {}),
  };
  // A workspace holding only the measured document: symbols of one file need nothing else.
  const workspace = {
    workspaceFolders: [],
    onDidChangeMarkdownDocument: NO_EVENT,
    onDidCreateMarkdownDocument: NO_EVENT,
    onDidDeleteMarkdownDocument: NO_EVENT,
    getAllMarkdownDocuments: async () => [],
    hasMarkdownDocument: () => false,
    openMarkdownDocument: async () => undefined,
    stat: async () => undefined,
    readDirectory: async () => [],
  };
  const logger = { level: 0 /* LogLevel.Off */, log: () => undefined };

  return {
    versions: Object.fromEntries(['vscode-markdown-languageservice', 'markdown-it', 'vscode-languageserver-textdocument'].map((name) => [name, versionOf(name)])),
    createService: () => service.createLanguageService({ workspace, parser, logger }),
    documentSymbols: (languageService, bytes, uri, includeLinkDefinitions = true) => {
      const document = TextDocument.create(uri, 'markdown', 1, bytes.toString('utf8'));
      return languageService.getDocumentSymbols(document, { includeLinkDefinitions }, NEVER);
    },
  };
}
