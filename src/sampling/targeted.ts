import * as z from 'zod/mini';
import { isoDateSchema, type TargetedInspectionTrigger } from '../core/index.js';

export type { TargetedInspectionTrigger };

/** A trigger's Chinese name and the rule that calls for a targeted check. */
export interface TargetedTriggerInfo {
  /** The Chinese name, e.g. `投诉举报`. */
  readonly name: string;
  /** The rule. */
  readonly source: string;
}

const SOURCE = '达政办发〔2023〕70号 三（十）做好重点监管和个案处置';

/**
 * The triggers of targeted inspections (重点监管 / 个案处置): 投诉举报 complaints, 转办交办 referrals,
 * 大数据监测 monitoring alerts. These inspections are chosen by the case, not at random, so they are listed
 * and counted apart from the draw.
 *
 * @example
 * ```ts
 * TARGETED_TRIGGERS.referral.name; // '转办交办'
 * ```
 */
export const TARGETED_TRIGGERS = {
  complaint: { name: '投诉举报', source: SOURCE },
  referral: { name: '转办交办', source: SOURCE },
  monitoring: { name: '大数据监测', source: SOURCE },
} as const satisfies Readonly<Record<TargetedInspectionTrigger, TargetedTriggerInfo>>;

/**
 * A targeted inspection (重点监管 / 个案处置): a target named by a complaint, a referral or a monitoring alert,
 * with its trigger. Never part of the random pool's sample.
 */
export interface TargetedInspection {
  /** The target's id. */
  readonly targetId: string;
  /** What named it. */
  readonly trigger: TargetedInspectionTrigger;
  /** The case reference (e.g. the complaint number). */
  readonly reference?: string;
  /** When it was received (`YYYY-MM-DD`). */
  readonly receivedOn?: string;
  /** Free notes. */
  readonly note?: string;
}

/** Zod schema of a {@link TargetedInspection}. */
export const targetedInspectionSchema = z.strictObject({
  targetId: z.string().check(z.minLength(1)),
  trigger: z.enum(['complaint', 'referral', 'monitoring']),
  reference: z.optional(z.string().check(z.minLength(1))),
  receivedOn: z.optional(isoDateSchema),
  note: z.optional(z.string()),
});
