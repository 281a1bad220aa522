import * as vscode from 'vscode';
import type { SpeechModel, SpeechNode, TextEdit } from '../core';

/** The VS Code range of offsets [start, end) in a model's text. */
export function toRange(model: SpeechModel, start: number, end: number): vscode.Range {
  const from = model.lines.positionAt(start);
  const to = model.lines.positionAt(end);
  return new vscode.Range(from.line, from.character, to.line, to.character);
}

/** The range of a node's heading: its marker and label. */
export function headingRange(model: SpeechModel, node: SpeechNode): vscode.Range {
  return toRange(model, node.start, node.headingEnd);
}

/** The range of a node's whole section. */
export function sectionRange(model: SpeechModel, node: SpeechNode): vscode.Range {
  return toRange(model, node.start, node.end);
}

/** The offset of a VS Code position in a model's text. */
export function toOffset(model: SpeechModel, position: vscode.Position): number {
  return model.lines.offsetAt({ line: position.line, character: position.character });
}

/** A core edit as a VS Code text edit. */
export function toTextEdit(model: SpeechModel, edit: TextEdit): vscode.TextEdit {
  return vscode.TextEdit.replace(toRange(model, edit.start, edit.end), edit.newText);
}
