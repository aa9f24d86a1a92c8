import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateRuleCondition,
  type FactValue,
  type RuleCondition,
  ruleConditionFacts,
  when,
} from '../../src/accountability/index.js';

const V: readonly FactValue[] = [true, false, 'unknown'];
const a = when.fact('a');
const b = when.fact('b');

describe('evaluateRuleCondition: Kleene three-valued logic', () => {
  // Kleene's strong tables, written out: rows a, columns b in the order true, false, unknown.
  const AND = [
    [true, false, 'unknown'],
    [false, false, false],
    ['unknown', false, 'unknown'],
  ];
  const OR = [
    [true, true, true],
    [true, false, 'unknown'],
    [true, 'unknown', 'unknown'],
  ];
  it.each(V.flatMap((x, i) => V.map((y, j) => [x, y, i, j] as const)))(
    'a=%s, b=%s: all and any follow the tables',
    (x, y, i, j) => {
      expect(evaluateRuleCondition(when.all(a, b), { a: x, b: y }).value).toBe(AND[i]?.[j]);
      expect(evaluateRuleCondition(when.any(a, b), { a: x, b: y }).value).toBe(OR[i]?.[j]);
    },
  );

  it.each([
    [true, false],
    [false, true],
    ['unknown', 'unknown'],
  ] as const)('not %s is %s', (x, y) => {
    expect(evaluateRuleCondition(when.not(a), { a: x }).value).toBe(y);
  });

  it.each([
    [true, true],
    [false, false],
    ['unknown', true],
  ] as const)('possibly %s is %s', (x, y) => {
    expect(evaluateRuleCondition(when.possibly(a), { a: x }).value).toBe(y);
  });

  it('a missing fact is unknown', () => {
    expect(evaluateRuleCondition(a, {})).toEqual({ value: 'unknown', decisive: [], unknown: ['a'] });
  });

  it('an inherited property is not a fact', () => {
    const facts = Object.create({ a: true }) as Record<string, FactValue>;
    expect(evaluateRuleCondition(a, facts).value).toBe('unknown');
  });

  it('all is settled by its false parts alone, and names only them', () => {
    const r = evaluateRuleCondition(when.all(a, b, when.fact('c')), { a: true, b: false });
    expect(r).toEqual({ value: false, decisive: [{ name: 'b', value: false }], unknown: [] });
  });

  it('any left open names only the unknown facts', () => {
    const r = evaluateRuleCondition(when.any(a, b, when.fact('c')), { a: false, c: 'unknown' });
    expect(r).toEqual({ value: 'unknown', decisive: [], unknown: ['b', 'c'] });
  });

  it('not keeps the facts that decide its part', () => {
    expect(evaluateRuleCondition(when.not(when.all(a, b)), { a: false }).decisive).toEqual([
      { name: 'a', value: false },
    ]);
  });
});

const conditionArb: fc.Arbitrary<RuleCondition> = fc.letrec<{ c: RuleCondition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b', 'c', 'd').map((f) => when.fact(f)),
    fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((of) => ({ op: 'all', of }) as const),
    fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((of) => ({ op: 'any', of }) as const),
    tie('c').map((of) => ({ op: 'not', of }) as const),
  ),
})).c;

const factsArb = fc.record(
  { a: fc.constantFrom(...V), b: fc.constantFrom(...V), c: fc.constantFrom(...V), d: fc.constantFrom(...V) },
  { requiredKeys: [] },
);

describe('evaluateRuleCondition: properties', () => {
  it('a known value stays the same whatever the unknown facts turn out to be (without possibly)', () => {
    fc.assert(
      fc.property(
        conditionArb,
        factsArb,
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (c, facts, fill) => {
          const r = evaluateRuleCondition(c, facts);
          const completed = Object.fromEntries(
            ['a', 'b', 'c', 'd'].map((n, i) => {
              const v = facts[n as keyof typeof facts];
              return [n, v === undefined || v === 'unknown' ? fill[i] : v];
            }),
          ) as Record<string, FactValue>;
          const known = evaluateRuleCondition(c, completed).value;
          expect(known).not.toBe('unknown');
          if (r.value !== 'unknown') expect(known).toBe(r.value);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the decisive facts alone give the same value; the unknown facts are unknown and read by the condition', () => {
    fc.assert(
      fc.property(conditionArb, factsArb, (c, facts) => {
        const r = evaluateRuleCondition(c, facts);
        if (r.value !== 'unknown') {
          const only = Object.fromEntries(r.decisive.map((u) => [u.name, u.value]));
          expect(evaluateRuleCondition(c, only).value).toBe(r.value);
        }
        for (const n of r.unknown) {
          expect(ruleConditionFacts(c)).toContain(n);
          expect(facts[n as keyof typeof facts] ?? 'unknown').toBe('unknown');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('ruleConditionFacts', () => {
  it('lists each fact once, in order of first appearance', () => {
    expect(ruleConditionFacts(when.all(b, when.any(a, when.not(b)), when.possibly(when.fact('c'))))).toEqual([
      'b',
      'a',
      'c',
    ]);
  });
});
