/**
 * Exemption and accountability (尽职照单免责、失职照单问责): the situations of 达政办发〔2023〕70号 四（二） as an
 * explainable rule set over three-valued facts, an assessment that cites its clauses, and facts derived from a
 * task's records.
 *
 * The public promise of `shuangsuiji/accountability`, pinned by `test/surface/exported-names.test.ts`: a name added or
 * removed here is a change to the surface and belongs in `CHANGELOG.md`.
 *
 * @module accountability
 */
export { assessAccountability, safeAssessAccountability } from './assess-accountability.js';
export type {
  AccountabilityAssessment,
  AccountabilityGround,
  AccountabilityOutcome,
  ReviewReason,
  UndecidedRule,
} from './assessment.js';
export {
  type DerivedFacts,
  type DeriveFactsOptions,
  deriveFacts,
  deriveFactsWithBasis,
  type FactsEnvironment,
  type PublicationDeadlineBasis,
  RESULT_PUBLICATION_DEADLINE,
  type WorkdayRule,
} from './derive-facts.js';
export {
  accountabilityRecordOf,
  deriveFactsFromTask,
  type OfficerPart,
} from './derive-facts-from-task.js';
export { evaluateRuleCondition, type FactUse, type RuleConditionResult } from './evaluate-rule-condition.js';
export {
  type AssessmentExplanation,
  type ExplainOptions,
  explainAssessment,
  OUTCOME_LABELS,
} from './explain-assessment.js';
export {
  ACCOUNTABILITY_FACT_NAMES,
  type AccountabilityFactName,
  type AccountabilityFacts,
  type AccountabilityLabel,
  FACT_LABELS,
  type FactValue,
  factValue,
} from './facts.js';
export { defineAccountabilityRules, parseAccountabilityRules } from './parse-rules.js';
export type { AccountabilityRule, AccountabilityRuleKind } from './rule.js';
export { type RuleCondition, type RuleConditionOp, when } from './rule-condition.js';
export { ruleConditionFacts } from './rule-condition-facts.js';
export {
  accountabilityFactsSchema,
  accountabilityRuleSchema,
  parseAccountabilityFacts,
  ruleConditionSchema,
} from './rule-schema.js';
export { ACCOUNTABILITY_RULES, ACCOUNTABILITY_SOURCE, OTHER_CASES } from './rules-table.js';
export {
  type AccountabilityTaskRecord,
  accountabilityTaskRecordSchema,
  type CrimeLead,
} from './task-record.js';
