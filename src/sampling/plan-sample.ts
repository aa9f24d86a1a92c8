import { canonicalDigest, type IsoDate, parseIsoDate, SsjError } from '../core/index.js';
import type { Exclusion, PoolEntry } from '../draw/index.js';
import { capBreach } from './cap-usage.js';
import { CREDIT_CLASS_ORDER } from './credit-class.js';
import { exclusionOf } from './eligibility.js';
import { SAMPLE_EXCLUSION_CODES, type SampleExclusion, type SampleExclusionCode } from './exclusion-codes.js';
import { parseSamplingPolicy } from './parse-policy.js';
import { checkPlanSampleInput, type PlanSampleInput } from './plan-input.js';
import { planMeta } from './plan-meta.js';
import { plannedTargeted } from './plan-targeted.js';
import type { SamplePlan } from './plan-types.js';
import type { SamplingTarget } from './sampling-target.js';
import { sizeStrata } from './size-strata.js';

/**
 * Turns a sampling policy and a directory snapshot into a sample plan (抽查计划测算) and the exact draw request:
 * how many targets per credit-risk class, with the arithmetic shown, who is excluded and why, and the targeted
 * inspections listed apart. The pool of the request is the targets meeting the 定向 filter, each in its class's
 * stratum; the request's sizes are counts and its `meta` carries the arithmetic, so the commitment binds it.
 *
 * Annual frequency caps (年度检查频次上限, 国办发〔2024〕54号) apply when `caps`, the `inspections` of every department
 * and the `planned` inspection are given: a target whose next inspection would exceed a cap is excluded with code
 * `inspection-cap`, the cap's id, the inspections that used it, and the departments one visit could join instead.
 *
 * @param input - targets, policy, plan date, optional extra history, 定向 filter, targeted inspections, item
 *   priority, the randomness source, a label, and the caps with the inspections they count
 * @returns the plan, with `request` ready for `commitDraw`
 * @throws {SsjError} `SAMPLING_INPUT_INVALID` when the targets, dates, history or targeted list are malformed
 * @throws {SsjError} `SAMPLING_POLICY_INVALID` when the policy is invalid
 * @throws {SsjError} `SAMPLING_DUPLICATE_TARGET_IDS` when two targets share an id
 * @example
 * ```ts
 * const plan = planSample({ targets, policy: SAMPLING_PRESETS['henan-2021'], asOf: '2025-03-01',
 *   randomnessSource: 'drand quicknet round 1234567' });
 * const commitment = commitDraw(plan.request);
 * ```
 *
 * @example
 * The whole flow, from `examples/sampling-policy.ts`:
 *
 * {@includeCode ../../examples/sampling-policy.ts#plan}
 */
