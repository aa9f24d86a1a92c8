import type { CreditRiskClass, TargetStatus } from '../directories/index.js';

/**
 * A past inspection as far as sampling needs it (检查记录): its date. Frequency caps and exclusion windows count
 * these. A directory `InspectionHistoryEntry` has this field and more.
 */
export interface SamplingHistoryEntry {
  /** The inspection date (China civil date, `YYYY-MM-DD`). */
  readonly date: string;
}

/**
 * A past inspection listed apart from the directory snapshot (检查记录), keyed by the target's id: the
 * `history` input of `planSample`, for inspections not yet written into the directory.
 */
export interface TargetHistoryEntry extends SamplingHistoryEntry {
  /** The inspected target's id. */
  readonly targetId: string;
}

/**
 * What sampling reads of an inspection target (检查对象): its id, credit-risk class, status, whether the
 * directory keeps it active, and the inspections it already had. A directory `Target` has these fields and
 * more, so it can be passed as is.
 */
export interface SamplingTarget {
  /** The target's id (for a market subject, its 统一社会信用代码). */
  readonly id: string;
  /** The credit-risk class snapshot at draw time (信用风险分类). */
  readonly creditClass: CreditRiskClass;
  /** The registration status (登记状态); only `operating` targets are drawn. */
  readonly status: TargetStatus;
  /** `false` when the directory has deactivated the target; absent counts as active. */
  readonly active?: boolean;
  /** Past inspections recorded on the target itself. */
  readonly history?: readonly SamplingHistoryEntry[];
}
