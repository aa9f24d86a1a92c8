/**
 * The SHA-256 compression function (FIPS 180-4 §6.2.2) on 32-bit words: the one loop every hash in the library
 * runs, from the one-shot {@link sha256} to the draw's per-entry key.
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

/** The message schedule, shared: compression is synchronous and never re-entered. */
const W = new Int32Array(64);

/**
 * The 64-word message schedule that {@link sha256CompressBlock} reads (SHA-256 消息调度): write the block's 16
 * big-endian words into its first 16 entries, then compress. One buffer for the whole library, so a hot loop
 * that builds its block in place (the draw's key of a 64-byte prefix and a short id, padding included) allocates
 * nothing. Keep the reference in a module constant; never hold data in it across calls.
 *
 * @returns the shared schedule buffer (64 words)
 * @throws never
 * @example
 * ```ts
 * const schedule = sha256Schedule();
 * schedule.fill(0, 0, 16);
 * schedule[0] = 0x61626380; // 'abc' then the padding bit
 * schedule[15] = 24; // the message length in bits
 * ```
 */
export function sha256Schedule(): Int32Array {
  return W;
}

/**
 * Writes the 64-byte block `bytes[offset, offset + 64)` into {@link sha256Schedule}`()[0..15]` as big-endian
 * words (internal: the first step of compressing a block held as bytes).
 */
export function readBlock(bytes: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4;
    W[i] =
      ((bytes[j] as number) << 24) |
      ((bytes[j + 1] as number) << 16) |
      ((bytes[j + 2] as number) << 8) |
      (bytes[j + 3] as number);
  }
}

/**
 * Compresses the block in {@link sha256Schedule}`()[0..15]` (SHA-256 压缩函数), allocation-free: expands the
 * schedule in place and writes the 8 chaining words after the block to `out`, which may be `state` itself.
 * Inputs are not checked: this is the fast internal behind {@link sha256} and the draw's per-entry key.
 *
 * @param state - the 8 chaining words before the block (read only)
 * @param out - receives the 8 chaining words after the block
 * @returns nothing: the result is in `out`
 * @throws never: wrong lengths give a wrong hash, not an error
 * @example
 * ```ts
 * const state = Int32Array.from([
 *   0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
 * ]); // the initial hash value, FIPS 180-4 §5.3.3
 * const schedule = sha256Schedule();
 * schedule.fill(0, 0, 16);
 * schedule[0] = 0x61626380; // 'abc' then the padding bit
 * schedule[15] = 24; // the message length in bits
 * sha256CompressBlock(state, state); // state now holds the words of sha256('abc'): 0xba7816bf, …
 * ```
 */
export function sha256CompressBlock(state: Int32Array, out: Int32Array): void {
  for (let i = 16; i < 64; i++) {
    const w15 = W[i - 15] as number;
    const w2 = W[i - 2] as number;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[i] = ((W[i - 16] as number) + s0 + (W[i - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
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
  out[0] = ((state[0] as number) + a) | 0;
  out[1] = ((state[1] as number) + b) | 0;
  out[2] = ((state[2] as number) + c) | 0;
  out[3] = ((state[3] as number) + d) | 0;
  out[4] = ((state[4] as number) + e) | 0;
  out[5] = ((state[5] as number) + f) | 0;
  out[6] = ((state[6] as number) + g) | 0;
  out[7] = ((state[7] as number) + h) | 0;
}
