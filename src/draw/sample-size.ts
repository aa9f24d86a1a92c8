import type { SampleSize, SampleSpec } from './types.js';

/**
 * How a ratio becomes a count (抽查比例取整), as data. The common practice is ceil(total × ratio), so a plan's
 * "3%" never rounds a small class down to zero targets.
 */
export const RATIO_ROUNDING = {
  default: 'ceil',
  source:
    'common practice of plans stating ratio and count together, e.g. "10%（20户）": ceil(total × ratio)',
  /** |x − round(x)| at or below this counts as the integer round(x), so 0.03 × 100 is 3, not 4. */
  tolerance: 1e-9,
} as const satisfies { default: 'ceil' | 'floor' | 'round'; source: string; tolerance: number };

/** The rounding a size uses: its own, or the default. */
export function roundingOf(size: SampleSize): 'ceil' | 'floor' | 'round' {
  return 'ratio' in size ? (size.rounding ?? RATIO_ROUNDING.default) : RATIO_ROUNDING.default;
}

/**
 * The number of targets a size asks for, for a size already known to be valid (the unchecked core of the public
 * `resolveSize` in `resolve-size.ts`, which the draw calls per stratum after parsing its request once).
 *
 * @param size - a count or a ratio
 * @param poolCount - entries of the stratum in the pool (before exclusions)
 * @returns the count asked for
 */
export function resolveSize(size: SampleSize, poolCount: number): number {
  if ('count' in size) return size.count;
  let x = size.ratio * poolCount;
  const nearest = Math.round(x);
  if (Math.abs(x - nearest) <= RATIO_ROUNDING.tolerance) x = nearest;
  const rounding = roundingOf(size);
  switch (rounding) {
    case 'ceil':
      return Math.ceil(x);
    case 'floor':
      return Math.floor(x);
    case 'round':
      return Math.floor(x + 0.5);
    default: {
      const never: never = rounding;
      return never;
    }
  }
}

/**
 * The size a sample asks of one stratum: the stratum's own size, the one size for all strata, or none.
 *
 * @param sample - the sample spec
 * @param stratum - the stratum name
 * @returns the size, or `undefined` when the spec names strata and not this one
 */
export function sizeForStratum(sample: SampleSpec, stratum: string): SampleSize | undefined {
  if ('strata' in sample) return Object.hasOwn(sample.strata, stratum) ? sample.strata[stratum] : undefined;
  return sample;
}
