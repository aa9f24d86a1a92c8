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

const HEX_DIGITS = new TextEncoder().encode('0123456789abcdef');
const decoder = new TextDecoder();

/**
 * The hex of `count` keys of 8 words from key `from` of `words`: every digit written through a table into one
 * buffer and decoded once, each key then a 64-character slice of it (no per-key number formatting).
 */
export function keysHex(words: Int32Array, from: number, count: number): string[] {
  const buffer = new Uint8Array(count * 64);
  const base = from * 8;
  for (let i = 0; i < count * 8; i++) {
    const w = words[base + i] as number;
    const at = i * 8;
    for (let k = 0; k < 8; k++) buffer[at + k] = HEX_DIGITS[(w >>> (28 - 4 * k)) & 15] as number;
  }
  const all = decoder.decode(buffer);
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = all.slice(i * 64, i * 64 + 64);
  return out;
}
