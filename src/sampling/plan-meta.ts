import type { JsonValue } from '../core/index.js';
import { CREDIT_CLASS_ORDER } from './credit-class.js';
import type { SamplePlan } from './plan-types.js';

/**
 * The version tag of the arithmetic bound into a draw request's `meta` (抽查数量计算格式版本).
 *
 * @example
 * ```ts
 * (plan.request.meta as { scheme: string }).scheme === SAMPLE_PLAN_SCHEME; // true
 * ```
 */
export const SAMPLE_PLAN_SCHEME = 'shuangsuiji/sample-plan/v1';

/**
 * The arithmetic of a plan as JSON data (抽查数量计算过程), for a draw request's `meta`: the commitment then
 * binds the policy, the date and every class's numbers, so nobody can change them after the randomness exists.
 *
 * @param plan - the plan without its request
 * @returns plain JSON data
 * @example
 * ```ts
 * const meta = planMeta(plan); // { scheme: 'shuangsuiji/sample-plan/v1', policyId: 'henan-2021', … }
 * ```
 */
export function planMeta(plan: Omit<SamplePlan, 'request'>): JsonValue {
  const strata: Record<string, JsonValue> = {};
  for (const cls of CREDIT_CLASS_ORDER) {
    const s = plan.strata[cls];
    const entry: Record<string, JsonValue> = {
      label: s.label,
      inPool: s.inPool,
      excluded: s.excluded,
      eligible: s.eligible,
      rounding: s.rounding,
      base: s.base,
      ceilingRatio: s.ceilingRatio,
      boundsApplied: [...s.boundsApplied],
      size: s.size,
      floorAdded: s.floorAdded,
      final: s.final,
      formula: s.formula,
    };
    if (s.ratio !== undefined) entry.ratio = s.ratio;
    if (s.effectiveRatio !== undefined) entry.effectiveRatio = s.effectiveRatio;
    if (s.raw !== undefined) entry.raw = s.raw;
    if (s.rounded !== undefined) entry.rounded = s.rounded;
    if (s.count !== undefined) entry.count = s.count;
    strata[cls] = entry;
  }
  const meta: Record<string, JsonValue> = {
    scheme: SAMPLE_PLAN_SCHEME,
    policyId: plan.policyId,
    policyDigest: plan.policyDigest,
    asOf: plan.asOf,
    priority: plan.priority,
    strata,
    totals: { ...plan.totals },
    exclusionCounts: { ...plan.exclusionCounts },
    targeted: { total: plan.targetedCounts.total, byTrigger: { ...plan.targetedCounts.byTrigger } },
  };
  if (plan.overallFloor !== undefined) {
    const f = plan.overallFloor;
    meta.overallFloor = { ...f, added: { ...f.added } };
  }
  return meta;
}
