import { drainSelect, type KeySelect, keySelect, offerSelect } from './key-select.js';

/**
 * A bounded max-heap of the smallest keys seen (internal, mutable, wrapped by the draw engine). Keys are eight
 * 32-bit words compared unsigned, first word first, then a sequence number (the id byte order), so most entries
 * are rejected with one integer comparison.
 */
export interface KeyHeap {
  readonly capacity: number;
  size: number;
  /** heap position → slot */
  readonly order: Int32Array;
  readonly keys: Int32Array;
  readonly seq: Float64Array;
  readonly ids: string[];
  /** For a large capacity, the radix selection that takes the heap's place. */
  readonly select?: KeySelect;
}

/** From this capacity on, a radix selection replaces the heap (sifting would cost more than selecting). */
export const SELECT_FROM = 4096;

/** A heap keeping the `capacity` smallest keys. */
export function keyHeap(capacity: number): KeyHeap {
  const c = Math.max(capacity, 0);
  const heap = c >= SELECT_FROM ? 0 : c;
  return {
    capacity: c,
    size: 0,
    order: new Int32Array(heap),
    keys: new Int32Array(heap * 8),
    seq: new Float64Array(heap),
    ids: new Array<string>(heap),
    ...(heap === c ? {} : { select: keySelect(c) }),
  };
}

/** Compares key words `a[ao..]` with `b[bo..]` unsigned: negative, zero or positive. */
export function compareWords(a: Int32Array, ao: number, b: Int32Array, bo: number): number {
  for (let i = 0; i < 8; i++) {
    const x = (a[ao + i] as number) >>> 0;
    const y = (b[bo + i] as number) >>> 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function less(h: KeyHeap, a: number, b: number): boolean {
  const c = compareWords(h.keys, a * 8, h.keys, b * 8);
  return c !== 0 ? c < 0 : (h.seq[a] as number) < (h.seq[b] as number);
}

function store(h: KeyHeap, slot: number, key: Int32Array, at: number, seq: number, id: string): void {
  const keys = h.keys;
  const to = slot * 8;
  for (let i = 0; i < 8; i++) keys[to + i] = key[at + i] as number;
  h.seq[slot] = seq;
  h.ids[slot] = id;
}

/**
 * Offers an entry (key words `key[at, at + 8)`, sequence number, id); keeps it if among the `capacity` smallest
 * so far.
 */
export function offer(h: KeyHeap, key: Int32Array, at: number, seq: number, id: string): void {
  if (h.capacity === 0) return;
  if (h.select !== undefined) {
    offerSelect(h.select, key, at, seq, id);
    return;
  }
  const o = h.order;
  if (h.size < h.capacity) {
    const slot = h.size;
    store(h, slot, key, at, seq, id);
    let i = h.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(h, o[p] as number, slot)) break;
      o[i] = o[p] as number;
      i = p;
    }
    o[i] = slot;
    return;
  }
  const root = o[0] as number;
  const t = (key[at] as number) >>> 0;
  const rt = (h.keys[root * 8] as number) >>> 0;
  if (t > rt) return;
  if (t === rt) {
    const c = compareWords(key, at, h.keys, root * 8);
    if (c > 0 || (c === 0 && seq >= (h.seq[root] as number))) return;
  }
  store(h, root, key, at, seq, id);
  let i = 0;
  const n = h.size;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    let c = l;
    if (r < n && less(h, o[l] as number, o[r] as number)) c = r;
    if (!less(h, root, o[c] as number)) break;
    o[i] = o[c] as number;
    i = c;
  }
  o[i] = root;
}

/** Whether a key (words `key[at, at + 8)`) could be kept: `false` only when its first word already rules it out. */
export function mayKeep(h: KeyHeap, key: Int32Array, at: number): boolean {
  const t = (key[at] as number) >>> 0;
  if (h.select !== undefined) return t <= h.select.threshold;
  return h.size < h.capacity || t <= (h.keys[(h.order[0] as number) * 8] as number) >>> 0;
}

/** The kept entries, smallest key first, as columns: `ids[i]` and its key words `keys[8 i, 8 i + 8)`. */
export interface Ranked {
  readonly size: number;
  readonly ids: readonly string[];
  readonly keys: Int32Array;
}

/** The kept entries, smallest key first. */
export function drain(h: KeyHeap): Ranked {
  if (h.select !== undefined) return drainSelect(h.select);
  const slots = Array.from(h.order.subarray(0, h.size));
  const keys = h.keys;
  slots.sort((a, b) => {
    const x = (keys[a * 8] as number) >>> 0;
    const y = (keys[b * 8] as number) >>> 0;
    if (x !== y) return x - y;
    return less(h, a, b) ? -1 : less(h, b, a) ? 1 : 0;
  });
  const out = new Int32Array(slots.length * 8);
  slots.forEach((slot, i) => {
    out.set(keys.subarray(slot * 8, slot * 8 + 8), i * 8);
  });
  return { size: slots.length, ids: slots.map((slot) => h.ids[slot] as string), keys: out };
}
