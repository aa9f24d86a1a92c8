import * as z from 'zod/mini';
import { parseWith } from '../core/internal.js';
import type { CreditRiskClass } from '../directories/index.js';
import { CREDIT_CLASS_ORDER } from './credit-class.js';
import { parseSamplingPolicy } from './parse-policy.js';
import type { ClassRule, SamplingPolicy } from './policy-types.js';
import { addRatios, formatPercent } from './ratio-arithmetic.js';

/** Last period's results of one class (上期抽查结果): inspections made and how many found problems. */
export interface LastPeriodClassResult {
  /** Targets inspected. */
  readonly inspected: number;
  /** Of those, targets where problems were found (发现问题). */
  readonly withProblems: number;
}

/** Last period's results per class; a class left out had no inspections. */
export type LastPeriodResults = Readonly<Partial<Record<CreditRiskClass, LastPeriodClassResult>>>;

/** One class's ratio change (or why it stayed), explained. */
export interface RatioChange {
  /** The class. */
  readonly creditClass: CreditRiskClass;
  /** `raised`, `lowered` or `unchanged`. */
  readonly direction: 'raised' | 'lowered' | 'unchanged';
  /** The ratio before (absent for a count-only class). */
  readonly from?: number;
  /** The ratio after. */
  readonly to?: number;
  /** `withProblems / inspected`, when there were inspections. */
  readonly problemRate?: number;
  /** Why, in words, with the thresholds and bounds used. */
  readonly explanation: string;
}

/** The adjusted policy and each class's change. */
export interface PolicyAdjustment {
  /** The policy with the new ratios (everything else as before). */
  readonly policy: SamplingPolicy;
  /** One entry per class, A to D. */
  readonly changes: readonly RatioChange[];
}

const resultSchema = z
  .strictObject({
    inspected: z.number().check(z.int(), z.gte(0)),
    withProblems: z.number().check(z.int(), z.gte(0)),
  })
  .check(
    z.refine((r) => r.withProblems <= r.inspected, {
      message: 'withProblems is above inspected',
      path: ['withProblems'],
    }),
  );
const lastPeriodSchema = z.strictObject({
  A: z.optional(resultSchema),
  B: z.optional(resultSchema),
  C: z.optional(resultSchema),
  D: z.optional(resultSchema),
});

/**
 * Raises or lowers each class's ratio from last period's problem rate (动态调整抽查比例): by the policy's
 * `adjustment.step` when the rate is above `raiseAbove` or below `lowerBelow`, never outside the class's
 * `ratioRange` (default 0–100%). Classes with too few inspections, count-only classes, and rates inside the band
 * keep their ratio. Every decision is explained. The input policy is not changed.
 *
 * @param policy - the current policy (with an `adjustment` rule, else nothing changes)
 * @param lastPeriod - last period's inspections and problems per class
 * @returns the new policy and one explained change per class
 * @throws {SsjError} `SAMPLING_POLICY_INVALID` when the policy is invalid
 * @throws {SsjError} `SAMPLING_LAST_PERIOD_INVALID` when a count is negative or problems exceed inspections
 * @example
 * ```ts
 * const { policy: next, changes } = adjustPolicy(policy, { C: { inspected: 40, withProblems: 14 } });
 * changes[2]?.explanation; // 'problem rate 35% is above 20%: ratio 21% → 26% (range 21%–60%)'
 * ```
 *
 * @example
 * Run in `examples/sampling-arithmetic.ts`:
 *
 * {@includeCode ../../examples/sampling-arithmetic.ts#adjust}
 */
export function adjustPolicy(policy: SamplingPolicy, lastPeriod: LastPeriodResults): PolicyAdjustment {
  const current = parseSamplingPolicy(policy);
  const results = parseWith(
    lastPeriodSchema,
    lastPeriod,
    'last-period results',
    'SAMPLING_LAST_PERIOD_INVALID',
  );
  const changes = CREDIT_CLASS_ORDER.map((cls) => adjustClass(cls, current, results[cls]));
  const classes = Object.fromEntries(
    CREDIT_CLASS_ORDER.map((cls, i): [CreditRiskClass, ClassRule] => {
      const to = changes[i]?.to;
      const rule = current.classes[cls];
      return [cls, to === undefined ? rule : { ...rule, ratio: to }];
    }),
  ) as Record<CreditRiskClass, ClassRule>;
  return { policy: { ...current, classes }, changes };
}

function adjustClass(
  cls: CreditRiskClass,
  policy: SamplingPolicy,
  result: LastPeriodClassResult | undefined,
): RatioChange {
  const rule = policy.classes[cls];
  const adj = policy.adjustment;
  const from = rule.ratio;
  const same = (explanation: string, problemRate?: number): RatioChange => ({
    creditClass: cls,
    direction: 'unchanged',
    ...(from === undefined ? {} : { from, to: from }),
    ...(problemRate === undefined ? {} : { problemRate }),
    explanation,
  });
  if (adj === undefined) return same('the policy has no adjustment rule');
  if (from === undefined) return same('the class is sized by count only; no ratio to adjust');
  if (result === undefined || result.inspected < adj.minInspected) {
    return same(`${result?.inspected ?? 0} inspection(s) last period, fewer than ${adj.minInspected}: kept`);
  }
  const rate = result.withProblems / result.inspected;
  const shown = `problem rate ${formatPercent(rate)} (${result.withProblems}/${result.inspected})`;
  const range = rule.ratioRange ?? { min: 0, max: 1 };
  const rangeText = `range ${formatPercent(range.min)}–${formatPercent(range.max)}`;
  let to = from;
  if (rate > adj.raiseAbove) to = Math.min(range.max, addRatios(from, adj.step));
  else if (rate < adj.lowerBelow) to = Math.max(range.min, addRatios(from, -adj.step));
  else
    return same(
      `${shown} is within ${formatPercent(adj.lowerBelow)}–${formatPercent(adj.raiseAbove)}: kept`,
      rate,
    );
  const verb = rate > adj.raiseAbove ? 'above' : 'below';
  const limit = rate > adj.raiseAbove ? adj.raiseAbove : adj.lowerBelow;
  const head = `${shown} is ${verb} ${formatPercent(limit)}`;
  if (to === from) return same(`${head}, but the ratio is already at its bound (${rangeText}): kept`, rate);
  return {
    creditClass: cls,
    direction: to > from ? 'raised' : 'lowered',
    from,
    to,
    problemRate: rate,
    explanation: `${head}: ratio ${formatPercent(from)} → ${formatPercent(to)} (${rangeText})`,
  };
}
