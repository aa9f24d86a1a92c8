import * as z from 'zod/mini';
import { type IssuePath, SsjError, type SsjIssue } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { AccountabilityRule } from './rule.js';
import type { RuleCondition } from './rule-condition.js';
import { accountabilityRuleSchema } from './rule-schema.js';

/** Rule sets made by {@link defineAccountabilityRules}: checked, deeply frozen, so never checked again. */
const checked = new WeakSet<object>();

/** Paths of every `possibly` inside a condition. */
function possiblyPaths(condition: RuleCondition, path: IssuePath): IssuePath[] {
  switch (condition.op) {
    case 'fact':
      return [];
    case 'all':
    case 'any':
      return condition.of.flatMap((c, i) => possiblyPaths(c, [...path, 'of', i]));
    case 'not':
      return possiblyPaths(condition.of, [...path, 'of']);
    case 'possibly':
      return [path, ...possiblyPaths(condition.of, [...path, 'of'])];
  }
}

/**
 * Checks a rule set (规则集): every rule well formed, ids unique, and `possibly` used only in `risk` rules (an
 * exemption or accountability must never rest on what is unknown). Returns the rules as given.
 *
 * @param rules - the rules, from code or from a host's configuration
 * @returns the same rules, typed
 * @throws {SsjError} `ACCOUNTABILITY_RULE_INVALID` when a rule is malformed or misuses `possibly`
 * @throws {SsjError} `ACCOUNTABILITY_DUPLICATE_RULE_IDS` when two rules share an id
 * @example
 * ```ts
 * const rules = parseAccountabilityRules(JSON.parse(configText));
 * ```
 *
 * @example
 * Run in `examples/accountability-conditions.ts`:
 *
 * {@includeCode ../../examples/accountability-conditions.ts#rules}
 */
export function parseAccountabilityRules(rules: unknown): readonly AccountabilityRule<string>[] {
  if (typeof rules === 'object' && rules !== null && checked.has(rules))
    return rules as readonly AccountabilityRule<string>[];
  const parsed = parseWith(
    z.array(accountabilityRuleSchema),
    rules,
    'accountability rules',
    'ACCOUNTABILITY_RULE_INVALID',
  );
  const misuse: SsjIssue[] = parsed.flatMap((rule, i) =>
    rule.kind === 'risk'
      ? []
      : possiblyPaths(rule.when, [i, 'when']).map((path) => ({
          path,
          message: `Rule "${rule.id}" is an ${rule.kind} rule and may not use "possibly"`,
          expected: 'fact, all, any or not',
        })),
  );
  if (misuse.length > 0) {
    throw new SsjError('ACCOUNTABILITY_RULE_INVALID', misuse.map((m) => m.message).join('; '), {
      issues: misuse,
    });
  }
  const firstIndex = new Map<string, number>();
  const duplicates: SsjIssue[] = [];
  parsed.forEach((rule, i) => {
    const first = firstIndex.get(rule.id);
    if (first === undefined) firstIndex.set(rule.id, i);
    else
      duplicates.push({ path: [i, 'id'], message: `Rule id "${rule.id}" is already used by rule ${first}` });
  });
  if (duplicates.length > 0) {
    const message = `Duplicate rule ids: ${duplicates.map((d) => d.message).join('; ')}`;
    throw new SsjError('ACCOUNTABILITY_DUPLICATE_RULE_IDS', message, { issues: duplicates });
  }
  return rules as readonly AccountabilityRule<string>[];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks a rule set once and returns a frozen copy of it (定义规则集): {@link assessAccountability} then uses it
 * without checking it again on every call. Use it for a host rule set that is assessed many times.
 *
 * @param rules - the rules (the built-in ones and the host's)
 * @returns a deeply frozen copy, recognised as checked
 * @throws {SsjError} `ACCOUNTABILITY_RULE_INVALID` when a rule is malformed or misuses `possibly`
 * @throws {SsjError} `ACCOUNTABILITY_DUPLICATE_RULE_IDS` when two rules share an id
 * @example
 * ```ts
 * const rules = defineAccountabilityRules([...ACCOUNTABILITY_RULES, myLocalRule]);
 * officers.map((o) => assessAccountability(o.facts, rules));
 * ```
 *
 * @example
 * Run in `examples/accountability-conditions.ts`:
 *
 * {@includeCode ../../examples/accountability-conditions.ts#rules}
 */
export function defineAccountabilityRules<F extends string = never>(
  rules: readonly AccountabilityRule<F>[],
): readonly AccountabilityRule<F>[] {
  parseAccountabilityRules(rules);
  const copy = deepFreeze(structuredClone(rules));
  checked.add(copy);
  return copy;
}
