/**
 * A reused byte buffer and the primitives of the `ssj-directory/3` entry encoding (internal): unsigned LEB128
 * lengths, strings as UTF-8 written by hand (a lone surrogate as the three bytes of its code point, as WTF-8
 * does) after their length in UTF-16 code units, binary64 numbers. The writer allocates nothing per value; the buffer grows when a value needs room.
 */

/** A buffer, the write position, and the way to make room. */
export interface ByteWriter {
  /** The whole buffer; valid until the next {@link ByteWriter.room}. */
  bytes: Uint8Array;
  /** The next byte to write. */
  at: number;
  /** Makes room for `n` more bytes after `at` (may replace `bytes`). */
  room(n: number): void;
}

/** A writer over a plain buffer that doubles when full. */
export function createByteWriter(size = 1024): ByteWriter {
  const w: ByteWriter = {
    bytes: new Uint8Array(size),
    at: 0,
    room(n) {
      if (w.at + n <= w.bytes.length) return;
      const bigger = new Uint8Array(Math.max(w.bytes.length * 2, w.at + n));
      bigger.set(w.bytes.subarray(0, w.at));
      w.bytes = bigger;
    },
  };
  return w;
}

/** Writes `n` (a whole number ≥ 0) as unsigned LEB128 at `p`; returns the position after it. */
export function ulebInto(b: Uint8Array, p: number, n: number): number {
  let rest = n;
  while (rest >= 0x80) {
    b[p++] = (rest % 0x80) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  b[p++] = rest;
  return p;
}

const isLow = (c: number) => c >= 0xdc00 && c < 0xe000;

/**
 * `String.prototype.charCodeAt`, called as `charCodeAt.call(s, i)`. Written `s.charCodeAt(i)`, the method is
 * looked up on each call, and where one call site meets texts of many representations (one- and two-byte,
 * internalized, ropes) that lookup takes the engine's slow generic path, once per code unit. Each module that
 * reads texts so keeps a constant of its own: called through an imported binding, it is slower still.
 */
const charCodeAt = String.prototype.charCodeAt;

/**
 * Writes the UTF-8 of `s` from code unit `from` on at `p` (room for 3 bytes a code unit must be there); returns
 * the position after.
 */
export function utf8Into(b: Uint8Array, p: number, s: string, from = 0): number {
  const n = s.length;
  for (let i = from; i < n; i++) {
    const c = charCodeAt.call(s, i);
    if (c < 0x80) b[p++] = c;
    else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c < 0xdc00 && isLow(charCodeAt.call(s, i + 1))) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (charCodeAt.call(s, ++i) - 0xdc00);
      b[p++] = 0xf0 | (cp >> 18);
      b[p++] = 0x80 | ((cp >> 12) & 0x3f);
      b[p++] = 0x80 | ((cp >> 6) & 0x3f);
      b[p++] = 0x80 | (cp & 0x3f);
    } else {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 0x3f);
      b[p++] = 0x80 | (c & 0x3f);
    }
  }
  return p;
}

/**
 * Writes `uleb128(UTF-16 length + add) ‖ UTF-8 of s` (an object key; a string value is this after its tag, with
 * `add` 0). The length counts code units, as `s.length` does, not bytes: no pass over the text before it is
 * written.
 */
export function writeText(w: ByteWriter, s: string, add = 0): void {
  w.room(s.length * 3 + 5);
  w.at = utf8Into(w.bytes, ulebInto(w.bytes, w.at, s.length + add), s);
}

/** Writes one byte. */
export function writeByte(w: ByteWriter, byte: number): void {
  w.room(1);
  w.bytes[w.at++] = byte;
}

/** Writes one byte, then `n` as unsigned LEB128 (a tag and a count or length). */
export function writeHead(w: ByteWriter, tag: number, n: number): void {
  w.room(11);
  w.bytes[w.at] = tag;
  w.at = ulebInto(w.bytes, w.at + 1, n);
}

const float = new DataView(new ArrayBuffer(8));

/** Writes the 8 bytes of `x` as IEEE 754 binary64, big-endian, with −0 written as +0. */
export function writeFloat64(w: ByteWriter, x: number): void {
  float.setFloat64(0, x === 0 ? 0 : x);
  w.room(8);
  for (let i = 0; i < 8; i++) w.bytes[w.at + i] = float.getUint8(i);
  w.at += 8;
}
