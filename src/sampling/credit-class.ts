import type { CreditRiskClass } from '../directories/index.js';

/**
 * The credit-risk classes (信用风险分类) in order from lowest to highest risk: the strata of a sample.
 *
 * @example
 * ```ts
 * for (const cls of CREDIT_CLASS_ORDER) console.log(cls); // A, B, C, D
 * ```
 */
export const CREDIT_CLASS_ORDER = ['A', 'B', 'C', 'D'] as const satisfies readonly CreditRiskClass[];

/** A label with the rule it comes from. */
export interface SourcedLabel {
  /** The label as published, e.g. `信用风险低`. */
  readonly label: string;
  /** The document that defines it. */
  readonly source: string;
}

/**
 * The default labels of the credit-risk classes (信用风险分类标签), as defined by 国市监信发〔2022〕6号
 * (《关于推进企业信用风险分类管理进一步提升监管效能的意见》). A policy may carry its own labels.
 *
 * @example
 * ```ts
 * DEFAULT_CREDIT_CLASS_LABELS.D.label; // '信用风险高'
 * ```
 */
export const DEFAULT_CREDIT_CLASS_LABELS = {
  A: { label: '信用风险低', source: '国市监信发〔2022〕6号' },
  B: { label: '信用风险一般', source: '国市监信发〔2022〕6号' },
  C: { label: '信用风险较高', source: '国市监信发〔2022〕6号' },
  D: { label: '信用风险高', source: '国市监信发〔2022〕6号' },
} as const satisfies Readonly<Record<CreditRiskClass, SourcedLabel>>;

/**
 * The classes from highest to lowest risk: the order in which an overall floor's shortfall is allocated.
 *
 * @example
 * ```ts
 * CREDIT_CLASSES_BY_RISK_DESC[0]; // 'D'
 * ```
 */
export const CREDIT_CLASSES_BY_RISK_DESC = ['D', 'C', 'B', 'A'] as const satisfies readonly CreditRiskClass[];
