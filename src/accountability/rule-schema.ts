import * as z from 'zod/mini';
import { parseWith } from '../core/internal.js';
import type { AccountabilityFacts } from './facts.js';
import type { AccountabilityRule } from './rule.js';
import type { RuleCondition } from './rule-condition.js';

const factValueSchema = z.union([z.boolean(), z.literal('unknown')], {
  error: 'Expected true, false or "unknown"',
});

/** Zod schema for facts: an object whose every value is `true`, `false` or `'unknown'`. */
export const accountabilityFactsSchema = z.record(z.string(), factValueSchema);

const text = z.string().check(z.trim(), z.minLength(1, 'Expected a non-empty string'));

/** Zod schema for a {@link RuleCondition}: `fact`, `all`/`any` with at least one part, `not`, `possibly`. */
export const ruleConditionSchema: z.ZodMiniType<RuleCondition> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('fact'), fact: text }),
    z.object({
      op: z.literal('all'),
      of: z.array(ruleConditionSchema).check(z.minLength(1, 'Expected at least one part')),
    }),
    z.object({
      op: z.literal('any'),
      of: z.array(ruleConditionSchema).check(z.minLength(1, 'Expected at least one part')),
    }),
    z.object({ op: z.literal('not'), of: ruleConditionSchema }),
    z.object({ op: z.literal('possibly'), of: ruleConditionSchema }),
  ]),
);

/** Zod schema for one {@link AccountabilityRule}. Extra properties are allowed (and kept by the caller). */
export const accountabilityRuleSchema = z.looseObject({
  id: text,
  kind: z.enum(['exemption', 'accountability', 'risk']),
  clause: text,
  source: text,
  basis: z.optional(text),
  textZh: text,
  textEn: text,
  when: ruleConditionSchema,
});

/**
 * Checks facts: an object whose values are `true`, `false` or `'unknown'`. Returns the facts as given.
 *
 * @param facts - the facts, from code or from a form
 * @returns the same facts, typed
 * @throws {SsjError} `ACCOUNTABILITY_FACTS_INVALID` listing each fact with another value
 * @example
 * ```ts
 * const facts = parseAccountabilityFacts({ followedChecklist: true, consequencesFollowed: 'unknown' });
 * ```
 *
 * @example
 * Run in `examples/accountability-conditions.ts`:
 *
 * {@includeCode ../../examples/accountability-conditions.ts#facts}
 */
export function parseAccountabilityFacts(facts: unknown): AccountabilityFacts<string> {
  if (!isFactRecord(facts)) {
    parseWith(accountabilityFactsSchema, facts, 'accountability facts', 'ACCOUNTABILITY_FACTS_INVALID');
  }
  return facts as AccountabilityFacts<string>;
}

/** The quick check for the common case (valid facts); the schema then only runs to report what is wrong. */
function isFactRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const v of Object.values(value)) if (v !== true && v !== false && v !== 'unknown') return false;
  return true;
}
