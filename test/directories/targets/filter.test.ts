import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFilter,
  matchesFilter,
  parseTargetFilter,
  safeParseTargetFilter,
  type TargetFilter,
} from '../../../src/directories/index.js';
import { generateTargets } from '../../../src/testing/index.js';

const targets = generateTargets({ seed: 'filters', count: 3000 });

const filterArb: fc.Arbitrary<TargetFilter> = fc.record(
  {
    kinds: fc.uniqueArray(fc.constantFrom('enterprise', 'individual-business', 'product'), { minLength: 1 }),
    scales: fc.uniqueArray(fc.constantFrom('micro', 'small', 'medium', 'large'), { minLength: 1 }),
    industryPrefixes: fc.uniqueArray(fc.constantFrom('C', 'F', 'H62', 'F5212', 'B0610'), { minLength: 1 }),
    regionPrefixes: fc.uniqueArray(fc.constantFrom('15', '1506', '150621', '150627'), { minLength: 1 }),
    statuses: fc.uniqueArray(fc.constantFrom('operating', 'suspended', 'revoked'), { minLength: 1 }),
    creditClasses: fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D'), { minLength: 1 }),
    tags: fc.uniqueArray(fc.constantFrom('食品', '餐饮', '流通'), { minLength: 1 }),
    anyTags: fc.uniqueArray(fc.constantFrom('食品', '安全生产'), { minLength: 1 }),
    abnormal: fc.boolean(),
    active: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('target filters for directed draws (定向抽查)', () => {
  it('property: a filter stored as JSON and read back selects the same targets', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const stored = JSON.parse(JSON.stringify({ filter })) as { filter: unknown };
        const again = parseTargetFilter(stored.filter);
        expect(again).toEqual(filter);
        expect(applyFilter(targets, again)).toEqual(applyFilter(targets, filter));
      }),
      { numRuns: 100 },
    );
  });

  it('property: every field narrows (AND) and the result is a subsequence of the input', () => {
    fc.assert(
      fc.property(filterArb, filterArb, (a, b) => {
        const both = applyFilter(targets, { ...b, ...a });
        const onlyA = applyFilter(targets, a);
        expect(both.every((t) => onlyA.includes(t))).toBe(true);
        expect(onlyA.every((t) => matchesFilter(t, a))).toBe(true);
        expect(targets.filter((t) => !onlyA.includes(t)).some((t) => matchesFilter(t, a))).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('takes all manufacturing under C and one county under its 6-digit code', () => {
    const picked = applyFilter(targets, { industryPrefixes: ['C'], regionPrefixes: ['150621'] });
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.every((t) => t.industry.startsWith('C') && t.region === '150621')).toBe(true);
  });

  it('matches everything with an empty filter', () => {
    expect(applyFilter(targets, {})).toHaveLength(targets.length);
  });

  it('rejects empty lists, unknown fields and bad prefixes so a stored filter means one thing', () => {
    expect(safeParseTargetFilter({ kinds: [] }).success).toBe(false);
    expect(safeParseTargetFilter({ colour: 'red' }).success).toBe(false);
    expect(safeParseTargetFilter({ regionPrefixes: ['150'] }).success).toBe(false);
    expect(safeParseTargetFilter({ industryPrefixes: ['c13'] }).success).toBe(false);
    const bad = safeParseTargetFilter({ creditClasses: ['E'] });
    expect(bad.success === false && bad.error.code).toBe('DIRECTORY_INVALID');
  });

  it('does not match targets without a scale when scales are asked for', () => {
    const products = generateTargets({ seed: 'p', count: 5, kinds: ['product'] });
    expect(applyFilter(products, { scales: ['micro', 'small', 'medium', 'large'] })).toEqual([]);
  });
});
