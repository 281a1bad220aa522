// The speech core: everything about speech drafts, with no dependency on VS Code or Node.
//
//   grammar.ts    the marker grammar: styles of every heading level and point family, style series
//   marks.ts      punctuation classes: blanks, sentence ends, clause and closing marks
//   markers.ts    reading a marker at an offset, as the grammar allows
//   numerals.ts   Chinese, Arabic and enclosed numerals
//   model.ts      the model's types and parseSpeech; built by scanner.ts (lines → entries, with
//                 scanText.ts, scanPrelude.ts + prelude.ts, wrappedLines.ts, residue.ts;
//                 entries.ts: what it produces), node.ts (the node),
//                 tree.ts (entries → tree) and update.ts (incremental re-parse)
//   siblings.ts   sibling sequences and the majority-style rule
//   numbering.ts  numbering checks and renumbering edits
//   sequence.ts   what marker comes next at a position (completion)
//   outline.ts    outline walks, JSON and text views
//   messages.ts   user-facing messages as data (English text = l10n key) and the locale check
//   counting.ts   the 字数 / spoken counting rule; stats.ts applies it per section and as minutes
//   restructure.ts  move / promote / demote / drop as plans, carried out by restructureEdits.ts over
//                 sectionBlocks.ts, composeEdits.ts, headingLevels.ts and scopedRenumber.ts;
//                 identities.ts keeps node ids stable across versions
//   navigation.ts the node at the cursor, selection chain, folding regions, problem by range
//   cleanup.ts    pasted text made a draft (cleanup*.ts steps, residue.ts)
//   templates.ts, tigang.ts, highlight.ts  drafting aids
// Imported directly, not from here: drafting.ts + promises.ts + leftovers.ts (drafting checks),
// snippets.ts, wordLayout.ts (Word export layout), wordImport.ts (reading .docx: wordDocument.ts,
// wordNumbering.ts, wordNumberFormats.ts over zip.ts and xml.ts).

export * from './lines';
export * from './grammar';
export * from './marks';
export * from './markers';
export * from './messages';
export * from './model';
export * from './numerals';
export * from './outline';
export { isPageNumberLine, isResidueLine, isResidueSpan, residueKind, type ResidueKind } from './residue';
export * from './cleanup';
export * from './siblings';
export * from './numbering';
export * from './sequence';
export * from './counting';
export * from './stats';
export * from './tigang';
export * from './highlight';
export * from './templates';
export * from './composeEdits';
export * from './sectionBlocks';
export * from './identities';
export * from './headingLevels';
export * from './scopedRenumber';
export * from './restructure';
export * from './navigation';
export { decodeGb18030 } from './encoding';
