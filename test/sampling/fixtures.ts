import fc from 'fast-check';
import type { SamplingPolicy, SamplingTarget } from '../../src/sampling/index.js';
import { parseSamplingPolicy } from '../../src/sampling/index.js';

/** Class letters for generated targets. */
export const CLASSES = ['A', 'B', 'C', 'D'] as const;

/** `n` operating targets with ids `t0…`, classes cycling by `pattern`. */
export function makeTargets(
  n: number,
  pattern: readonly (typeof CLASSES)[number][] = CLASSES,
): SamplingTarget[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `t${String(i).padStart(5, '0')}`,
    creditClass: pattern[i % pattern.length] ?? 'A',
    status: 'operating' as const,
  }));
}

/** A plain policy with the given ratios and nothing else. */
export function ratioPolicy(a: number, b: number, c: number, d: number): SamplingPolicy {
  return parseSamplingPolicy({
    id: 'test-policy',
    name: 'test',
    classes: {
      A: { label: '信用风险低', ratio: a },
      B: { label: '信用风险一般', ratio: b },
      C: { label: '信用风险较高', ratio: c },
      D: { label: '信用风险高', ratio: d },
    },
  });
}

/** A ratio in [0, 1] with at most `decimals` places (as the policy requires). */
export const arbRatio = (decimals = 4): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: 10 ** decimals }).map((n) => n / 10 ** decimals);

/** An arbitrary class rule: ratio and/or count, optional min/max with min ≤ max. */
export const arbClassRule = fc
  .record({
    ratio: fc.option(arbRatio(), { nil: undefined }),
    count: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
    lo: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    span: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  })
  .map(({ ratio, count, lo, span }) => ({
    label: 'x',
    ...(ratio === undefined && count === undefined ? { ratio: 0.1 } : {}),
    ...(ratio === undefined ? {} : { ratio }),
    ...(count === undefined ? {} : { count }),
    ...(lo === undefined ? {} : { min: lo }),
    ...(span === undefined ? {} : { max: (lo ?? 0) + span }),
  }));
