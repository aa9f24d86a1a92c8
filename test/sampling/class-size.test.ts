import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClassRule, computeClassSize } from '../../src/sampling/index.js';
import { arbClassRule, arbRatio } from './fixtures.js';

/** The documented formula, written out again with BigInt so the test does not reuse the implementation. */
function documentedSize(
  eligible: number,
  rule: ClassRule,
  combine: 'larger' | 'smaller',
  ceilingRatio: number,
): number {
  const ceilOf = (r: number): number => {
    const num = BigInt(eligible) * BigInt(Math.round(r * 1e6));
    return Number((num + 999_999n) / 1_000_000n);
  };
  const fromRatio = rule.ratio === undefined ? undefined : ceilOf(Math.min(rule.ratio, ceilingRatio));
  let size: number;
  if (fromRatio !== undefined && rule.count !== undefined) {
    size = combine === 'larger' ? Math.max(fromRatio, rule.count) : Math.min(fromRatio, rule.count);
  } else {
    size = fromRatio ?? rule.count ?? 0;
  }
  if (rule.min !== undefined) size = Math.max(size, rule.min);
  if (rule.max !== undefined) size = Math.min(size, rule.max);
  if (ceilingRatio < 1) size = Math.min(size, ceilOf(ceilingRatio));
  return Math.min(size, eligible);
}

const opts = { rounding: 'ceil', combine: 'larger', ceilingRatio: 1 } as const;

describe('computeClassSize: the per-class formula', () => {
  it('a plan stating "10% (20户)" with 150 eligible draws the larger: 20', () => {
    const s = computeClassSize(150, { label: 'B', ratio: 0.1, count: 20 }, opts);
    expect(s).toMatchObject({ raw: 15, rounded: 15, base: 20, size: 20, boundsApplied: [] });
    expect(s.formula).toBe('ceil(150 × 10% = 15) = 15; larger of that and count 20 = 20');
  });

  it('a minimum is raised to, but never beyond the eligible count', () => {
    expect(computeClassSize(40, { label: 'A', ratio: 0.02, min: 5 }, opts)).toMatchObject({
      rounded: 1,
      size: 5,
      boundsApplied: ['min'],
    });
    expect(computeClassSize(3, { label: 'A', ratio: 0.02, min: 5 }, opts)).toMatchObject({
      size: 3,
      boundsApplied: ['min', 'eligible'],
    });
  });

  it('a maximum caps a large ratio: 61% of 500 with max 200 draws 200', () => {
    expect(computeClassSize(500, { label: 'D', ratio: 0.61, max: 200 }, opts)).toMatchObject({
      rounded: 305,
      size: 200,
      boundsApplied: ['max'],
    });
  });

  it('general items are capped by the priority ceiling; key items reach 100%', () => {
    const rule = { label: 'D', ratio: 1 };
    const general = computeClassSize(80, rule, { ...opts, ceilingRatio: 0.3 });
    expect(general).toMatchObject({ effectiveRatio: 0.3, rounded: 24, size: 24 });
    expect(general.formula).toContain('capped');
    expect(computeClassSize(80, rule, opts).size).toBe(80);
  });

  it('a count larger than the class is cut to the eligible count', () => {
    expect(computeClassSize(7, { label: 'C', count: 20 }, opts)).toMatchObject({
      size: 7,
      boundsApplied: ['eligible'],
    });
  });

  it('equals the documented formula for every rule, bounded and never above eligible', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        arbClassRule,
        fc.constantFrom('larger', 'smaller') as fc.Arbitrary<'larger' | 'smaller'>,
        arbRatio(3),
        (eligible, rule, combine, ceilingRatio) => {
          const s = computeClassSize(eligible, rule, { rounding: 'ceil', combine, ceilingRatio });
          expect(s.size).toBe(documentedSize(eligible, rule, combine, ceilingRatio));
          expect(s.size).toBeGreaterThanOrEqual(0);
          expect(s.size).toBeLessThanOrEqual(eligible);
          if (rule.max !== undefined) expect(s.size).toBeLessThanOrEqual(rule.max);
          if (rule.min !== undefined && ceilingRatio === 1) {
            expect(s.size).toBeGreaterThanOrEqual(Math.min(rule.min, eligible));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('computeClassSize input', () => {
  it('refuses a rule with neither ratio nor count, and a negative eligible count', () => {
    expect(() => computeClassSize(10, { label: 'x' }, opts)).toThrow(
      expect.objectContaining({ code: 'SAMPLING_INPUT_INVALID' }),
    );
    expect(() => computeClassSize(-1, { label: 'x', ratio: 0.1 }, opts)).toThrow(
      expect.objectContaining({ code: 'SAMPLING_INPUT_INVALID' }),
    );
  });
});
