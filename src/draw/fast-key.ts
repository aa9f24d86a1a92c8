import { digestAfterMidstate, type Sha256Midstate } from '../core/index.js';

/**
 * The per-entry key hash, specialised (internal): SHA-256 of a 64-byte prefix (given as its midstate) followed by
 * at most 55 bytes, which is exactly one compression with the padding written straight into the message
 * schedule. Longer ids take the general path. Output is the digest as eight big-endian 32-bit words.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const W = new Int32Array(64);
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
  for (let i = 16; i < 64; i++) {
    const w15 = W[i - 15] as number;
    const w2 = W[i - 2] as number;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[i] = ((W[i - 16] as number) + s0 + (W[i - 7] as number) + s1) | 0;
  }
  const st = mid.state;
  let a = st[0] as number;
  let b = st[1] as number;
  let c = st[2] as number;
  let d = st[3] as number;
  let e = st[4] as number;
  let f = st[5] as number;
  let g = st[6] as number;
  let h = st[7] as number;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + (K[i] as number) + (W[i] as number)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + S0 + maj) | 0;
  }
  out[0] = ((st[0] as number) + a) | 0;
  out[1] = ((st[1] as number) + b) | 0;
  out[2] = ((st[2] as number) + c) | 0;
  out[3] = ((st[3] as number) + d) | 0;
  out[4] = ((st[4] as number) + e) | 0;
  out[5] = ((st[5] as number) + f) | 0;
  out[6] = ((st[6] as number) + g) | 0;
  out[7] = ((st[7] as number) + h) | 0;
}

/** Hex of 8 key words. */
export function wordsToHex(words: ArrayLike<number>, offset = 0): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += ((words[offset + i] as number) >>> 0).toString(16).padStart(8, '0');
  return out;
}
