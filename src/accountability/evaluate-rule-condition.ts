import { parseWith } from '../core/internal.js';
import { expectFacts } from './fact-guard.js';
import { type FactValue, lookUp } from './facts.js';
import { assertNever, type RuleCondition } from './rule-condition.js';
import { ruleConditionSchema } from './rule-schema.js';

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

const NONE: readonly never[] = Object.freeze([]);

/** The uses of several parts, each fact once (the first use of a fact is kept). */
function uniqueUses(parts: readonly RuleConditionResult[]): readonly FactUse[] {
  if (parts.length === 1) return parts[0]?.decisive ?? NONE;
  const byName = new Map<string, FactUse>();
  for (const p of parts) for (const u of p.decisive) if (!byName.has(u.name)) byName.set(u.name, u);
  return [...byName.values()];
}

/** The unknown facts of several parts, each once. */
function uniqueUnknown(parts: readonly RuleConditionResult[]): readonly string[] {
  if (parts.length === 1) return parts[0]?.unknown ?? NONE;
  return [...new Set(parts.flatMap((p) => p.unknown))];
}

/** `all` when `settle` is false, `any` when it is true: `settle` in any part settles the whole. */
function junction(parts: readonly RuleConditionResult[], settle: boolean): RuleConditionResult {
  const settling: RuleConditionResult[] = [];
  const open: RuleConditionResult[] = [];
  for (const p of parts) {
    if (p.value === settle) settling.push(p);
    else if (p.value === 'unknown') open.push(p);
  }
  if (settling.length > 0) return { value: settle, decisive: uniqueUses(settling), unknown: NONE };
  if (open.length > 0) return { value: 'unknown', decisive: NONE, unknown: uniqueUnknown(open) };
  return { value: !settle, decisive: uniqueUses(parts), unknown: NONE };
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
 * @throws {SsjError} `ACCOUNTABILITY_RULE_INVALID` when `condition` is not a condition (an unknown `op`, an empty
 *   `all`, a blank fact name)
 * @throws {SsjError} `ACCOUNTABILITY_FACTS_INVALID` when `facts` is not an object of fact values
 * @example
 * ```ts
 * evaluateRuleCondition(when.all(when.fact('a'), when.fact('b')), { a: true }).value; // 'unknown'
 * evaluateRuleCondition(when.any(when.fact('a'), when.fact('b')), { a: true }).value; // true
 * ```
 *
 * @example
 * Run in `examples/accountability-conditions.ts`:
 *
 * {@includeCode ../../examples/accountability-conditions.ts#condition}
 */
export function evaluateRuleCondition(
  condition: RuleCondition,
  facts: Readonly<Record<string, FactValue | undefined>>,
): RuleConditionResult {
  parseWith(ruleConditionSchema, condition, 'rule condition', 'ACCOUNTABILITY_RULE_INVALID');
  expectFacts(facts);
  return evaluate(condition, facts);
}

/** {@link evaluateRuleCondition} on a condition and facts already checked (internal: the assessment's loop). */
export function evaluate(
  condition: RuleCondition,
  facts: Readonly<Record<string, FactValue | undefined>>,
): RuleConditionResult {
  switch (condition.op) {
    case 'fact': {
      const value = lookUp(facts, condition.fact);
      return value === 'unknown'
        ? { value, decisive: NONE, unknown: [condition.fact] }
        : { value, decisive: [{ name: condition.fact, value }], unknown: NONE };
    }
    case 'all':
      return junction(
        condition.of.map((c) => evaluate(c, facts)),
        false,
      );
    case 'any':
      return junction(
        condition.of.map((c) => evaluate(c, facts)),
        true,
      );
    case 'not': {
      const inner = evaluate(condition.of, facts);
      return { ...inner, value: negate(inner.value) };
    }
    case 'possibly': {
      const inner = evaluate(condition.of, facts);
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
