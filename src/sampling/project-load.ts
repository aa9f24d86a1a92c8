import * as z from 'zod/mini';
import { parseWith } from '../core/internal.js';
import type { CreditRiskClass } from '../directories/index.js';
import { sizeClass } from './class-size.js';
import { CREDIT_CLASS_ORDER } from './credit-class.js';
import { parseSamplingPolicy } from './parse-policy.js';
import type { ItemPriority, SamplingPolicy } from './policy-types.js';
import type { SamplingTarget } from './sampling-target.js';

/** One planned draw round (抽查批次): who draws, in which month, and on which part of the directory. */
export interface LoadRound<T> {
  /** The department (抽查主体). */
  readonly department: string;
  /** The month of the draw, 1–12. */
  readonly month: number;
  /** The items' priority (default `general`). */
  readonly priority?: ItemPriority;
  /** The 定向 condition; absent = the whole directory. */
  readonly matches?: (target: T) => boolean;
}

/** A department's inspector capacity (执法检查人员): inspectors and the visits each can make a month. */
export interface DepartmentCapacity {
  /** Inspectors available. */
  readonly inspectors: number;
  /** Visits one inspector can make in a month. */
  readonly visitsPerInspectorPerMonth: number;
}

/** The load of one department in one month. */
export interface MonthLoad {
  readonly department: string;
  readonly month: number;
  /** Inspections expected (targets drawn). */
  readonly inspections: number;
  /** Inspector-visits needed: inspections × inspectors per visit. */
  readonly inspectorVisits: number;
  /** Inspector-visits available, when a capacity was given. */
  readonly available?: number;
  /** Whether the need fits the capacity, when a capacity was given. */
  readonly withinCapacity?: boolean;
}

/** The projected load of a year's plan (工作量测算). */
export interface ProjectedLoad {
  /** Per department and month, in input order of first appearance then month. */
  readonly months: readonly MonthLoad[];
  /** Inspections per department for the year. */
  readonly byDepartment: Readonly<Record<string, number>>;
  /** Per class: eligible targets, inspections planned over the year, and coverage `min(1, planned / eligible)`. */
  readonly coverage: Readonly<
    Record<
      CreditRiskClass,
      { readonly eligible: number; readonly planned: number; readonly coverage: number }
    >
  >;
  /** Inspections planned over the year, all classes. */
  readonly total: number;
}

/**
 * At least two law-enforcement officers per visit (执法人员不得少于两人, 行政处罚法 第四十二条): the default of
 * `projectLoad`'s `inspectorsPerVisit`.
 *
 * @example
 * ```ts
 * INSPECTORS_PER_VISIT.value; // 2
 * ```
 */
export const INSPECTORS_PER_VISIT = { value: 2, source: '行政处罚法 第四十二条' } as const;

const inputSchema = z.strictObject({
  policy: z.unknown(),
  capacity: z.optional(z.unknown()),
  targets: z.array(z.looseObject({ id: z.string(), creditClass: z.enum(['A', 'B', 'C', 'D']) })),
  rounds: z.array(
    z.looseObject({
      department: z.string().check(z.minLength(1)),
      month: z.number().check(z.int(), z.gte(1), z.lte(12)),
    }),
  ),
  inspectorsPerVisit: z.optional(z.number().check(z.int(), z.gte(1))),
});

/**
 * Projects the expected inspections of a year's rounds (预计检查量) per department and per month, the
 * coverage per class, and whether each month fits the inspectors available. Each round is sized with the
 * policy's class arithmetic on the operating, active targets meeting its condition; history exclusions are not
 * known in advance, so this is an upper estimate.
 *
 * @param input - targets, policy, the rounds, optional capacities and inspectors per visit (default 2)
 * @returns the load per department and month, per department, and coverage per class
 * @throws {SsjError} `SAMPLING_INPUT_INVALID` for a malformed round or target, or an input key other than
 *   `targets`, `policy`, `rounds`, `capacity`, `inspectorsPerVisit`
 * @throws {SsjError} `SAMPLING_POLICY_INVALID` when the policy is invalid
 * @example
 * ```ts
 * const load = projectLoad({ targets, policy, rounds: [{ department: 'samr', month: 4 }],
 *   capacity: { samr: { inspectors: 12, visitsPerInspectorPerMonth: 20 } } });
 * ```
 *
 * @example
 * Run in `examples/sampling-arithmetic.ts`:
 *
 * {@includeCode ../../examples/sampling-arithmetic.ts#load}
 */
export function projectLoad<T extends SamplingTarget>(input: {
  readonly targets: readonly T[];
  readonly policy: SamplingPolicy;
  readonly rounds: readonly LoadRound<T>[];
  readonly capacity?: Readonly<Record<string, DepartmentCapacity>>;
  readonly inspectorsPerVisit?: number;
}): ProjectedLoad {
  parseWith(inputSchema, input, 'load projection input', 'SAMPLING_INPUT_INVALID');
  const policy = parseSamplingPolicy(input.policy);
  const perVisit = input.inspectorsPerVisit ?? INSPECTORS_PER_VISIT.value;
  const drawable = input.targets.filter((t) => t.status === 'operating' && t.active !== false);
  const planned = { A: 0, B: 0, C: 0, D: 0 };
  const cells = new Map<string, { department: string; month: number; inspections: number }>();
  for (const round of input.rounds) {
    const pool = round.matches === undefined ? drawable : drawable.filter(round.matches);
    const ceilingRatio = policy.itemPriority[round.priority ?? 'general'].maxRatio;
    let inspections = 0;
    for (const cls of CREDIT_CLASS_ORDER) {
      const eligible = pool.filter((t) => t.creditClass === cls).length;
      const { size } = sizeClass(eligible, policy.classes[cls], { ...policy, ceilingRatio });
      planned[cls] += size;
      inspections += size;
    }
    const key = `${round.department}\u0000${round.month}`;
    const cell = cells.get(key) ?? { department: round.department, month: round.month, inspections: 0 };
    cells.set(key, { ...cell, inspections: cell.inspections + inspections });
  }
  const order = [...new Set(input.rounds.map((r) => r.department))];
  const months = [...cells.values()]
    .sort((a, b) => order.indexOf(a.department) - order.indexOf(b.department) || a.month - b.month)
    .map((c): MonthLoad => {
      const cap = input.capacity?.[c.department];
      const inspectorVisits = c.inspections * perVisit;
      if (cap === undefined) return { ...c, inspectorVisits };
      const available = cap.inspectors * cap.visitsPerInspectorPerMonth;
      return { ...c, inspectorVisits, available, withinCapacity: inspectorVisits <= available };
    });
  const byDepartment: Record<string, number> = {};
  for (const m of months) byDepartment[m.department] = (byDepartment[m.department] ?? 0) + m.inspections;
  const coverage = Object.fromEntries(
    CREDIT_CLASS_ORDER.map((cls) => {
      const eligible = drawable.filter((t) => t.creditClass === cls).length;
      return [
        cls,
        {
          eligible,
          planned: planned[cls],
          coverage: eligible === 0 ? 0 : Math.min(1, planned[cls] / eligible),
        },
      ];
    }),
  ) as Record<CreditRiskClass, { eligible: number; planned: number; coverage: number }>;
  return { months, byDepartment, coverage, total: planned.A + planned.B + planned.C + planned.D };
}
