import { type IsoDate, parseIsoDate } from '../core/index.js';
import type { SampleExclusionCode } from './exclusion-codes.js';
import { historyExclusion } from './frequency.js';
import type { ClassRule } from './policy-types.js';
import type { SamplingTarget } from './sampling-target.js';

/** What the eligibility check needs besides the target. */
export interface EligibilityContext {
  /** The rule of the target's class. */
  readonly rule: ClassRule;
  /** The plan date. */
  readonly asOf: IsoDate;
  /** Inspections of the target listed apart from the directory. */
  readonly extraDates: readonly IsoDate[];
  /** Whether the target is named for a targeted inspection and such targets are kept out of the draw. */
  readonly targetedAndExcluded: boolean;
}

/**
 * Why a target in the pool may not be drawn (排除原因), or `undefined` when it may: checks run in the order
 * not operating, inactive, targeted inspection, exclusion window, frequency cap; the first that applies wins.
 *
 * @param target - the target
 * @param context - its class rule, the plan date, extra history and the targeted flag
 * @returns the code and reason, or `undefined`
 * @example
 * ```ts
 * exclusionOf({ id: 'x', creditClass: 'B', status: 'revoked' }, context); // { code: 'not-operating', … }
 * ```
 */
export function exclusionOf(
  target: SamplingTarget,
  context: EligibilityContext,
): { readonly code: SampleExclusionCode; readonly reason: string } | undefined {
  if (target.status !== 'operating') {
    return { code: 'not-operating', reason: `status is ${target.status}, not operating` };
  }
  if (target.active === false) return { code: 'inactive', reason: 'deactivated in the target directory' };
  if (context.targetedAndExcluded) {
    return { code: 'targeted-inspection', reason: 'named for a targeted inspection, inspected apart' };
  }
  const own = (target.history ?? []).map((h, i) => parseIsoDate(h.date, ['history', i, 'date']));
  const dates = context.extraDates.length === 0 ? own : [...own, ...context.extraDates];
  return historyExclusion(dates, context.rule, context.asOf);
}
