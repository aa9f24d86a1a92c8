import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { drawInputIssues, seedInputIssues, seedIssues } from '../../src/draw/request-guards.js';
import { exclusionSchema, sampleSpecSchema, seedSchema } from '../../src/draw/schemas.js';

/** Values near the draw's shapes: right and wrong keys, numbers at and past their bounds, odd types. */
const odd = fc.oneof(
  fc.constantFrom(undefined, null, '', 'x', 'ceil', 'up', 0, -0, 1, -1, 0.5, 1.5, 2, NaN, Infinity, true, []),
  fc.double(),
  fc.integer({ min: -3, max: Number.MAX_SAFE_INTEGER }),
  fc.constant(Number.MAX_SAFE_INTEGER + 2),
  fc.string({ maxLength: 3 }),
);
const size = fc.oneof(
  fc.record({ count: odd }, { requiredKeys: [] }),
  fc.record({ count: fc.oneof(fc.nat(), odd) }),
  fc.record({ ratio: fc.oneof(fc.double({ min: -0.5, max: 1.5 }), odd) }),
  fc.record(
    {
      ratio: fc.double({ min: 0, max: 1, noNaN: true }),
      rounding: fc.constantFrom('ceil', 'floor', 'round'),
    },
    { requiredKeys: ['ratio'] },
  ),
  fc.record({ ratio: odd, rounding: odd, count: odd, extra: odd }, { requiredKeys: [] }),
  odd,
);
const sample = fc.oneof(
  size,
  fc.record({ strata: fc.dictionary(fc.constantFrom('A', 'B', 'C类'), size, { maxKeys: 3 }) }),
  fc.record({ strata: fc.oneof(odd, fc.array(size, { maxLength: 2 })), count: odd }, { requiredKeys: [] }),
);
const exclusion = fc.oneof(
  fc.record(
    {
      id: fc.string({ maxLength: 3 }),
      reason: fc.string({ maxLength: 3 }),
      code: fc.string({ maxLength: 2 }),
    },
    { requiredKeys: ['id', 'reason'] },
  ),
  fc.record({ id: odd, reason: odd, code: odd, other: odd }, { requiredKeys: [] }),
  odd,
);
const exclude = fc.oneof(fc.constant(undefined), fc.array(exclusion, { maxLength: 3 }), odd);
const hex = fc.stringMatching(/^[0-9a-fA-F]{63,65}$/);

const reference = z.object({ sample: sampleSpecSchema, exclude: z.optional(z.array(exclusionSchema)) });
const seedReference = z.object({
  commitmentDigest: seedSchema,
  randomness: z.array(z.string()).check(z.minLength(1)),
});
const paths = (issues: readonly { path: readonly PropertyKey[] }[]) =>
  [...new Set(issues.map((i) => i.path.slice(0, 1).join('.')))].sort();

describe("the draw's hand checks accept and refuse exactly what its schemas do", () => {
  it('for the sample and exclusions of a direct draw', () => {
    fc.assert(
      fc.property(sample, exclude, (s, e) => {
        const input = { sample: s, exclude: e };
        const expected = z.safeParse(reference, input);
        const issues = drawInputIssues(input);
        expect(issues.length === 0).toBe(expected.success);
        if (!expected.success) expect(paths(issues)).toEqual(paths(expected.error.issues));
      }),
      { numRuns: 3000 },
    );
  });

  it('for a seed and for the inputs of a derived seed', () => {
    fc.assert(
      fc.property(
        fc.oneof(hex, odd),
        fc.oneof(fc.array(fc.oneof(fc.string(), odd), { maxLength: 3 }), odd),
        (d, r) => {
          expect(seedIssues(d, ['seed']).length === 0).toBe(z.safeParse(seedSchema, d).success);
          const expected = z.safeParse(seedReference, { commitmentDigest: d, randomness: r }).success;
          expect(seedInputIssues(d, r).length === 0).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('names where each problem is and what was expected there', () => {
    expect(drawInputIssues({ sample: { count: -1 }, exclude: [{ id: '', reason: 'x' }] })).toEqual([
      { path: ['sample', 'count'], message: 'Too small: expected number to be >=0' },
      { path: ['exclude', 0, 'id'], message: 'Too small: expected string to have >=1 characters' },
    ]);
    expect(drawInputIssues({ sample: { strata: { A: { ratio: 0.2, rounding: 'up' } } } })).toEqual([
      {
        path: ['sample', 'strata', 'A', 'rounding'],
        message: 'Invalid input: expected "ceil" | "floor" | "round", received string',
        expected: '"ceil" | "floor" | "round"',
      },
    ]);
    expect(seedIssues('AB'.repeat(32), ['seed'])).toEqual([
      { path: ['seed'], message: 'expected 64 lower-case hex characters' },
    ]);
    expect(seedInputIssues('ab'.repeat(32), [])).toEqual([
      { path: ['randomness'], message: 'at least one randomness value is needed' },
    ]);
  });
});
