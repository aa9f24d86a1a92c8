import type { CreditRiskClass } from '../directories/index.js';
import { sizeClass } from './class-size.js';
import { CREDIT_CLASS_ORDER } from './credit-class.js';
import { applyOverallFloor, type OverallFloorResult } from './overall-floor.js';
import type { StratumPlan } from './plan-types.js';
import type { SamplingPolicy } from './policy-types.js';
import { ratioProduct } from './ratio-arithmetic.js';

/**
 * Sizes every credit-risk class of a plan (分层抽查数量): the class formula on each class's eligible count, then
 * the overall floor, if the policy has one. Inputs are already validated by `planSample`.
 *
 * @param policy - the validated policy
 * @param inPool - targets of each class in the pool
 * @param excluded - targets of each class excluded
 * @param ceilingRatio - the item-priority ceiling of the task
 * @returns each class's plan and the floor's effect
 * @example
 * ```ts
 * const { strata } = sizeStrata(policy, { A: 100, B: 50, C: 10, D: 5 }, { A: 0, B: 0, C: 0, D: 0 }, 1);
 * ```
 */
export function sizeStrata(
  policy: SamplingPolicy,
  inPool: Readonly<Record<CreditRiskClass, number>>,
  excluded: Readonly<Record<CreditRiskClass, number>>,
  ceilingRatio: number,
): { readonly strata: Readonly<Record<CreditRiskClass, StratumPlan>>; readonly floor?: OverallFloorResult } {
  const sizes = Object.fromEntries(
    CREDIT_CLASS_ORDER.map((cls) => {
      const eligible = inPool[cls] - excluded[cls];
      const rule = policy.classes[cls];
      const size = sizeClass(eligible, rule, {
        rounding: policy.rounding,
        combine: policy.combine,
        ceilingRatio,
      });
      const ceilingCount =
        ceilingRatio < 1 ? ratioProduct(eligible, ceilingRatio, policy.rounding).rounded : eligible;
      const limit = Math.min(eligible, rule.max ?? eligible, ceilingCount);
      return [cls, { size, limit }];
    }),
  ) as Record<CreditRiskClass, { size: ReturnType<typeof sizeClass>; limit: number }>;

  const floor =
    policy.overallFloor === undefined
      ? undefined
      : applyOverallFloor(
          {
            A: { size: sizes.A.size.size, limit: sizes.A.limit, eligible: sizes.A.size.eligible },
            B: { size: sizes.B.size.size, limit: sizes.B.limit, eligible: sizes.B.size.eligible },
            C: { size: sizes.C.size.size, limit: sizes.C.limit, eligible: sizes.C.size.eligible },
            D: { size: sizes.D.size.size, limit: sizes.D.limit, eligible: sizes.D.size.eligible },
          },
          policy.overallFloor.ratio,
          policy.rounding,
        );

  const strata = Object.fromEntries(
    CREDIT_CLASS_ORDER.map((cls): [CreditRiskClass, StratumPlan] => {
      const { size } = sizes[cls];
      const floorAdded = floor?.added[cls] ?? 0;
      const plan: StratumPlan = {
        ...size,
        creditClass: cls,
        label: policy.classes[cls].label,
        inPool: inPool[cls],
        excluded: excluded[cls],
        floorAdded,
        final: size.size + floorAdded,
      };
      return [cls, plan];
    }),
  ) as Record<CreditRiskClass, StratumPlan>;

  return floor === undefined ? { strata } : { strata, floor };
}
