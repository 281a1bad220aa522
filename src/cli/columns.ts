// How wide text is in a terminal: East Asian width, so “” — … count one column, as a terminal
// shows them. The CLI's help wraps by it and the benchmarks' tables align by it. Not for drafts:
// how wide a line is in print (a PDF's hard wrap, which the cleanup joins) is scanText.columns.

/** Columns a UTF-16 code unit takes in a terminal: 2 for wide characters, 1 otherwise (0 for a low surrogate). */
function unitColumns(code: number): number {
  if (code >= 0xdc00 && code <= 0xdfff) {
    return 0;
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    return 2;
  }
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ? 2 : 1;
}

/** `text` padded with spaces to `width` terminal columns, on its left ('start') or right ('end'). */
export function padColumns(text: string, width: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - terminalColumns(text)));
  return side === 'start' ? fill + text : text + fill;
}

/** The width of `text` in a terminal, trailing blanks included. */
export function terminalColumns(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    width += unitColumns(text.charCodeAt(i));
  }
  return width;
}