export function planSample<T extends SamplingTarget>(input: PlanSampleInput<T>): SamplePlan {
  checkPlanSampleInput(input);
  const policy = parseSamplingPolicy(input.policy);
  const asOf = parseIsoDate(input.asOf, ['asOf']);
  const priority = input.priority ?? 'general';
  const ceilingRatio = policy.itemPriority[priority].maxRatio;
  const byId = indexTargets(input.targets);
  const extraDates = groupHistory(input.history ?? []);
  const targetedIds = new Set((input.targeted ?? []).map((t) => t.targetId));
  const caps = input.caps ?? [];
  const capHistory = groupByTarget(input.inspections ?? []);

  const pool: PoolEntry[] = [];
  const exclusions: SampleExclusion[] = [];
  const inPool = { A: 0, B: 0, C: 0, D: 0 };
  const excluded = { A: 0, B: 0, C: 0, D: 0 };
  for (const target of input.targets) {
    const cls = target.creditClass;
    if (input.filter !== undefined && !input.filter.matches(target)) {
      exclusions.push({
        id: target.id,
        creditClass: cls,
        code: 'filtered-out',
        reason: 'does not meet the 定向 filter',
      });
      continue;
    }
    pool.push({ id: target.id, stratum: cls });
    inPool[cls] += 1;
    const ex = exclusionOf(target, {
      rule: policy.classes[cls],
      asOf,
      extraDates: extraDates.get(target.id) ?? [],
      targetedAndExcluded: policy.excludeTargetedFromDraw && targetedIds.has(target.id),
    });
    const breach =
      ex === undefined && caps.length > 0 && input.planned !== undefined
        ? capBreach(capHistory.get(target.id) ?? [], target.id, input.planned, caps, asOf)
        : undefined;
    if (ex !== undefined) {
      exclusions.push({ id: target.id, creditClass: cls, ...ex });
      excluded[cls] += 1;
    } else if (breach !== undefined) {
      const { cap, inspections, couldJoin, reason } = breach;
      exclusions.push({
        id: target.id,
        creditClass: cls,
        code: 'inspection-cap',
        reason,
        cap,
        inspections,
        couldJoin,
      });
      excluded[cls] += 1;
    }
  }

  const { strata, floor } = sizeStrata(policy, inPool, excluded, ceilingRatio);

  const exclusionCounts = Object.fromEntries(
    Object.keys(SAMPLE_EXCLUSION_CODES).map((code) => [
      code,
      exclusions.filter((e) => e.code === code).length,
    ]),
  ) as Record<SampleExclusionCode, number>;
  const { targeted, targetedCounts } = plannedTargeted(input.targeted ?? [], byId);
  const eligibleTotal = CREDIT_CLASS_ORDER.reduce((sum, cls) => sum + strata[cls].eligible, 0);
  const withoutRequest: Omit<SamplePlan, 'request'> = {
    policyId: policy.id,
    policyDigest: canonicalDigest(policy),
    asOf,
    priority,
    strata,
    totals: {
      inDirectory: input.targets.length,
      filteredOut: exclusionCounts['filtered-out'],
      inPool: pool.length,
      excluded: pool.length - eligibleTotal,
      eligible: eligibleTotal,
      planned: CREDIT_CLASS_ORDER.reduce((sum, cls) => sum + strata[cls].final, 0),
    },
    ...(floor === undefined ? {} : { overallFloor: floor }),
    exclusions,
    exclusionCounts,
    targeted,
    targetedCounts,
    ...(caps.length === 0
      ? {}
      : { caps: caps.map((c) => ({ id: c.id, max: c.max, per: c.per, source: c.source })) }),
  };
  const exclude: Exclusion[] = exclusions
    .filter((e) => e.code !== 'filtered-out')
    .map((e) => ({ id: e.id, reason: e.reason, code: e.code }));
  return {
    ...withoutRequest,
    request: {
      pool,
      sample: {
        strata: Object.fromEntries(CREDIT_CLASS_ORDER.map((cls) => [cls, { count: strata[cls].final }])),
      },
      exclude,
      ...(input.filter === undefined ? {} : { filter: input.filter.spec }),
      ...(input.randomness === undefined
        ? { randomnessSource: input.randomnessSource as string }
        : { randomness: input.randomness }),
      ...(input.label === undefined ? {} : { label: input.label }),
      meta: planMeta(withoutRequest),
    },
  };
}

function indexTargets<T extends SamplingTarget>(targets: readonly T[]): ReadonlyMap<string, T> {
  const byId = new Map<string, T>();
  targets.forEach((t, i) => {
    if (byId.has(t.id)) {
      const message = `Target id "${t.id}" appears more than once (again at targets[${i}])`;
      throw new SsjError('SAMPLING_DUPLICATE_TARGET_IDS', message, {
        issues: [{ path: ['targets', i, 'id'], message, expected: 'unique target ids' }],
      });
    }
    byId.set(t.id, t);
  });
  return byId;
}

function groupByTarget<H extends { readonly targetId: string }>(
  history: readonly H[],
): ReadonlyMap<string, H[]> {
  const out = new Map<string, H[]>();
  for (const h of history) {
    const list = out.get(h.targetId);
    if (list === undefined) out.set(h.targetId, [h]);
    else list.push(h);
  }
  return out;
}

function groupHistory(
  history: readonly { targetId: string; date: string }[],
): ReadonlyMap<string, IsoDate[]> {
  const out = new Map<string, IsoDate[]>();
  history.forEach((h, i) => {
    const date = parseIsoDate(h.date, ['history', i, 'date']);
    const list = out.get(h.targetId);
    if (list === undefined) out.set(h.targetId, [date]);
    else list.push(date);
  });
  return out;
}
