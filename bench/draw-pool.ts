/**
 * The synthetic pools of the draw benchmarks (deterministic): USCC-shaped ids in 4 strata (credit-risk classes
 * A–D), in a scrambled order, or generated lazily in id byte order as a database cursor would give them.
 */
import type { PoolBatch, PoolEntry } from '../src/draw/index.js';

export const STRATA = ['A', 'B', 'C', 'D'] as const;

/** Entry `i` of the sorted pool: ids increase with `i`. */
export const entryAt = (i: number): PoolEntry => ({
  id: `91150621MA${String(i).padStart(9, '0')}`,
  stratum: STRATA[((i * 2654435761) % 4) >>> 0] as string,
});

/** `n` entries in a scrambled (not sorted) order. */
export function scrambledPool(n: number): PoolEntry[] {
  const step = 7_919; // prime, coprime with the sizes used
  return Array.from({ length: n }, (_, i) => entryAt((i * step) % n));
}

/** Entries `[from, to)` in id byte order, generated lazily. */
export function* sortedEntries(from: number, to: number): Generator<PoolEntry> {
  for (let i = from; i < to; i++) yield entryAt(i);
}

/** Pool count per stratum of entries `[0, n)`. */
export function strataCounts(n: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const s = entryAt(i).stratum as string;
    counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}

/**
 * Entries `[from, to)` in id byte order as byte batches of `size` entries (a columnar reader's output): the ids'
 * bytes back to back, their ends, and each one's stratum index. Generated lazily, one batch at a time.
 */
export function* sortedBatches(from: number, to: number, size = 65_536): Generator<PoolBatch> {
  const prefix = new TextEncoder().encode('91150621MA');
  const width = prefix.length + 9;
  for (let start = from; start < to; start += size) {
    const n = Math.min(size, to - start);
    const ids = new Uint8Array(n * width);
    const ends = new Uint32Array(n);
    const stratumOf = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      const i = start + k;
      const at = k * width;
      ids.set(prefix, at);
      let v = i;
      for (let d = width - 1; d >= prefix.length; d--) {
        ids[at + d] = 0x30 + (v % 10);
        v = Math.floor(v / 10);
      }
      ends[k] = at + width;
      stratumOf[k] = ((i * 2654435761) % 4) >>> 0;
    }
    yield { ids, ends, strata: STRATA, stratumOf };
  }
}
