import type { FactUse } from './evaluate-rule-condition.js';
import type { AccountabilityRule, AccountabilityRuleKind } from './rule.js';

/**
 * The result of an assessment (认定结论):
 * - `exempt` (免责): an exemption situation holds and no accountability situation does;
 * - `accountable` (问责): an accountability situation holds and no exemption situation does;
 * - `no-finding` (不涉及): neither holds;
 * - `needs-review` (需复核): both hold, or an unknown fact decides which outcome it is.
 */
export type AccountabilityOutcome = 'exempt' | 'accountable' | 'no-finding' | 'needs-review';

/** Why an assessment needs review: both kinds of situation hold, or unknown facts leave it open. */
export type ReviewReason = 'conflict' | 'unknown-facts';

/**
 * A rule that holds (依据), with the clause it cites and the facts it rests on: the rule's kind, clause, source,
 * basis and texts as the rule states them.
 */
export interface AccountabilityGround
  extends Pick<AccountabilityRule, 'kind' | 'clause' | 'source' | 'basis' | 'textZh' | 'textEn'> {
  /** The rule's id. */
  readonly ruleId: string;
  /** The given facts that make the rule hold. */
  readonly facts: readonly FactUse[];
}

/** A rule that may or may not hold, depending on facts not given (待查明). */
export interface UndecidedRule {
  /** The rule's id. */
  readonly ruleId: string;
  /** What the rule leads to. */
  readonly kind: AccountabilityRuleKind;
  /** Where in the source the situation is. */
  readonly clause: string;
  /** The unknown facts that would settle it. */
  readonly missingFacts: readonly string[];
}

/** The full answer of {@link assessAccountability} (免责问责认定). */
export interface AccountabilityAssessment {
  /** The outcome. */
  readonly outcome: AccountabilityOutcome;
  /** For `needs-review`: why (both may apply); empty otherwise. */
  readonly reviewReasons: readonly ReviewReason[];
  /** The exemption and accountability rules that hold, in rule-set order. */
  readonly grounds: readonly AccountabilityGround[];
  /** The risk rules that hold (风险提示): failings that are not, or not yet, accountability. */
  readonly risks: readonly AccountabilityGround[];
  /** Exemption and accountability rules left open by unknown facts. */
  readonly undecided: readonly UndecidedRule[];
  /** The unknown facts that decide the outcome: establish these to settle a `needs-review`. */
  readonly missingFacts: readonly string[];
}
