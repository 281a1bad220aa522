import * as vscode from 'vscode';
import type * as Writer from '../word/docxWriter';

declare const WEB: boolean;

let loaded: Promise<typeof Writer> | undefined;

/**
 * The .docx writer (dist/docx.js, with the `docx` package), loaded on the first export only so
 * that activation never parses it. The Node host requires the file; the web worker host reads
 * it through workspace.fs (or fetch for an http(s) extension location) and evaluates it as the
 * CommonJS module it is, the way VS Code loads the extension's own web bundle.
 */
export function loadDocxWriter(extensionUri: vscode.Uri): Promise<typeof Writer> {
  loaded ??= load(vscode.Uri.joinPath(extensionUri, 'dist', 'docx.js')).catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

async function load(uri: vscode.Uri): Promise<typeof Writer> {
  if (!WEB && uri.scheme === 'file') {
    // Not bundled: esbuild leaves a require with a computed path alone.
    const path = uri.fsPath;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand from its own bundle
    return require(path) as typeof Writer;
  }
  const bytes = uri.scheme === 'http' || uri.scheme === 'https'
    ? new Uint8Array(await (await fetch(uri.toString(true))).arrayBuffer())
    : await vscode.workspace.fs.readFile(uri);
  const module = { exports: {} as typeof Writer };
  const source = new TextDecoder().decode(bytes);
  new Function('module', 'exports', `${source}\n//# sourceURL=${uri.toString(true)}`)(module, module.exports);
  return module.exports;
}
