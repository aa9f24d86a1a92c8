import { borrowBuffer, countsToStarts, returnBuffer } from '../core/internal.js';

/**
 * The smallest keys of a large sample by radix selection (internal, mutable, wrapped by the key heap): where a
 * stratum keeps thousands of keys, a heap would sift on most offers. Instead every key whose first word is at most
 * a threshold is appended to columns; when the columns hold twice the capacity, a two-pass 16-bit counting
 * selection on the first word finds the capacity-th smallest and lowers the threshold, and the rest is dropped.
 * Entries whose first word equals the threshold are all kept, so the later words and the sequence number decide
 * among them at the end exactly as the heap's order does.
 */
export interface KeySelect {
  readonly capacity: number;
  size: number;
  /** First words above this (unsigned) cannot be among the smallest. */
  threshold: number;
  keys: Int32Array;
  seq: Float64Array;
  ids: string[];
}

/** Key columns of `room` keys, in scratch memory handed back by {@link drainSelect}. */
function keyColumn(room: number): Int32Array {
  return new Int32Array(borrowBuffer('select-keys', room * 32), 0, room * 8);
}

/** Sequence columns of `room` entries, in scratch memory handed back by {@link drainSelect}. */
function seqColumn(room: number): Float64Array {
  return new Float64Array(borrowBuffer('select-seq', room * 8), 0, room);
}

/** An empty selection keeping `capacity` keys (capacity > 0). */
export function keySelect(capacity: number): KeySelect {
  const room = 2 * capacity;
  return {
    capacity,
    size: 0,
    threshold: 0xffffffff,
    keys: keyColumn(room),
    seq: seqColumn(room),
    ids: new Array<string>(room),
  };
}

/** Offers key words `key[at, at + 8)` with its sequence number and id. */
export function offerSelect(s: KeySelect, key: Int32Array, at: number, seq: number, id: string): void {
  if ((key[at] as number) >>> 0 > s.threshold) return;
  if (s.size === s.seq.length) prune(s);
  if ((key[at] as number) >>> 0 > s.threshold) return;
  const i = s.size++;
  const keys = s.keys;
  const to = i * 8;
  for (let k = 0; k < 8; k++) keys[to + k] = key[at + k] as number;
  s.seq[i] = seq;
  s.ids[i] = id;
}

const HIGH = new Uint32Array(65536);
const LOW = new Uint32Array(65536);

/** The smallest first word `t` such that at least `rank` entries have a first word `<= t`. */
function selectWord(s: KeySelect, rank: number): number {
  const { keys, size } = s;
  HIGH.fill(0);
  for (let i = 0; i < size; i++) {
    const h = (keys[i * 8] as number) >>> 16;
    HIGH[h] = (HIGH[h] as number) + 1;
  }
  let below = 0;
  let high = 0;
  while (below + (HIGH[high] as number) < rank) below += HIGH[high++] as number;
  LOW.fill(0);
  for (let i = 0; i < size; i++) {
    const w = keys[i * 8] as number;
    if (w >>> 16 !== high) continue;
    const l = w & 0xffff;
    LOW[l] = (LOW[l] as number) + 1;
  }
  let low = 0;
  while (below + (LOW[low] as number) < rank) below += LOW[low++] as number;
  return ((high << 16) | low) >>> 0;
}

/** Lowers the threshold to the capacity-th smallest first word and drops every entry above it. */
function prune(s: KeySelect): void {
  if (s.size > s.capacity) s.threshold = selectWord(s, s.capacity);
  const { keys, seq, ids, threshold } = s;
  let n = 0;
  for (let i = 0; i < s.size; i++) {
    if ((keys[i * 8] as number) >>> 0 > threshold) continue;
    if (n !== i) {
      for (let k = 0; k < 8; k++) keys[n * 8 + k] = keys[i * 8 + k] as number;
      seq[n] = seq[i] as number;
      ids[n] = ids[i] as string;
    }
    n++;
  }
  for (let i = n; i < s.size; i++) ids[i] = '';
  s.size = n;
  if (n === seq.length) grow(s);
}

/** Makes room when more than the capacity share the threshold's first word (the columns double). */
function grow(s: KeySelect): void {
  const keys = keyColumn(s.seq.length * 2);
  keys.set(s.keys);
  const seq = seqColumn(s.seq.length * 2);
  seq.set(s.seq);
  returnBuffer('select-keys', s.keys.buffer as ArrayBuffer);
  returnBuffer('select-seq', s.seq.buffer as ArrayBuffer);
  s.keys = keys;
  s.seq = seq;
  s.ids.length = seq.length;
}

/** Compares entries `a` and `b` by key words (unsigned), then by sequence number. */
function compareEntries(s: KeySelect, a: number, b: number): number {
  const keys = s.keys;
  for (let k = 0; k < 8; k++) {
    const x = (keys[a * 8 + k] as number) >>> 0;
    const y = (keys[b * 8 + k] as number) >>> 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return (s.seq[a] as number) - (s.seq[b] as number);
}

/** The positions of the kept entries sorted by first word (LSD radix, two 16-bit digits), ties then by order. */
function sortedPositions(s: KeySelect): Uint32Array {
  const n = s.size;
  let from = new Uint32Array(borrowBuffer('select-order', n * 4), 0, n);
  let to = new Uint32Array(borrowBuffer('select-order', n * 4), 0, n);
  for (let i = 0; i < n; i++) from[i] = i;
  for (const shift of [0, 16]) {
    HIGH.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((s.keys[i * 8] as number) >>> shift) & 0xffff;
      HIGH[d] = (HIGH[d] as number) + 1;
    }
    countsToStarts(HIGH);
    for (let i = 0; i < n; i++) {
      const p = from[i] as number;
      const d = ((s.keys[p * 8] as number) >>> shift) & 0xffff;
      to[HIGH[d] as number] = p;
      HIGH[d] = (HIGH[d] as number) + 1;
    }
    [from, to] = [to, from];
  }
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && s.keys[(from[j] as number) * 8] === s.keys[(from[i] as number) * 8]) j++;
    if (j - i > 1) from.subarray(i, j).sort((a, b) => compareEntries(s, a, b));
    i = j;
  }
  returnBuffer('select-order', to.buffer as ArrayBuffer);
  return from;
}

/**
 * The kept entries, smallest key first, as columns (at most `capacity`). The selection's scratch memory is handed
 * back: it is empty afterwards.
 */
export function drainSelect(s: KeySelect): { size: number; ids: string[]; keys: Int32Array } {
  if (s.size > s.capacity) prune(s);
  const order = sortedPositions(s);
  const size = Math.min(s.size, s.capacity);
  const keys = new Int32Array(size * 8);
  const ids = new Array<string>(size);
  for (let i = 0; i < size; i++) {
    const p = order[i] as number;
    for (let k = 0; k < 8; k++) keys[i * 8 + k] = s.keys[p * 8 + k] as number;
    ids[i] = s.ids[p] as string;
  }
  returnBuffer('select-order', order.buffer as ArrayBuffer);
  returnBuffer('select-keys', s.keys.buffer as ArrayBuffer);
  returnBuffer('select-seq', s.seq.buffer as ArrayBuffer);
  s.keys = new Int32Array(0);
  s.seq = new Float64Array(0);
  s.ids = [];
  s.size = 0;
  return { size, ids, keys };
}
