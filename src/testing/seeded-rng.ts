import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { sha256 } from '../core/index.js';
import { expectString } from '../core/internal.js';

/** The label hashed in front of every seed, so these streams never coincide with other uses of the seed. */
const DOMAIN = 'shuangsuiji/testing/1\n';

/**
 * The 128-bit xoroshiro128+ state for a seed string: the first 16 bytes of SHA-256(`shuangsuiji/testing/1\n` +
 * seed), as four signed 32-bit words (never a 32-bit seed).
 *
 * @param seed - any string
 * @returns four 32-bit words
 * @example
 * ```ts
 * seedState('demo').length; // 4
 * ```
 *
 * @example
 * Run in `examples/synthetic-data.ts`:
 *
 * {@includeCode ../../examples/synthetic-data.ts#seed}
 */
export function seedState(seed: string): readonly [number, number, number, number] {
  expectString(seed, 'seed');
  const h = sha256(`${DOMAIN}${seed}`);
  const word = (i: number) =>
    ((h[i] as number) << 24) |
    ((h[i + 1] as number) << 16) |
    ((h[i + 2] as number) << 8) |
    (h[i + 3] as number);
  const state = [word(0), word(4), word(8), word(12)] as const;
  return state.every((w) => w === 0) ? [1, 0, 0, 0] : state;
}

/** A private, mutable source of random choices for one generation run (not exported from the module). */
export interface Rng {
  /** An integer in `[from, to]`, both included. */
  int(from: number, to: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `true` with probability `p` (to 1 in a million). */
  chance(p: number): boolean;
  /** An index chosen with integer weights (cumulative table from {@link cumulative}). */
  weighted(cumulativeWeights: readonly number[]): number;
}

/**
 * Cumulative sums of integer weights, for {@link Rng.weighted}.
 *
 * @param weights - non-negative integers, not all 0
 * @returns running totals
 * @example
 * ```ts
 * cumulative([3, 1, 2]); // [3, 4, 6]
 * ```
 */
export function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => {
    sum += w;
    return sum;
  });
}

/**
 * A seeded random source over pure-rand's xoroshiro128+ (seeded with {@link seedState}). It mutates itself: keep
 * it inside one function call, so that function stays pure (same seed, same output).
 *
 * @param seed - any string
 * @returns an {@link Rng}
 * @example
 * ```ts
 * createRng('demo').int(1, 6); // the same die roll for the same seed
 * ```
 */
export function createRng(seed: string): Rng {
  const g = xoroshiro128plusFromState(seedState(seed));
  return {
    int: (from, to) => uniformInt(g, from, to),
    pick: (items) => items[uniformInt(g, 0, items.length - 1)] as (typeof items)[number],
    chance: (p) => uniformInt(g, 0, 999_999) < Math.round(p * 1_000_000),
    weighted: (cum) => {
      const r = uniformInt(g, 0, (cum[cum.length - 1] as number) - 1);
      let i = 0;
      while ((cum[i] as number) <= r) i++;
      return i;
    },
  };
}
