// The speech core: everything about speech drafts, with no dependency on VS Code or Node.

export * from './lines';
export * from './markers';
export * from './model';
export * from './numerals';
export * from './outline';
export { isPageNumberLine, isResidueLine, isResidueSpan, residueKind, type ResidueKind } from './residue';
export * from './cleanup';
export * from './numbering';
export * from './stats';
export * from './tigang';
export * from './highlight';
export * from './composeEdits';
export * from './sectionBlocks';
export * from './identities';
export * from './headingLevels';
export * from './scopedRenumber';
export * from './restructure';
