import { sha256, writeDigest } from './sha256.js';
import { instantiateSha256, WASM_HEAP, type WasmSha256 } from './sha256-wasm.js';

/**
 * SHA-256 of many independent messages at once (internal): the segments of one byte buffer. A single message is
 * a chain of compressions that cannot be shared out, but several messages fill the lanes of the 4-lane SIMD
 * core: the messages are copied into the core's memory once, and each round is one call that compresses block `r`
 * of every message still running (longest messages first), the core reading each whole block where it lies from
 * a list of addresses; only the padded last blocks are written out. Where SIMD is not available, or for one
 * message, each segment is hashed on its own, with the same bytes.
 */

const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

let core: { wasm: WasmSha256; bytes: number } | null | undefined;

/** The SIMD instance, with at least `bytes` of memory from {@link WASM_HEAP}; `undefined` without SIMD. */
function simd(bytes: number): WasmSha256 | undefined {
  if (core === null) return undefined;
  if (core === undefined || core.bytes < bytes) {
    const size = Math.max(bytes, 1 << 20, core === undefined ? 0 : core.bytes * 2);
    const wasm = instantiateSha256(true, size);
    core = wasm === undefined ? null : { wasm, bytes: size };
  }
  return core?.wasm;
}

/**
 * The digests of the segments `bytes[ends[i - 1], ends[i])` (the first starts at `start`), 32 bytes each, in
 * order.
 */
export function sha256Segments(bytes: Uint8Array, start: number, ends: readonly number[]): Uint8Array {
  const n = ends.length;
  const out = new Uint8Array(32 * n);
  const from = (i: number) => (i === 0 ? start : (ends[i - 1] as number));
  const blocksOf = (i: number) => Math.floor(((ends[i] as number) - from(i) + 8) / 64) + 1;
  const length = (ends[n - 1] ?? start) - start;
  // [states][lanes][one round's block addresses][the padded last blocks, at most two a message][the messages]
  const statesAt = WASM_HEAP;
  const lanesAt = statesAt + n * 32;
  const addressesAt = lanesAt + n * 4;
  const tailsAt = addressesAt + n * 4;
  const messagesAt = tailsAt + n * 128 - start;
  const wasm = n > 1 ? simd(n * 168 + length) : undefined;
  if (wasm === undefined) {
    for (let i = 0; i < n; i++) out.set(sha256(bytes.subarray(from(i), ends[i])), 32 * i);
    return out;
  }
  // longest first, so the messages still running in round r are the first ones
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => blocksOf(b) - blocksOf(a));
  // the messages are copied in once; the core reads each whole block where it lies
  const heap = new Uint8Array(wasm.memory.buffer);
  heap.set(bytes.subarray(start, start + length), messagesAt + start);
  const words = new Int32Array(wasm.memory.buffer);
  for (let p = 0; p < n; p++) {
    for (let w = 0; w < 8; w++) words[(statesAt >> 2) + p * 8 + w] = IV[w] as number;
    words[(lanesAt >> 2) + p] = p;
  }
  const rounds = blocksOf(order[0] as number);
  let tail = tailsAt;
  let running = n;
  for (let r = 0; r < rounds; r++) {
    while (running > 0 && blocksOf(order[running - 1] as number) <= r) running--;
    for (let p = 0; p < running; p++) {
      const i = order[p] as number;
      const at = messagesAt + from(i);
      const size = (ends[i] as number) - from(i);
      if (r * 64 + 64 <= size) words[(addressesAt >> 2) + p] = at + r * 64;
      else {
        writeTail(heap, tail, at, size, r, r === blocksOf(i) - 1);
        words[(addressesAt >> 2) + p] = tail;
        tail += 64;
      }
    }
    wasm.many(statesAt, lanesAt, addressesAt, statesAt, running);
  }
  for (let p = 0; p < n; p++) {
    const i = order[p] as number;
    writeDigest(words.subarray((statesAt >> 2) + p * 8, (statesAt >> 2) + p * 8 + 8), out, 32 * i);
  }
  return out;
}

/**
 * Writes block `r` of the padded message `heap[from, from + length)` at `to` in `heap`: one that holds the end of
 * the message or its padding.
 */
function writeTail(
  heap: Uint8Array,
  to: number,
  from: number,
  length: number,
  r: number,
  final: boolean,
): void {
  const at = r * 64;
  const whole = Math.max(0, length - at);
  for (let i = 0; i < whole; i++) heap[to + i] = heap[from + at + i] as number;
  let i = whole;
  if (at + whole === length) heap[to + i++] = 0x80;
  for (; i < 64; i++) heap[to + i] = 0;
  if (!final) return;
  const bits = length * 8;
  const hi = Math.floor(bits / 0x100000000);
  const lo = bits >>> 0;
  heap[to + 56] = hi >>> 24;
  heap[to + 57] = hi >>> 16;
  heap[to + 58] = hi >>> 8;
  heap[to + 59] = hi;
  heap[to + 60] = lo >>> 24;
  heap[to + 61] = lo >>> 16;
  heap[to + 62] = lo >>> 8;
  heap[to + 63] = lo;
}
