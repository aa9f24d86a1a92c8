import { parseWith } from '../core/internal.js';
import { assertNever, type RuleCondition } from './rule-condition.js';
import { ruleConditionSchema } from './rule-schema.js';

/**
 * The facts a condition reads, each once, in the order they first appear.
 *
 * @param condition - a condition
 * @returns the fact names
 * @throws {SsjError} `ACCOUNTABILITY_RULE_INVALID` when `condition` is not a condition
 * @example
 * ```ts
 * ruleConditionFacts(when.all(when.fact('a'), when.any(when.fact('b'), when.fact('a')))); // ['a', 'b']
 * ```
 *
 * @example
 * Run in `examples/accountability-conditions.ts`:
 *
 * {@includeCode ../../examples/accountability-conditions.ts#condition}
 */
export function ruleConditionFacts<F extends string>(condition: RuleCondition<F>): readonly F[] {
  parseWith(ruleConditionSchema, condition, 'rule condition', 'ACCOUNTABILITY_RULE_INVALID');
  const seen = new Set<F>();
  const visit = (c: RuleCondition<F>): undefined => {
    switch (c.op) {
      case 'fact':
        seen.add(c.fact);
        return;
      case 'all':
      case 'any':
        for (const part of c.of) visit(part);
        return;
      case 'not':
      case 'possibly':
        return visit(c.of);
      default:
        return assertNever(c);
    }
  };
  visit(condition);
  return [...seen];
}
