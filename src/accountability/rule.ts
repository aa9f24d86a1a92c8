import type { AccountabilityFactName } from './facts.js';
import type { RuleCondition } from './rule-condition.js';

/**
 * What a rule leads to:
 * - `exemption` (免责): the officer is exempt from blame for a problem the inspection missed;
 * - `accountability` (问责): the officer is held accountable;
 * - `risk` (风险提示): a failing that does not (yet) meet an accountability situation, reported for follow-up.
 */
export type AccountabilityRuleKind = 'exemption' | 'accountability' | 'risk';

/**
 * One exemption or accountability situation as data (免责问责情形), so hosts can read, cite and extend the rule
 * set without forking it: add rules for the "other cases under laws and rules" clauses (其他依法依规…的) with
 * their own facts `F` (besides the built-in facts).
 *
 * @example
 * ```ts
 * const rule: AccountabilityRule<'actedOnSuperiorsOrder'> = {
 *   id: 'host-exemption-superiors-order',
 *   kind: 'exemption',
 *   clause: '四（二）免责情形4',
 *   source: '达政办发〔2023〕70号',
 *   basis: '本单位执法责任制规定 第12条',
 *   textZh: '按照上级书面指令实施检查的',
 *   textEn: 'the officer inspected on a written order of a superior',
 *   when: when.fact('actedOnSuperiorsOrder'),
 * };
 * ```
 */
export interface AccountabilityRule<F extends string = never> {
  /** A stable id, unique in a rule set (e.g. `exemption-followed-checklist`). */
  readonly id: string;
  /** What the rule leads to. */
  readonly kind: AccountabilityRuleKind;
  /** Where in the source the situation is (e.g. `四（二）免责情形1`). */
  readonly clause: string;
  /** The document the clause is in (e.g. `达政办发〔2023〕70号`). */
  readonly source: string;
  /**
   * For a host rule under an "other cases" clause: the law or rule relied on (依据的法律法规), e.g.
   * `《行政机关公务员处分条例》第二十条`.
   */
  readonly basis?: string;
  /** The situation in Chinese, quoted from the source (for a `risk`, the library's own note, never shown as a quote). */
  readonly textZh: string;
  /** An English gloss of the situation. */
  readonly textEn: string;
  /** When the rule applies: the facts it needs and how they combine. */
  readonly when: RuleCondition<AccountabilityFactName | F>;
}
