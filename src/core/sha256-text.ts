import { utf8 } from './bytes.js';
import { sha256, writeDigest } from './sha256.js';
import { typescriptBlocks } from './sha256-blocks.js';
import { instantiateSha256, WASM_HEAP } from './sha256-wasm.js';

/**
 * SHA-256 of many short texts, one after another (internal): each text is encoded straight into the hash
 * core's memory through one fixed view, padded there, and compressed in one call, so hashing a million
 * directory entries allocates nothing per entry. The bytes are those of {@link sha256} over the UTF-8 text.
 */

/** Text bytes the fast path takes; longer texts go through {@link sha256}. */
const CAPACITY = 16 * 1024;
const STATE_AT = WASM_HEAP;
const DATA_AT = WASM_HEAP + 64;
const IV = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
] as const;

interface Engine {
  /** Bytes from the start of the message: text, then padding. */
  readonly data: Uint8Array;
  /** `data` limited to {@link CAPACITY}, the view the encoder writes through. */
  readonly window: Uint8Array;
  readonly state: Int32Array;
  compress(blocks: number): void;
}

let engine: Engine | undefined;

function createEngine(): Engine {
  const bytes = 64 + CAPACITY + 128;
  const core = instantiateSha256(true, bytes) ?? instantiateSha256(false, bytes);
  if (core === undefined) {
    const data = new Uint8Array(CAPACITY + 128);
    const state = new Int32Array(8);
    return {
      data,
      window: data.subarray(0, CAPACITY),
      state,
      compress: (n) => typescriptBlocks.compress(state, data, 0, n),
    };
  }
  const data = new Uint8Array(core.memory.buffer, DATA_AT, CAPACITY + 128);
  return {
    data,
    window: data.subarray(0, CAPACITY),
    state: new Int32Array(core.memory.buffer, STATE_AT, 8),
    compress: (n) => core.compress(STATE_AT, DATA_AT, n),
  };
}

const encoder = new TextEncoder();

/**
 * Writes SHA-256 of the UTF-8 of `text` into `out` at `offset` (32 bytes). `text` must be well-formed (no lone
 * surrogate), as canonical JSON always is.
 */
export function sha256TextInto(text: string, out: Uint8Array, offset: number): void {
  if (text.length * 3 > CAPACITY) {
    out.set(sha256(utf8(text)), offset);
    return;
  }
  engine ??= createEngine();
  const { data, window, state } = engine;
  const n = encoder.encodeInto(text, window).written;
  const blocks = ((n + 8) >> 6) + 1;
  const end = blocks * 64;
  data.fill(0, n, end);
  data[n] = 0x80;
  const bits = n * 8;
  data[end - 4] = bits >>> 24;
  data[end - 3] = bits >>> 16;
  data[end - 2] = bits >>> 8;
  data[end - 1] = bits;
  for (let i = 0; i < 8; i++) state[i] = IV[i] as number;
  engine.compress(blocks);
  writeDigest(state, out, offset);
}
