import type { SamplePlan } from './plan-types.js';
import type { SamplingTarget } from './sampling-target.js';
import { TARGETED_TRIGGERS, type TargetedInspection, type TargetedInspectionTrigger } from './targeted.js';

/**
 * Lists targeted inspections (重点监管 / 个案处置) for a plan, marking whether each target is in the directory,
 * and counts them by trigger. They are never added to the draw.
 *
 * @param targeted - the targeted inspections, as given
 * @param byId - the directory snapshot by id
 * @returns the list (same order) and the counts
 * @example
 * ```ts
 * plannedTargeted([{ targetId: 'x', trigger: 'complaint' }], new Map()).targetedCounts.total; // 1
 * ```
 */
export function plannedTargeted(
  targeted: readonly TargetedInspection[],
  byId: ReadonlyMap<string, SamplingTarget>,
): Pick<SamplePlan, 'targeted' | 'targetedCounts'> {
  const byTrigger = Object.fromEntries(Object.keys(TARGETED_TRIGGERS).map((k) => [k, 0])) as Record<
    TargetedInspectionTrigger,
    number
  >;
  const list = targeted.map((t) => {
    byTrigger[t.trigger] += 1;
    const target = byId.get(t.targetId);
    return target === undefined
      ? { ...t, inDirectory: false }
      : { ...t, inDirectory: true, creditClass: target.creditClass };
  });
  return { targeted: list, targetedCounts: { total: list.length, byTrigger } };
}
