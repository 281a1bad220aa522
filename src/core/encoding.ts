// Drafts saved in GBK / GB18030 (older Word "plain text" exports, many web downloads): read them
// when they are not UTF-8. TextDecoder is a web standard (Node with full ICU and every browser), so
// this stays free of Node and VS Code.

let gb18030: { decode(bytes: Uint8Array): string } | undefined;

/**
 * The text of bytes in GB18030 (a superset of GBK and GB2312), or undefined when they are not
 * valid GB18030 or do not look like Chinese text: no control characters other than tab, line
 * breaks and form feed, and at least one Chinese character. Call it only after UTF-8 failed:
 * valid UTF-8 Chinese text also decodes as (wrong) GB18030.
 */
export function decodeGb18030(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    gb18030 ??= new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });
    text = gb18030.decode(bytes);
  } catch {
    return undefined; // invalid bytes, or a runtime without the encoding
  }
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text) || !/[\u4e00-\u9fff]/.test(text)) {
    return undefined;
  }
  return text;
}
