/**
 * When a rule applies (适用条件): a small declarative language over facts, evaluated with three-valued (Kleene)
 * logic by {@link evaluateRuleCondition}.
 *
 * - `fact`: the fact is true;
 * - `all`: every part holds (和); `any`: at least one part holds (或); `not`: the part does not hold (非);
 * - `possibly`: the part is not known to be false (true when it is true or unknown). It reads the state of
 *   knowledge, so only `risk` rules may use it; an exemption or accountability never rests on what is unknown.
 */
export type RuleCondition<F extends string = string> =
  | { readonly op: 'fact'; readonly fact: F }
  | { readonly op: 'all'; readonly of: readonly RuleCondition<F>[] }
  | { readonly op: 'any'; readonly of: readonly RuleCondition<F>[] }
  | { readonly op: 'not'; readonly of: RuleCondition<F> }
  | { readonly op: 'possibly'; readonly of: RuleCondition<F> };

/** The operator of a {@link RuleCondition}. */
export type RuleConditionOp = RuleCondition['op'];

/**
 * Builders for {@link RuleCondition}s, so rules read as sentences: `when.all(when.fact('a'), when.not(when.fact('b')))`.
 *
 * @example
 * ```ts
 * const late = when.all(when.fact('resultsNotPublishedInTime'), when.fact('consequencesFollowed'));
 * ```
 */
export const when = {
  /**
   * The fact is true.
   * @param name - the fact name
   * @returns a `fact` condition
   */
  fact: <F extends string>(name: F): RuleCondition<F> => ({ op: 'fact', fact: name }),
  /**
   * Every part holds.
   * @param parts - one or more conditions
   * @returns an `all` condition
   */
  all: <F extends string>(
    ...parts: readonly [RuleCondition<F>, ...RuleCondition<F>[]]
  ): RuleCondition<F> => ({
    op: 'all',
    of: parts,
  }),
  /**
   * At least one part holds.
   * @param parts - one or more conditions
   * @returns an `any` condition
   */
  any: <F extends string>(
    ...parts: readonly [RuleCondition<F>, ...RuleCondition<F>[]]
  ): RuleCondition<F> => ({
    op: 'any',
    of: parts,
  }),
  /**
   * The part does not hold.
   * @param part - a condition
   * @returns a `not` condition
   */
  not: <F extends string>(part: RuleCondition<F>): RuleCondition<F> => ({ op: 'not', of: part }),
  /**
   * The part is not known to be false (for `risk` rules only).
   * @param part - a condition
   * @returns a `possibly` condition
   */
  possibly: <F extends string>(part: RuleCondition<F>): RuleCondition<F> => ({ op: 'possibly', of: part }),
} as const;

/** Marks a `switch` as exhaustive: adding a case to a union without handling it fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
