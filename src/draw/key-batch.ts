import { createSha256Batch, type Sha256Batch, type Sha256Midstate } from '../core/index.js';
import { keyWords } from './fast-key.js';
import { type KeyHeap, mayKeep, offer } from './key-heap.js';

/**
 * The per-entry keys computed in batches (internal, mutable, owned by one draw engine): each entry's block
 * `utf8(id) ‖ padding` is written once into the hash core's memory, and a few thousand are compressed in one call
 * after their stratum's midstate (on WebAssembly with SIMD where the runtime has it), then offered to the
 * stratum's heap. The heap's order is (key, sequence), so offering later changes nothing.
 */
export interface KeyBatch {
  batch: Sha256Batch | undefined;
  readonly heaps: KeyHeap[];
  readonly mids: Sha256Midstate[];
  count: number;
  readonly seq: Float64Array;
  /** Each queued entry's id, or `undefined` when it is decoded from `source` only if its key is kept. */
  readonly ids: (string | undefined)[];
  /** The bytes the ids left undecoded are read from, with their offsets and lengths. */
  source: Uint8Array | undefined;
  readonly starts: Int32Array;
  readonly lens: Int32Array;
  /** The pool's ids, for entries queued by {@link pushRowKey}: each one's index in it is in `starts`. */
  names: readonly string[] | undefined;
  /**
   * The id length whose padding each block slot holds (-1: none yet): ids of one length, as a pool's usually
   * are, then rewrite only their bytes.
   */
  readonly padded: Int8Array;
  /** The core's blocks as 32-bit words, for copying word-aligned rows a word at a time. */
  blockWords: Int32Array | undefined;
}

/** Entries per call into the core: large enough to amortise the call, small enough to stay in cache. */
const BATCH = 2048;

/** An empty batch. */
export function keyBatch(): KeyBatch {
  return {
    batch: undefined,
    blockWords: undefined,
    heaps: [],
    mids: [],
    count: 0,
    seq: new Float64Array(BATCH),
    ids: new Array(BATCH),
    source: undefined,
    starts: new Int32Array(BATCH),
    lens: new Int32Array(BATCH),
    names: undefined,
    padded: new Int8Array(BATCH).fill(-1),
  };
}

/** Registers a stratum's heap and midstate (a 64-byte prefix) and returns its lane. */
export function addLane(kb: KeyBatch, heap: KeyHeap, mid: Sha256Midstate): number {
  kb.heaps.push(heap);
  kb.mids.push(mid);
  const lane = kb.mids.length - 1;
  if (kb.batch === undefined) return lane;
  if (lane < kb.batch.states.length / 8) kb.batch.states.set(mid.state, lane * 8);
  else {
    flushKeys(kb);
    kb.batch = undefined;
    kb.padded.fill(-1);
  }
  return lane;
}

function coreBatch(kb: KeyBatch): Sha256Batch {
  if (kb.batch !== undefined) return kb.batch;
  const states = Math.max(16, 2 ** Math.ceil(Math.log2(kb.mids.length)));
  const batch = createSha256Batch({ capacity: BATCH, states });
  // a loop, not a callback: a closure over `batch` would make every call allocate its context, also the calls
  // that return at once
  for (let i = 0; i < kb.mids.length; i++) batch.states.set((kb.mids[i] as Sha256Midstate).state, i * 8);
  const { blocks } = batch;
  if (blocks.byteOffset % 4 === 0)
    kb.blockWords = new Int32Array(blocks.buffer, blocks.byteOffset, blocks.length >> 2);
  kb.batch = batch;
  return batch;
}

const SLOW = new Int32Array(8);

const decoder = new TextDecoder();

/**
 * Queues the key of the entry whose id bytes are `bytes[start, end)`, in stratum `lane`, at sequence `seq`. With
 * `id` undefined the id is decoded from those bytes, and only when its key is kept: `bytes` must then stay
 * unchanged until {@link flushKeys}.
 */
