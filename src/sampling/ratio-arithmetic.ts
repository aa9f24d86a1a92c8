import * as z from 'zod/mini';
import { parseWith } from '../core/internal.js';
import type { RoundingRule } from './policy-types.js';

/**
 * Ratios are exact to this many decimal places (a millionth, 0.0001%).
 *
 * @example
 * ```ts
 * Number((1 / 3).toFixed(RATIO_DECIMALS)); // 0.333333, a ratio a policy accepts
 * ```
 */
export const RATIO_DECIMALS = 6;
const SCALE = 10 ** RATIO_DECIMALS;

/**
 * The largest count of targets the exact arithmetic handles (10⁹ targets in one stratum).
 *
 * @example
 * ```ts
 * applyRatio(MAX_STRATUM_SIZE, 0.000001, 'ceil').rounded; // 1000
 * ```
 */
export const MAX_STRATUM_SIZE = 1_000_000_000;

/**
 * Whether `ratio` is a sampling ratio (抽查比例) the library computes with exactly: a number in [0, 1] with at
 * most {@link RATIO_DECIMALS} decimal places.
 *
 * @param ratio - the ratio to check
 * @returns `true` for a usable ratio
 * @example
 * ```ts
 * isExactRatio(0.05); // true
 * isExactRatio(1 / 3); // false: round it to six places first
 * ```
 *
 * @example
 * Run in `examples/sampling-arithmetic.ts`:
 *
 * {@includeCode ../../examples/sampling-arithmetic.ts#ratio}
 */
export function isExactRatio(ratio: number): boolean {
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) return false;
  const scaled = ratio * SCALE;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** The result of applying a ratio to a count: the exact product and its rounded value. */
export interface RatioProduct {
  /** `count × ratio`, exact to {@link RATIO_DECIMALS} places (e.g. `107 × 0.05 = 5.35`). */
  readonly raw: number;
  /** `raw` rounded by the rule. */
  readonly rounded: number;
}

/**
 * Multiplies a count by a ratio in exact integer arithmetic and rounds the product (抽查数量 = 总数 × 比例,
 * 向上取整 by default). Floating point would give `ceil(100 × 0.07) = 8`; this gives 7.
 *
 * @param count - a whole number of targets, 0 … {@link MAX_STRATUM_SIZE}
 * @param ratio - a ratio in [0, 1] with at most six decimal places
 * @param rounding - `ceil` (向上取整), `floor` (向下取整) or `round` (四舍五入, halves up)
 * @returns the exact product and the rounded count
 * @throws {SsjError} `SAMPLING_INPUT_INVALID` for a count that is not a whole number in range, a ratio outside
 *   [0, 1] or with more than six decimals, or an unknown rounding rule
 * @example
 * ```ts
 * applyRatio(107, 0.05, 'ceil'); // { raw: 5.35, rounded: 6 }
 * ```
 *
 * @example
 * Run in `examples/sampling-arithmetic.ts`:
 *
 * {@includeCode ../../examples/sampling-arithmetic.ts#ratio}
 */
export function applyRatio(count: number, ratio: number, rounding: RoundingRule): RatioProduct {
  parseWith(applyRatioSchema, { count, ratio, rounding }, 'ratio product', 'SAMPLING_INPUT_INVALID');
  return ratioProduct(count, ratio, rounding);
}

const applyRatioSchema = z.object({
  count: z.number().check(z.int(), z.gte(0), z.lte(MAX_STRATUM_SIZE)),
  ratio: z
    .number()
    .check(z.refine(isExactRatio, 'Expected a ratio between 0 and 1 with at most six decimal places')),
  rounding: z.enum(['ceil', 'floor', 'round']),
});

/** {@link applyRatio} without input checks, for callers whose inputs are already validated. */
export function ratioProduct(count: number, ratio: number, rounding: RoundingRule): RatioProduct {
  const product = count * Math.round(ratio * SCALE); // an exact integer below 2^53
  const remainder = product % SCALE;
  const whole = (product - remainder) / SCALE;
  const raw = product / SCALE;
  switch (rounding) {
    case 'ceil':
      return { raw, rounded: remainder === 0 ? whole : whole + 1 };
    case 'floor':
      return { raw, rounded: whole };
    case 'round':
      return { raw, rounded: remainder * 2 >= SCALE ? whole + 1 : whole };
    default:
      return assertNever(rounding);
  }
}

/**
 * Adds or subtracts ratios exactly at {@link RATIO_DECIMALS} places (for ratio adjustments), so that
 * `0.05 + 0.05` is `0.1` and not `0.10000000000000001`.
 *
 * @param a - a ratio
 * @param b - a ratio (may be negative)
 * @returns `a + b`, rounded to six places
 * @example
 * ```ts
 * addRatios(0.1, 0.2); // 0.3
 * ```
 */
export function addRatios(a: number, b: number): number {
  return (Math.round(a * SCALE) + Math.round(b * SCALE)) / SCALE;
}

/** Formats a ratio as a percentage for explanations: `0.05` → `5%`, `0.0375` → `3.75%`. */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * SCALE) / (SCALE / 100)}%`;
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value ${String(value)}`);
}
