import { type FactValue, factValue } from './facts.js';
import { assertNever, type RuleCondition } from './rule-condition.js';

/** One fact a result rests on, with the value it had. */
export interface FactUse {
  /** The fact name. */
  readonly name: string;
  /** Its value: `'unknown'` only under a `possibly` (risk rules). */
  readonly value: FactValue;
}

/**
 * The three-valued result of a {@link RuleCondition} (Kleene logic, 三值逻辑), with what it rests on:
 * - `true` / `false`: `decisive` lists the facts that settle it (no unknown fact ever settles a value, except
 *   under `possibly`);
 * - `'unknown'`: `unknown` lists the unknown facts whose values could settle it.
 */
export interface RuleConditionResult {
  /** The value of the condition. */
  readonly value: FactValue;
  /** The facts that decide a `true` or `false` value (empty when `'unknown'`). */
  readonly decisive: readonly FactUse[];
  /** The unknown facts that leave the value open (empty unless `'unknown'`). */
  readonly unknown: readonly string[];
}

const negate = (v: FactValue): FactValue => (v === 'unknown' ? v : !v);

function uniqueUses(uses: readonly FactUse[]): FactUse[] {
  const byName = new Map<string, FactUse>();
  for (const u of uses) if (!byName.has(u.name)) byName.set(u.name, u);
  return [...byName.values()];
}

/** `all` when `settle` is false, `any` when it is true: the value that settles the whole at the first part. */
function junction(parts: readonly RuleConditionResult[], settle: boolean): RuleConditionResult {
  const settling = parts.filter((p) => p.value === settle);
  if (settling.length > 0) {
    return { value: settle, decisive: uniqueUses(settling.flatMap((p) => p.decisive)), unknown: [] };
  }
  const open = parts.filter((p) => p.value === 'unknown');
  if (open.length > 0)
    return { value: 'unknown', decisive: [], unknown: [...new Set(open.flatMap((p) => p.unknown))] };
  return { value: !settle, decisive: uniqueUses(parts.flatMap((p) => p.decisive)), unknown: [] };
}

/**
 * Evaluates a condition over facts with Kleene's three-valued logic (克林三值逻辑): `all` is false as soon as a
 * part is false, `any` is true as soon as a part is true, and otherwise an unknown part leaves the result unknown.
 * The result is sound: a `true` or `false` value stays the same whatever values the unknown facts turn out to have
 * (as long as no `possibly` is used).
 *
 * @param condition - the condition
 * @param facts - the facts; a missing fact is unknown
 * @returns the value, the facts that decide it, or the unknown facts that leave it open
 * @example
 * ```ts
 * evaluateRuleCondition(when.all(when.fact('a'), when.fact('b')), { a: true }).value; // 'unknown'
 * evaluateRuleCondition(when.any(when.fact('a'), when.fact('b')), { a: true }).value; // true
 * ```
 */
export function evaluateRuleCondition(
  condition: RuleCondition,
  facts: Readonly<Record<string, FactValue | undefined>>,
): RuleConditionResult {
  switch (condition.op) {
    case 'fact': {
      const value = factValue(facts, condition.fact);
      return value === 'unknown'
        ? { value, decisive: [], unknown: [condition.fact] }
        : { value, decisive: [{ name: condition.fact, value }], unknown: [] };
    }
    case 'all':
      return junction(
        condition.of.map((c) => evaluateRuleCondition(c, facts)),
        false,
      );
    case 'any':
      return junction(
        condition.of.map((c) => evaluateRuleCondition(c, facts)),
        true,
      );
    case 'not': {
      const inner = evaluateRuleCondition(condition.of, facts);
      return { ...inner, value: negate(inner.value) };
    }
    case 'possibly': {
      const inner = evaluateRuleCondition(condition.of, facts);
      if (inner.value !== 'unknown') return inner;
      return {
        value: true,
        decisive: inner.unknown.map((name) => ({ name, value: 'unknown' })),
        unknown: [],
      };
    }
    default:
      return assertNever(condition);
  }
}
