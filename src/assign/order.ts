import { type AssignPool, uniformStream } from './keys.js';

/** One place in a unit's random order: the inspector, the 1-based rank and the stream word that picked it. */
export interface RankedEntry {
  readonly id: string;
  readonly rank: number;
  readonly key: string;
}

/**
 * The random order (随机顺序) of a unit's eligible inspectors, computed lazily: rank 1 is
 * `eligible[uniform(n)]` from the list in UTF-16 code-unit order of ids, removed, then rank 2 from the rest, and
 * so on (sampling without replacement, so every order is equally likely). Only the ranks asked for are computed,
 * and asking further always extends the same order.
 *
 * @param eligible - eligible ids, sorted in code-unit order (`a < b`)
 * @param key - the unit key
 * @param pool - which pool's stream
 * @returns `at(r)`: the entry at 0-based position `r`, or `undefined` past the end
 * @example
 * ```ts
 * const order = randomOrder(['A', 'B', 'C'], unitKey('00'.repeat(32), 'T1', 'D'), 'officers');
 * order.at(0)?.rank; // 1
 * ```
 */
export function randomOrder(
  eligible: readonly string[],
  key: Uint8Array,
  pool: AssignPool,
): { readonly length: number; at(position: number): RankedEntry | undefined } {
  // Positions already taken, ascending: the i-th remaining entry is found by skipping them (no copy of the list).
  const taken: number[] = [];
  const picked: RankedEntry[] = [];
  // The stream is made on first use: a pool nobody is drawn from (no experts asked for) costs nothing.
  let next: ReturnType<typeof uniformStream> | undefined;
  return {
    length: eligible.length,
    at(position) {
      while (picked.length <= position && picked.length < eligible.length) {
        next ??= uniformStream(key, pool);
        const pick = next(eligible.length - picked.length);
        let original = pick.index;
        let slot = 0;
        while (slot < taken.length && (taken[slot] as number) <= original) {
          original++;
          slot++;
        }
        taken.splice(slot, 0, original);
        picked.push({ id: eligible[original] as string, rank: picked.length + 1, key: pick.word });
      }
      return picked[position];
    },
  };
}

/** Code-unit order of strings (the order every id list is sorted in before a draw). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
