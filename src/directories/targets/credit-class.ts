import * as z from 'zod/mini';

/** Where the classes come from. */
const SOURCE = '国市监信发〔2022〕6号 (企业信用风险分类管理)';

/** One credit-risk class (信用风险分类) with its meaning. */
export interface CreditRiskClassInfo {
  /** A, B, C or D. */
  readonly class: string;
  /** The Chinese meaning. */
  readonly name: string;
  /** Where it comes from. */
  readonly source: string;
}

/**
 * The four credit-risk classes (信用风险分类): A 信用风险低, B 信用风险一般, C 信用风险较高, D 信用风险高. An internal
 * basis for allocating inspection effort, recomputed monthly, so a target carries the date it was classed.
 *
 * @example
 * ```ts
 * CREDIT_RISK_CLASSES.find((c) => c.class === 'D')?.name; // '信用风险高'
 * ```
 */
export const CREDIT_RISK_CLASSES = [
  { class: 'A', name: '信用风险低', source: SOURCE },
  { class: 'B', name: '信用风险一般', source: SOURCE },
  { class: 'C', name: '信用风险较高', source: SOURCE },
  { class: 'D', name: '信用风险高', source: SOURCE },
] as const satisfies readonly CreditRiskClassInfo[];

/** A credit-risk class (信用风险分类): `'A' | 'B' | 'C' | 'D'`. */
export type CreditRiskClass = (typeof CREDIT_RISK_CLASSES)[number]['class'];

/**
 * Zod schema of a {@link CreditRiskClass}; accepts lower case and trims (as spreadsheets give it).
 *
 * @example
 * ```ts
 * creditRiskClassSchema.parse(' c '); // 'C'
 * ```
 */
export const creditRiskClassSchema = z.pipe(
  z.string().check(z.trim(), z.toUpperCase()),
  z.enum(['A', 'B', 'C', 'D'], { message: 'Expected a credit-risk class A, B, C or D' }),
);
