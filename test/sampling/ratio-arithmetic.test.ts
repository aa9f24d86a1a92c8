import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRatio, isExactRatio } from '../../src/sampling/index.js';
import { addRatios, formatPercent } from '../../src/sampling/ratio-arithmetic.js';
import { arbRatio } from './fixtures.js';

/** The same product in BigInt rational arithmetic, independently of the implementation. */
function reference(count: number, ratio: number, rounding: 'ceil' | 'floor' | 'round'): number {
  const num = BigInt(count) * BigInt(Math.round(ratio * 1e6));
  const den = 1_000_000n;
  const q = num / den;
  const r = num % den;
  if (rounding === 'floor') return Number(q);
  if (rounding === 'ceil') return Number(r === 0n ? q : q + 1n);
  return Number(r * 2n >= den ? q + 1n : q);
}

describe('applyRatio: 抽查数量 = 总数 × 比例, exactly', () => {
  it('ceil(100 × 7%) is 7, where floating point would give 8', () => {
    expect(Math.ceil(100 * 0.07)).toBe(8);
    expect(applyRatio(100, 0.07, 'ceil')).toEqual({ raw: 7, rounded: 7 });
  });

  it('rounds 107 × 5% = 5.35 up, down and to nearest', () => {
    expect(applyRatio(107, 0.05, 'ceil')).toEqual({ raw: 5.35, rounded: 6 });
    expect(applyRatio(107, 0.05, 'floor')).toEqual({ raw: 5.35, rounded: 5 });
    expect(applyRatio(107, 0.05, 'round')).toEqual({ raw: 5.35, rounded: 5 });
    expect(applyRatio(110, 0.05, 'round')).toEqual({ raw: 5.5, rounded: 6 });
  });

  it('agrees with BigInt rational arithmetic for every count, ratio and rule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        arbRatio(6),
        fc.constantFrom('ceil', 'floor', 'round') as fc.Arbitrary<'ceil' | 'floor' | 'round'>,
        (count, ratio, rounding) => {
          const { rounded, raw } = applyRatio(count, ratio, rounding);
          expect(rounded).toBe(reference(count, ratio, rounding));
          expect(Math.abs(raw - count * ratio)).toBeLessThanOrEqual(1e-6 * Math.max(1, count * ratio));
          expect(rounded).toBeLessThanOrEqual(count);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('ratio helpers', () => {
  it('accepts ratios with at most six decimals only', () => {
    expect(isExactRatio(0.123456)).toBe(true);
    expect(isExactRatio(0.1234567)).toBe(false);
    expect(isExactRatio(1.01)).toBe(false);
    expect(isExactRatio(Number.NaN)).toBe(false);
  });

  it('adds ratios without floating-point drift and formats them as percentages', () => {
    expect(addRatios(0.1, 0.2)).toBe(0.3);
    expect(addRatios(0.21, -0.05)).toBe(0.16);
    expect(formatPercent(0.0375)).toBe('3.75%');
    expect(formatPercent(1)).toBe('100%');
  });
});

describe('public helpers check their input', () => {
  it('applyRatio refuses a fractional count and a ratio above 1 with SAMPLING_INPUT_INVALID', () => {
    expect(() => applyRatio(10.5, 0.1, 'ceil')).toThrow(
      expect.objectContaining({ code: 'SAMPLING_INPUT_INVALID' }),
    );
    expect(() => applyRatio(10, 1.2, 'ceil')).toThrow(
      expect.objectContaining({ code: 'SAMPLING_INPUT_INVALID' }),
    );
  });
});
