/**
 * The synthetic pools of the draw benchmarks (deterministic): USCC-shaped ids in 4 strata (credit-risk classes
 * A–D), in a scrambled order, or generated lazily in id byte order as a database cursor would give them.
 */
import type { PoolEntry } from '../src/draw/index.js';

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