export function pushKey(
  kb: KeyBatch,
  lane: number,
  bytes: Uint8Array,
  start: number,
  end: number,
  seq: number,
  id: string | undefined,
): void {
  const len = end - start;
  if (len > 55) {
    keyWords(kb.mids[lane] as Sha256Midstate, bytes, start, end, SLOW);
    offer(kb.heaps[lane] as KeyHeap, SLOW, 0, seq, id ?? decoder.decode(bytes.subarray(start, end)));
    return;
  }
  if (id === undefined) {
    if (kb.source !== bytes) {
      flushKeys(kb);
      kb.source = bytes;
      kb.names = undefined;
    }
    kb.starts[kb.count] = start;
    kb.lens[kb.count] = len;
  }
  queueBlock(kb, lane, bytes, start, len, seq, id);
}

/**
 * {@link pushKey} for an entry of a pool whose ids are `names` (the same array for every call until
 * {@link flushKeys}): its id is `names[index]`, read only when its key is kept. With `words` (the same memory as
 * `bytes` as 32-bit words, zero past each row's end) a row starting on a word is copied a word at a time.
 */
export function pushRowKey(
  kb: KeyBatch,
  lane: number,
  bytes: Uint8Array,
  start: number,
  len: number,
  seq: number,
  names: readonly string[],
  index: number,
  words?: Int32Array,
): void {
  if (len > 55) {
    pushKey(kb, lane, bytes, start, start + len, seq, names[index] as string);
    return;
  }
  if (kb.names !== names || kb.source !== undefined) {
    flushKeys(kb);
    kb.names = names;
    kb.source = undefined;
  }
  kb.starts[kb.count] = index;
  queueBlock(kb, lane, bytes, start, len, seq, undefined, (start & 3) === 0 ? words : undefined);
}

/** Writes an entry's padded key block (at most 55 id bytes) into the core's memory and queues it. */
function queueBlock(
  kb: KeyBatch,
  lane: number,
  bytes: Uint8Array,
  start: number,
  len: number,
  seq: number,
  id: string | undefined,
  words?: Int32Array,
): void {
  const batch = coreBatch(kb);
  const i = kb.count;
  const blocks = batch.blocks;
  const at = i * 64;
  const to = kb.blockWords;
  if (words !== undefined && to !== undefined) {
    // whole words: the zeros past the row's end land where the padding's zeros go, then its 0x80 is written
    const from = start >> 2;
    const w = at >> 2;
    for (let j = 0; j < (len + 3) >> 2; j++) to[w + j] = words[from + j] as number;
    blocks[at + len] = 0x80;
  } else for (let j = 0; j < len; j++) blocks[at + j] = bytes[start + j] as number;
  if (kb.padded[i] !== len) {
    blocks[at + len] = 0x80;
    for (let j = at + len + 1; j < at + 62; j++) blocks[j] = 0;
    const bits = (64 + len) * 8;
    blocks[at + 62] = bits >>> 8;
    blocks[at + 63] = bits;
    kb.padded[i] = len;
  }
  batch.lanes[i] = lane;
  kb.seq[i] = seq;
  kb.ids[i] = id;
  kb.count = i + 1;
  if (kb.count === BATCH) flushKeys(kb);
}

/** Computes the queued keys and offers each to its stratum's heap. */
export function flushKeys(kb: KeyBatch): void {
  const batch = kb.batch;
  const n = kb.count;
  if (batch === undefined || n === 0) return;
  batch.run(n);
  const { out, lanes } = batch;
  const { heaps, seq, ids, source, names } = kb;
  for (let i = 0; i < n; i++) {
    const heap = heaps[lanes[i] as number] as KeyHeap;
    let id = ids[i];
    if (id === undefined) {
      if (!mayKeep(heap, out, i * 8)) continue;
      const start = kb.starts[i] as number;
      if (names !== undefined) id = names[start] as string;
      else if (source !== undefined)
        id = decoder.decode(source.subarray(start, start + (kb.lens[i] as number)));
      else continue;
    }
    offer(heap, out, i * 8, seq[i] as number, id);
  }
  kb.count = 0;
}
