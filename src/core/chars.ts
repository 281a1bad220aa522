// Character classes shared by the parser and the cleanup.

/**
 * A CJK ideograph: the unified block, extension A, compatibility ideographs, and a high surrogate
 * of planes 2–3 (extensions B–H start with U+D840–U+D8BF).
 */
export function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd8bf);
}

/** True when the character ending just before `pos` is an ideograph (a surrogate pair counts as one). */
export function ideographBefore(text: string, pos: number): boolean {
  if (pos <= 0) {
    return false;
  }
  const code = text.charCodeAt(pos - 1);
  if (code >= 0xdc00 && code <= 0xdfff) {
    return pos >= 2 && isIdeograph(text.charCodeAt(pos - 2)) && text.charCodeAt(pos - 2) >= 0xd800;
  }
  return isIdeograph(code);
}

/** Full-width digit ０–９. */
export function isFullWidthDigit(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19;
}

/** ASCII digit 0–9. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** ASCII letter. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
