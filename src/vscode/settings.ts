import * as vscode from 'vscode';
import { parseFontList, FONT_ROLES, type FontRole, type WordLayoutOptions } from '../core/wordLayout';
import { DRAFTING_SEVERITY, type DraftingCode } from '../core/drafting';
import { DEFAULT_SEVERITY, DEFAULT_SPEAKING_RATE, NUMBERING_CODES, type BlankLines, type CleanupOptions, type Indent, type NumberingCode, type Severity } from '../core';

export const SECTION = 'speechOutline';

/** A check's level as the user sets it. */
export type CheckLevel = Severity | 'off';

/** The extension's settings that can differ per document (resource scope), with their types. */
export interface SpeechOutlineSettings {
  /** Most nodes the Outline view shows; the shallowest levels are kept. */
  readonly maxOutlineNodes: number;
  /** The level of each numbering check. */
  readonly checks: Readonly<Record<NumberingCode, CheckLevel>>;
  /** Renumbering also makes sibling markers uniform (brackets, separators, digit width). */
  readonly unifyStyle: boolean;
  /** Speaking rate in 字 per minute, for speaking time. */
  readonly speakingRate: number;
  /** Target speaking time in minutes; 0 for none. */
  readonly targetMinutes: number;
  /** Share of the whole (0–1) above which a top-level section is marked too long; 0 for never. */
  readonly maxSectionShare: number;
  /** Title and headings in bold (their semantic tokens carry the bold modifier). */
  readonly boldHeadings: boolean;
}

/** The setting key of a check: `numbering.gap` → `checks.gap`. */
export function checkSettingKey(code: NumberingCode): string {
  return `checks.${code.slice('numbering.'.length)}`;
}

/** Reads the resource-scoped settings for a document. */
export function readSettings(scope?: vscode.ConfigurationScope): SpeechOutlineSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const checks = {} as Record<NumberingCode, CheckLevel>;
  for (const code of NUMBERING_CODES) {
    checks[code] = config.get<CheckLevel>(checkSettingKey(code), DEFAULT_SEVERITY[code]);
  }
  return {
    maxOutlineNodes: Math.max(10, config.get<number>('maxOutlineNodes', 5000)),
    checks,
    unifyStyle: config.get<boolean>('renumber.unifyStyle', false),
    speakingRate: positive(config.get<number>('speakingRate', DEFAULT_SPEAKING_RATE), DEFAULT_SPEAKING_RATE),
    targetMinutes: positive(config.get<number>('targetMinutes', 0), 0),
    maxSectionShare: positive(config.get<number>('maxSectionShare', 40), 0) / 100,
    boldHeadings: config.get<boolean>('boldHeadings', true),
  };
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The level of a drafting check (`drafting.promise` → setting `checks.promise`). */
export function draftingCheckLevel(code: DraftingCode, scope?: vscode.ConfigurationScope): CheckLevel {
  return vscode.workspace.getConfiguration(SECTION, scope).get<CheckLevel>(`checks.${code.slice('drafting.'.length)}`, DRAFTING_SEVERITY[code]);
}

/** Language ids whose documents get the speech features (a window setting). */
export function speechLanguages(): string[] {
  return vscode.workspace.getConfiguration(SECTION).get<string[]>('languages', ['speech', 'plaintext']);
}

/** The document selector for the configured languages (files and untitled documents, any scheme). */
export function speechSelector(): vscode.DocumentSelector {
  return speechLanguages().map((language) => ({ language }));
}

/** The Word export's options for a document: fonts ("name, fallback, …"; empty for the default) and bold options. */
export function readWordOptions(scope?: vscode.ConfigurationScope): WordLayoutOptions {
  const config = vscode.workspace.getConfiguration(`${SECTION}.word`, scope);
  const fonts: Partial<Record<FontRole, string[]>> = {};
  for (const role of FONT_ROLES) {
    const names = parseFontList(config.get<string>(`fonts.${role}`, ''));
    if (names.length > 0) {
      fonts[role] = names;
    }
  }
  return { fonts, boldLevel3: config.get<boolean>('boldLevel3Headings', false), boldPointLeads: config.get<boolean>('boldPointLeads', false) };
}

/** The cleanup settings of a document (Paste as Speech Text and Clean Up Text). */
export function readCleanupOptions(scope?: vscode.ConfigurationScope): CleanupOptions {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    blankLines: config.get<BlankLines>('cleanup.blankLines', 'keep'),
    indent: config.get<Indent>('cleanup.indent', 'keep'),
  };
}

/** The user's templates folder as written in `speechOutline.templatesFolder` (trimmed; empty when unset). */
export function templatesFolderSetting(): string {
  return vscode.workspace.getConfiguration(SECTION).get<string>('templatesFolder', '').trim();
}
