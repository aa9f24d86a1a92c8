/**
 * Encodes text as GBK for the tests, from the platform's own GBK decoder (Node has no GBK encoder): every
 * two-byte GBK code is decoded once and the table is read backwards. Throws on a character GBK cannot hold.
 */

let table: Map<string, number> | undefined;

function gbkTable(): Map<string, number> {
  if (table !== undefined) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(char)) table.set(char, (lead << 8) | trail);
      } catch {
        // Not a GBK code.
      }
    }
  return table;
}

/**
 * Encodes text as GBK.
 *
 * @param text - the text (ASCII and characters GBK holds)
 * @returns the GBK bytes
 */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkTable();
  const out: number[] = [];
  for (const char of text) {
    const c = char.codePointAt(0) ?? 0;
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const code = codes.get(char);
    if (code === undefined) throw new Error(`GBK cannot hold ${JSON.stringify(char)}`);
    out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}
