/**
 * Ordering strings by their UTF-8 bytes (字节序) without encoding them. For NFC strings, UTF-8 byte order equals
 * code-point order, which equals JavaScript's UTF-16 order except where a surrogate pair meets a code unit in
 * U+E000..U+FFFF. {@link compareIdBytes} corrects for that; plain `<` is used when no string has a surrogate.
 */

/** Whether `text` contains a UTF-16 surrogate (a code point above U+FFFF). */
export function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * Compares two strings in the order of their UTF-8 bytes (code-point order).
 *
 * @param a - a string
 * @param b - another string
 * @returns negative, zero or positive
 * @example
 * ```ts
 * compareIdBytes('\uffff', '\u{10000}') < 0; // true, although '\uffff' > '\u{10000}' in UTF-16 order
 * ```
 */
export function compareIdBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fixup(x) - fixup(y);
  }
  return a.length - b.length;
}

/** Maps a UTF-16 code unit so that unit order becomes code-point order: surrogates sort above U+FFFF. */
function fixup(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

/** `<`-based comparison: correct for byte order when neither string has a surrogate. */
export function compareUtf16(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
