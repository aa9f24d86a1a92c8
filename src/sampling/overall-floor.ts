import type { CreditRiskClass } from '../directories/index.js';
import { CREDIT_CLASSES_BY_RISK_DESC } from './credit-class.js';
import type { RoundingRule } from './policy-types.js';
import { ratioProduct } from './ratio-arithmetic.js';

/** How the overall floor (总体抽查比例下限) changed the class sizes. */
export interface OverallFloorResult {
  /** The floor ratio, e.g. 0.03. */
  readonly ratio: number;
  /** `rounding(total eligible × ratio)`. */
  readonly required: number;
  /** The sum of the class sizes before the floor. */
  readonly before: number;
  /** Targets added to each class, from D down to A. */
  readonly added: Readonly<Record<CreditRiskClass, number>>;
  /** The sum after the floor. */
  readonly after: number;
  /** Whether `after ≥ required` (false when every class was already at its limit). */
  readonly met: boolean;
}

/** One class as the floor sees it: its size and the most it may reach. */
export interface FloorClassInput {
  /** The size before the floor. */
  readonly size: number;
  /** The most the class may reach: its eligible count, `max` and item-priority ceiling. */
  readonly limit: number;
  /** Eligible targets of the class. */
  readonly eligible: number;
}

/**
 * Raises the class sizes to an overall floor (e.g. ≥ 3% of all eligible targets). The shortfall goes to the
 * highest-risk class first (D, then C, B, A), each up to its limit.
 *
 * @param classes - each class's size, limit and eligible count
 * @param ratio - the floor ratio
 * @param rounding - how `total eligible × ratio` is rounded
 * @returns what was added and whether the floor is met
 * @example
 * ```ts
 * const one = (size: number, limit: number) => ({ size, limit, eligible: limit });
 * applyOverallFloor({ A: one(9, 900), B: one(1, 50), C: one(3, 30), D: one(6, 20) }, 0.03, 'ceil');
 * // { required: 30, before: 19, added: { A: 0, B: 0, C: 0, D: 11 }, after: 30, met: true, ratio: 0.03 }
 * ```
 */
export function applyOverallFloor(
  classes: Readonly<Record<CreditRiskClass, FloorClassInput>>,
  ratio: number,
  rounding: RoundingRule,
): OverallFloorResult {
  const all = Object.values(classes);
  const eligible = all.reduce((sum, c) => sum + c.eligible, 0);
  const before = all.reduce((sum, c) => sum + c.size, 0);
  const required = ratioProduct(eligible, ratio, rounding).rounded;
  let shortfall = Math.max(0, required - before);
  const added: Record<CreditRiskClass, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (const cls of CREDIT_CLASSES_BY_RISK_DESC) {
    const c = classes[cls];
    const add = Math.min(shortfall, Math.max(0, c.limit - c.size));
    added[cls] = add;
    shortfall -= add;
  }
  const after = before + added.A + added.B + added.C + added.D;
  return { ratio, required, before, added, after, met: after >= required };
}
