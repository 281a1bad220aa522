import * as vscode from 'vscode';

/** The extension's settings and their types. */
export interface SpeechOutlineSettings {
  /** Language ids whose documents get the speech features. */
  readonly languages: string[];
  /** Most nodes the Outline view shows; the shallowest levels are kept. */
  readonly maxOutlineNodes: number;
}

export const SECTION = 'speechOutline';

/** Reads the settings, with the document as scope where there is one. */
export function readSettings(scope?: vscode.ConfigurationScope): SpeechOutlineSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    languages: config.get<string[]>('languages', ['speech', 'plaintext']),
    maxOutlineNodes: Math.max(10, config.get<number>('maxOutlineNodes', 5000)),
  };
}

/** The document selector for the configured languages (files and untitled documents, any scheme). */
export function speechSelector(): vscode.DocumentSelector {
  return readSettings().languages.map((language) => ({ language }));
}
