import type { IsoDate } from '../core/index.js';
import type { CreditRiskClass } from '../directories/index.js';
import type { DrawRequest } from '../draw/index.js';
import type { ClassSize } from './class-size.js';
import type { SampleExclusion, SampleExclusionCode } from './exclusion-codes.js';
import type { CapScope } from './inspection-caps.js';
import type { OverallFloorResult } from './overall-floor.js';
import type { ItemPriority } from './policy-types.js';
import type { TargetedInspection, TargetedInspectionTrigger } from './targeted.js';

/** One credit-risk class of a plan (分层): its counts and the arithmetic of its size. */
export interface StratumPlan extends ClassSize {
  /** The class. */
  readonly creditClass: CreditRiskClass;
  /** The class's label from the policy. */
  readonly label: string;
  /** Targets of the class in the pool (after the 定向 filter). */
  readonly inPool: number;
  /** Targets of the class in the pool but excluded. */
  readonly excluded: number;
  /** Added to reach the overall floor. */
  readonly floorAdded: number;
  /** The number to draw: `size + floorAdded`, never above `eligible`. */
  readonly final: number;
}

/** A targeted inspection as listed in a plan, with whether its target is in the directory snapshot. */
export interface PlannedTargetedInspection extends TargetedInspection {
  /** Whether the target is in the directory snapshot. */
  readonly inDirectory: boolean;
  /** Its credit-risk class, when it is in the directory. */
  readonly creditClass?: CreditRiskClass;
}

/**
 * A sample plan (抽查计划测算): per-class sizes with the arithmetic shown, every exclusion with its reason, the
 * targeted inspections apart, and the draw request ready for `commitDraw`.
 */
export interface SamplePlan {
  /** The policy's id. */
  readonly policyId: string;
  /** The canonical digest of the policy applied (binds the exact numbers, not only the id). */
  readonly policyDigest: string;
  /** The plan date. */
  readonly asOf: IsoDate;
  /** The item priority of the task. */
  readonly priority: ItemPriority;
  /** Each class's plan. */
  readonly strata: Readonly<Record<CreditRiskClass, StratumPlan>>;
  /** Counts over all classes. */
  readonly totals: {
    readonly inDirectory: number;
    readonly filteredOut: number;
    readonly inPool: number;
    readonly excluded: number;
    readonly eligible: number;
    readonly planned: number;
  };
  /** The overall floor's effect, when the policy has one. */
  readonly overallFloor?: OverallFloorResult;
  /** Every target left out of the random draw, with its code and reason (filtered-out ones included). */
  readonly exclusions: readonly SampleExclusion[];
  /** How many targets each exclusion code left out. */
  readonly exclusionCounts: Readonly<Record<SampleExclusionCode, number>>;
  /** The targeted inspections (重点监管 / 个案处置), never part of the draw. */
  readonly targeted: readonly PlannedTargetedInspection[];
  /** The targeted inspections counted: total and by trigger. */
  readonly targetedCounts: {
    readonly total: number;
    readonly byTrigger: Readonly<Record<TargetedInspectionTrigger, number>>;
  };
  /** The annual frequency caps applied (absent when none were given). */
  readonly caps?: readonly {
    readonly id: string;
    readonly max: number;
    readonly per: CapScope;
    readonly source: string;
  }[];
  /** The draw request: pool = targets meeting the filter, strata = credit classes, sizes as counts. */
  readonly request: DrawRequest;
}
