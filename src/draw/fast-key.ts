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

/** Hex of 8 key words. */
export function wordsToHex(words: ArrayLike<number>, offset = 0): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += ((words[offset + i] as number) >>> 0).toString(16).padStart(8, '0');
  return out;
}
