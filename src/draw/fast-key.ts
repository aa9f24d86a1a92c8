import type { Sha256Midstate } from '../core/index.js';
import { digestAfterMidstate, sha256CompressBlock, sha256Schedule } from '../core/internal.js';

/**
 * The per-entry key hash, specialised (internal): SHA-256 of a 64-byte prefix (given as its midstate) followed by
 * at most 55 bytes, which is exactly one compression with the padding written straight into the message
 * schedule. Longer ids take the general path. Output is the digest as eight big-endian 32-bit words.
 */

/** The core's shared message schedule: the block is built in place, then compressed. */
const W = sha256Schedule();
const SLOW = new Uint8Array(32);

/** Writes the key words of `prefix ‖ bytes[start, end)` into `out` (8 words). */
export function keyWords(
  mid: Sha256Midstate,
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Int32Array,
): void {
  const len = end - start;
  if (len > 55 || mid.prefixLength !== 64) {
    digestAfterMidstate(mid, bytes.subarray(start, end), SLOW, 0);
    for (let i = 0; i < 8; i++)
      out[i] =
        ((SLOW[i * 4] as number) << 24) |
        ((SLOW[i * 4 + 1] as number) << 16) |
        ((SLOW[i * 4 + 2] as number) << 8) |
        (SLOW[i * 4 + 3] as number);
    return;
  }
  W.fill(0, 0, 16);
  for (let i = 0; i < len; i++)
    W[i >> 2] = (W[i >> 2] as number) | ((bytes[start + i] as number) << (24 - ((i & 3) << 3)));
  W[len >> 2] = (W[len >> 2] as number) | (0x80 << (24 - ((len & 3) << 3)));
  W[15] = (64 + len) * 8;
  sha256CompressBlock(mid.state, out);
}

/** For each byte value, its two hex digits as one 16-bit word, first digit in the high byte. */
const HEX_PAIRS = (() => {
  const digits = new TextEncoder().encode('0123456789abcdef');
  const pairs = new Uint16Array(256);
  for (let b = 0; b < 256; b++) pairs[b] = ((digits[b >> 4] as number) << 8) | (digits[b & 15] as number);
  return pairs;
})();
const decoder = new TextDecoder();

/**
 * The hex digits of `count` keys of 8 words from key `from` of `words`, as ASCII bytes, 64 a key: each byte's
 * two digits written through one table (no per-key number formatting). Written at the start of `into` when given
 * (at least `64 count` bytes), else into new memory.
 */
export function keyDigits(words: Int32Array, from: number, count: number, into?: ArrayBuffer): Uint8Array {
  const buffer = new Uint8Array(into ?? new ArrayBuffer(count * 64), 0, count * 64);
  const view = new DataView(buffer.buffer);
  const base = from * 8;
  for (let i = 0; i < count * 8; i++) {
    const w = words[base + i] as number;
    const at = i * 8;
    view.setUint16(at, HEX_PAIRS[w >>> 24] as number);
    view.setUint16(at + 2, HEX_PAIRS[(w >>> 16) & 255] as number);
    view.setUint16(at + 4, HEX_PAIRS[(w >>> 8) & 255] as number);
    view.setUint16(at + 6, HEX_PAIRS[w & 255] as number);
  }
  return buffer;
}

/** The keys whose {@link keyDigits} are `digits`, as strings: decoded once, each a 64-character slice. */
export function digitsHex(digits: Uint8Array): string[] {
  const all = decoder.decode(digits);
  const count = digits.length / 64;
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = all.slice(i * 64, i * 64 + 64);
  return out;
}

/** The hex of `count` keys of 8 words from key `from` of `words`. */
export function keysHex(words: Int32Array, from: number, count: number): string[] {
  return digitsHex(keyDigits(words, from, count));
}
