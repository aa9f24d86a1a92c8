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
 * The scheme of a sample plan's meta when annual frequency caps were applied: v1 plus the `caps` applied and the
 * `inspection-cap` exclusion count. A plan without caps is still written as v1, byte for byte.
 *
 * @example
 * ```ts
 * SAMPLE_PLAN_SCHEME_WITH_CAPS; // 'shuangsuiji/sample-plan/v2'
 * ```
 */
export const SAMPLE_PLAN_SCHEME_WITH_CAPS = 'shuangsuiji/sample-plan/v2';

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
    exclusionCounts: countsOf(plan),
    targeted: { total: plan.targetedCounts.total, byTrigger: { ...plan.targetedCounts.byTrigger } },
  };
  if (plan.caps !== undefined) {
    meta.scheme = SAMPLE_PLAN_SCHEME_WITH_CAPS;
    meta.caps = plan.caps.map((c) => ({ ...c }));
  }
  if (plan.overallFloor !== undefined) {
    const f = plan.overallFloor;
    meta.overallFloor = { ...f, added: { ...f.added } };
  }
  return meta;
}

/**
 * The exclusion counts as the meta carries them: a plan without caps keeps the v1 bytes (no `inspection-cap`
 * count); a plan with caps carries every code.
 */
function countsOf(plan: Omit<SamplePlan, 'request'>): Record<string, JsonValue> {
  const { 'inspection-cap': capped, ...rest } = plan.exclusionCounts;
  return plan.caps === undefined ? { ...rest } : { ...rest, 'inspection-cap': capped };
}
