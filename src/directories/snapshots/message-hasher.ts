import { sha256 } from '../../core/index.js';
import { instantiateSha256, WASM_HEAP, type WasmSha256 } from '../../core/internal.js';
import { type ByteWriter, createByteWriter } from './byte-writer.js';

/**
 * SHA-256 of a batch of short messages written side by side into one buffer (internal). On WebAssembly the
 * messages are padded in place and compressed a round at a time: round `r` lists the address of block `r` of
 * every message that has one, and one call compresses those blocks where they lie (four lanes at a time with
 * SIMD), each after its message's state from the round before. Without WebAssembly the TypeScript core hashes them one by one.
 */
export interface MessageHasher {
  /** Where messages are written; `writer.at` is reset to {@link MessageHasher.base} after each batch. */
  readonly writer: ByteWriter;
  readonly base: number;
  /** Whether a message must be padded where it was written (see {@link padMessage}). */
  readonly padded: boolean;
  /** Messages per batch at most. */
  readonly capacity: number;
  /** Writes SHA-256 of message `k` (`lengths[k]` bytes at `starts[k]`) into `out` at `places[k]`. */
  hashAll(starts: Int32Array, lengths: Int32Array, count: number, out: Uint8Array, places: Int32Array): void;
}

const CAPACITY = 4096;
const IV = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
] as const;
const PAGE = 65536;

/** Blocks of a padded message of `n` bytes. */
const blocksOf = (n: number) => ((n + 8) >> 6) + 1;

/** Pads the message from `start` to `w.at` in place (0x80, zeros, its bit length) and moves past the padding. */
export function padMessage(w: ByteWriter, start: number): void {
  const n = w.at - start;
  const end = start + blocksOf(n) * 64;
  w.room(end - w.at);
  const b = w.bytes;
  b.fill(0, w.at, end);
  b[w.at] = 0x80;
  const bits = n * 8;
  b[end - 5] = bits / 2 ** 32;
  b[end - 4] = bits >>> 24;
  b[end - 3] = bits >>> 16;
  b[end - 2] = bits >>> 8;
  b[end - 1] = bits;
  w.at = end;
}

/** Writes the 8 state words at word index `from` of `words` big-endian into `out` at `offset`. */
function digestInto(words: Int32Array, from: number, out: Uint8Array, offset: number): void {
  for (let i = 0; i < 8; i++) {
    const v = words[from + i] as number;
    out[offset + i * 4] = v >>> 24;
    out[offset + i * 4 + 1] = v >>> 16;
    out[offset + i * 4 + 2] = v >>> 8;
    out[offset + i * 4 + 3] = v;
  }
}

function wasmHasher(core: WasmSha256): MessageHasher {
  // [IV][lanes][two rows of states][a row of block addresses][messages …]
  const ivAt = WASM_HEAP;
  const lanesAt = ivAt + 32;
  const outAt = [lanesAt + CAPACITY * 4, lanesAt + CAPACITY * 36];
  const addressesAt = lanesAt + CAPACITY * 68;
  const base = addressesAt + CAPACITY * 4;
  let words = new Int32Array(core.memory.buffer);
  let bytes = new Uint8Array(core.memory.buffer);
  const active = new Int32Array(CAPACITY);
  const writer: ByteWriter = {
    bytes,
    at: base,
    room(n) {
      const need = writer.at + n - bytes.length;
      if (need <= 0) return;
      core.memory.grow(Math.ceil(need / PAGE));
      words = new Int32Array(core.memory.buffer);
      bytes = new Uint8Array(core.memory.buffer);
      writer.bytes = bytes;
    },
  };
  words.set(IV, ivAt >> 2);
  return {
    writer,
    base,
    padded: true,
    capacity: CAPACITY,
    hashAll(starts, lengths, count, out, places) {
      const lanes = lanesAt >> 2;
      for (let k = 0; k < count; k++) {
        active[k] = k;
        words[lanes + k] = 0;
      }
      let n = count;
      for (let r = 0; n > 0; r++) {
        // the core reads block r of each message where it lies: only its address is written
        for (let i = 0; i < n; i++)
          words[(addressesAt >> 2) + i] = (starts[active[i] as number] as number) + r * 64;
        const row = outAt[r & 1] as number;
        core.many(r === 0 ? ivAt : (outAt[(r + 1) & 1] as number), lanesAt, addressesAt, row, n);
        let next = 0;
        for (let i = 0; i < n; i++) {
          const k = active[i] as number;
          if (blocksOf(lengths[k] as number) === r + 1)
            digestInto(words, (row >> 2) + i * 8, out, places[k] as number);
          else {
            active[next] = k;
            words[lanes + next++] = i;
          }
        }
        n = next;
      }
    },
  };
}

function typescriptHasher(): MessageHasher {
  const writer = createByteWriter(1 << 20);
  return {
    writer,
    base: 0,
    padded: false,
    capacity: CAPACITY,
    hashAll(starts, lengths, count, out, places) {
      for (let k = 0; k < count; k++) {
        const at = starts[k] as number;
        out.set(sha256(writer.bytes.subarray(at, at + (lengths[k] as number))), places[k] as number);
      }
    },
  };
}

/**
 * A hasher with its own buffers on the fastest core here (SIMD, scalar WebAssembly, TypeScript), or on the one
 * asked for (tests compare them) when the runtime has it.
 */
export function createMessageHasher(core?: 'wasm-simd' | 'wasm' | 'typescript'): MessageHasher {
  const bytes = CAPACITY * 100 + (1 << 20);
  const wasm =
    core === 'typescript'
      ? undefined
      : ((core === 'wasm' ? undefined : instantiateSha256(true, bytes)) ??
        (core === 'wasm-simd' ? undefined : instantiateSha256(false, bytes)));
  return wasm === undefined ? typescriptHasher() : wasmHasher(wasm);
}

/** Messages queued on a hasher: each is written at `hasher.writer`, then ended, and hashed with its batch. */
export interface MessageQueue {
  /**
   * Ends the message written from `start` to `writer.at`: pads it where the hasher needs that, and hashes the
   * batch once it holds `batchBytes` or the hasher's capacity; its hash goes to `out` at `place`.
   */
  end(start: number, place: number): void;
  /** Hashes the messages still queued. */
  flush(): void;
}

/** A queue of messages on `hasher`, whose hashes are written into `out`. */
export function messageQueue(hasher: MessageHasher, out: Uint8Array, batchBytes: number): MessageQueue {
  const w = hasher.writer;
  const starts = new Int32Array(hasher.capacity);
  const lengths = new Int32Array(hasher.capacity);
  const places = new Int32Array(hasher.capacity);
  let count = 0;
  w.at = hasher.base;
  const flush = () => {
    if (count > 0) hasher.hashAll(starts, lengths, count, out, places);
    count = 0;
    w.at = hasher.base;
  };
  return {
    end(start, place) {
      starts[count] = start;
      lengths[count] = w.at - start;
      places[count] = place;
      count++;
      if (hasher.padded) padMessage(w, start);
      if (w.at - hasher.base >= batchBytes || count === hasher.capacity) flush();
    },
    flush,
  };
}

let idle: MessageHasher | undefined;

/**
 * Runs `use` with a hasher of the fastest core, reused between calls. A call inside another (an entry's getter
 * that hashes entries too) gets a hasher of its own.
 */
export function withHasher<T>(use: (hasher: MessageHasher) => T): T {
  const hasher = idle ?? createMessageHasher();
  idle = undefined;
  try {
    return use(hasher);
  } finally {
    hasher.writer.at = hasher.base;
    idle = hasher;
  }
}
