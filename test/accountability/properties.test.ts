import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNTABILITY_FACT_NAMES,
  ACCOUNTABILITY_RULES,
  type AccountabilityFactName,
  type AccountabilityFacts,
  type AccountabilityRule,
  assessAccountability,
  type FactValue,
  ruleConditionFacts,
} from '../../src/accountability/index.js';

type Facts = { -readonly [K in AccountabilityFactName]?: FactValue };

/** Facts where each built-in fact is left out, `'unknown'`, true or false. */
const factsArb: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(
    ACCOUNTABILITY_FACT_NAMES.map((n) => [n, fc.constantFrom<FactValue>(true, false, 'unknown')]),
  ) as Record<AccountabilityFactName, fc.Arbitrary<FactValue>>,
  { requiredKeys: [] },
);

const unknownNames = (facts: Facts): AccountabilityFactName[] =>
  ACCOUNTABILITY_FACT_NAMES.filter((n) => facts[n] === undefined || facts[n] === 'unknown');

/** `facts` with every unknown fact set from `values` (cycled). */
function complete(facts: Facts, values: readonly boolean[]): Facts {
  const out: Facts = { ...facts };
  unknownNames(facts).forEach((n, i) => {
    out[n] = values[i % Math.max(values.length, 1)] ?? false;
  });
  return out;
}

const RUNS = { numRuns: 400 };

describe('assessAccountability: properties', () => {
  it('an unknown fact is never among the facts a ground rests on', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const a = assessAccountability(facts);
        for (const g of a.grounds) {
          for (const f of g.facts) {
            expect(f.value).not.toBe('unknown');
            expect(facts[f.name as AccountabilityFactName]).toBe(f.value);
          }
        }
      }),
      RUNS,
    );
  });

  it('learning the unknown facts changes the outcome only when it was needs-review', () => {
    fc.assert(
      fc.property(factsArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }), (facts, values) => {
        const before = assessAccountability(facts);
        const after = assessAccountability(complete(facts, values));
        if (before.outcome !== 'needs-review') expect(after.outcome).toBe(before.outcome);
        // Every ground still holds on the same facts (more may be found once the facts are known).
        for (const g of before.grounds) {
          const same = after.grounds.find((h) => h.ruleId === g.ruleId);
          expect(same?.facts).toEqual(expect.arrayContaining([...g.facts]));
        }
      }),
      RUNS,
    );
  });

  it('when unknown facts are the reason for review, some way they turn out changes the outcome', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const a = assessAccountability(facts);
        if (a.outcome !== 'needs-review' || a.reviewReasons.includes('conflict')) return;
        expect(a.missingFacts.length).toBeGreaterThan(0);
        // Every way the missing facts can turn out (2^k), the other facts as given: not all the same outcome.
        const k = a.missingFacts.length;
        const outcomes = new Set<string>();
        for (let mask = 0; mask < 2 ** k; mask++) {
          const known: Facts = { ...facts };
          a.missingFacts.forEach((n, i) => {
            known[n as AccountabilityFactName] = (mask & (1 << i)) !== 0;
          });
          outcomes.add(assessAccountability(known).outcome);
        }
        expect(outcomes.size).toBeGreaterThan(1);
      }),
      { numRuns: 200 },
    );
  });

  it('the missing facts are unknown, and knowing them all settles the outcome', () => {
    fc.assert(
      fc.property(factsArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }), (facts, values) => {
        const a = assessAccountability(facts);
        const unknown = unknownNames(facts);
        for (const m of a.missingFacts) expect(unknown).toContain(m);
        const known: Facts = { ...facts };
        a.missingFacts.forEach((m, i) => {
          known[m as AccountabilityFactName] = values[i % values.length] ?? true;
        });
        const settled = assessAccountability(known);
        expect(settled.missingFacts).toEqual([]);
        if (settled.outcome === 'needs-review') expect(settled.reviewReasons).toEqual(['conflict']);
      }),
      RUNS,
    );
  });

  it('adding a true fact that no rule reads never changes the assessment', () => {
    fc.assert(
      fc.property(
        factsArb,
        fc
          .stringMatching(/^[a-z][A-Za-z]{0,12}$/)
          .filter((n) => !(ACCOUNTABILITY_FACT_NAMES as readonly string[]).includes(n)),
        (facts, extra) => {
          const wider: AccountabilityFacts<string> = { ...facts, [extra]: true };
          expect(assessAccountability<string>(wider)).toEqual(assessAccountability(facts));
        },
      ),
      RUNS,
    );
  });

  it('with part of the rule set, a built-in fact none of its rules reads changes nothing when set true', () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.subarray([...ACCOUNTABILITY_RULES] as AccountabilityRule[]),
        fc.constantFrom(...ACCOUNTABILITY_FACT_NAMES),
        (facts, rules, name) => {
          const read = new Set(rules.flatMap((r) => ruleConditionFacts(r.when)));
          fc.pre(!read.has(name));
          expect(assessAccountability({ ...facts, [name]: true }, rules)).toEqual(
            assessAccountability(facts, rules),
          );
        },
      ),
      RUNS,
    );
  });

  it('is a function of its input: the same facts always give the same assessment', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        expect(assessAccountability({ ...facts })).toEqual(assessAccountability(facts));
      }),
      { numRuns: 100 },
    );
  });
});
