import { describe, expect, it } from 'vitest';
import {
  ACCOUNTABILITY_RULES,
  evaluateRuleCondition,
  parseAccountabilityRules,
  type RuleCondition,
  ruleConditionFacts,
  when,
} from '../../src/accountability/index.js';
import { isSsjError } from '../../src/core/index.js';

/** `not` wrapped `levels` times around one fact: `levels + 1` levels in all. */
const nested = (levels: number): RuleCondition => {
  let c: RuleCondition = when.fact('nothingFound');
  for (let i = 0; i < levels; i += 1) c = when.not(c);
  return c;
};

function refusal(run: () => unknown): { code?: string; path?: readonly (string | number)[] | undefined } {
  try {
    run();
  } catch (e) {
    if (!isSsjError(e)) throw e;
    return { code: e.code, path: e.issues[0]?.path };
  }
  return {};
}

const asRule = (c: unknown) => [{ ...ACCOUNTABILITY_RULES[0], when: c }];

describe('a rule condition is refused before it can overflow the stack', () => {
  const cyclic = { op: 'not', of: {} } as { op: string; of: unknown };
  cyclic.of = cyclic;
  const deep = nested(100_000);
  // Twenty levels of `all(x, x)`: 2^20 branches although only 21 objects exist.
  let shared: RuleCondition = when.fact('nothingFound');
  for (let i = 0; i < 20; i += 1) shared = when.all(shared, shared);

  for (const [name, condition] of [
    ['a condition that refers back to itself', cyclic],
    ['a condition 100,001 levels deep', deep],
    ['a condition of 2^20 branches over shared parts', shared],
  ] as const) {
    it(`${name}: evaluateRuleCondition, ruleConditionFacts and parseAccountabilityRules give a coded error`, () => {
      expect(refusal(() => evaluateRuleCondition(condition as RuleCondition, {})).code).toBe(
        'ACCOUNTABILITY_RULE_INVALID',
      );
      expect(refusal(() => ruleConditionFacts(condition as RuleCondition)).code).toBe(
        'ACCOUNTABILITY_RULE_INVALID',
      );
      const inRules = refusal(() => parseAccountabilityRules(asRule(condition)));
      expect(inRules.code).toBe('ACCOUNTABILITY_RULE_INVALID');
      expect(inRules.path?.slice(0, 2)).toEqual([0, 'when']);
    });
  }

  it('names the first level past the bound: 33 `of` links down', () => {
    const { path } = refusal(() => ruleConditionFacts(nested(40)));
    expect(path).toEqual(Array.from({ length: 33 }, () => 'of'));
  });

  it('takes a condition of 33 levels, a thousand parts, and every built-in rule set', () => {
    expect(evaluateRuleCondition(nested(32), { nothingFound: true }).value).toBe(true);
    const wide: RuleCondition = { op: 'any', of: Array.from({ length: 1000 }, (_, i) => when.fact(`f${i}`)) };
    expect(ruleConditionFacts(wide)).toHaveLength(1000);
    expect(parseAccountabilityRules([...ACCOUNTABILITY_RULES])).toHaveLength(ACCOUNTABILITY_RULES.length);
  });
});
