import * as z from 'zod/mini';
import { compareDates, type IsoDate, isoDateSchema, yearOf } from '../core/index.js';
import { parseWith, toDayNumber } from '../core/internal.js';
import { classRuleSchema } from './policy-schema.js';
import type { ClassRule } from './policy-types.js';

/** Why a target's own history keeps it out of the draw: its frequency cap is reached, or it is in its window. */
export type HistoryExclusionCode = 'frequency-cap' | 'exclusion-window';

/** A history check that failed: the code and an explanation naming the inspections that caused it. */
export interface HistoryExclusion {
  /** `frequency-cap` or `exclusion-window`. */
  readonly code: HistoryExclusionCode;
  /** Plain words, e.g. `inspected 1 time(s) in 2025–2026; cap 1 per 2 calendar year(s)`. */
  readonly reason: string;
}

/**
 * Checks a target's past inspections against its class's exclusion window (回避期) and frequency cap (抽查频次),
 * for an inspection on `asOf`. The window is checked first.
 *
 * - window `days`: excluded when an inspection lies less than `days` days before `asOf` (or on/after it);
 * - window `same-calendar-year`: excluded when an inspection lies in `asOf`'s calendar year;
 * - cap `{ max, years }`: excluded when the inspections in the calendar years `year(asOf) − years + 1 …
 *   year(asOf)` already number `max` or more.
 *
 * @param inspectionDates - dates of the target's past inspections (any order)
 * @param rule - the rule of the target's class
 * @param asOf - the date of the planned inspection
 * @returns the exclusion, or `undefined` when the target may be drawn
 * @throws {SsjError} `SAMPLING_INPUT_INVALID` for a date that is not a real `YYYY-MM-DD` or an invalid rule
 * @example
 * ```ts
 * checkHistory([parseIsoDate('2025-03-01')], { label: 'B', ratio: 0.05, frequencyCap: { max: 1, years: 1 } },
 *   parseIsoDate('2025-09-01')); // { code: 'frequency-cap', … }
 * ```
 *
 * @example
 * Run in `examples/sampling-arithmetic.ts`:
 *
 * {@includeCode ../../examples/sampling-arithmetic.ts#history}
 */
export function checkHistory(
  inspectionDates: readonly IsoDate[],
  rule: ClassRule,
  asOf: IsoDate,
): HistoryExclusion | undefined {
  parseWith(checkHistorySchema, { inspectionDates, rule, asOf }, 'history check', 'SAMPLING_INPUT_INVALID');
  return historyExclusion(inspectionDates, rule, asOf);
}

const checkHistorySchema = z.object({
  inspectionDates: z.array(isoDateSchema),
  rule: classRuleSchema,
  asOf: isoDateSchema,
});

/** {@link checkHistory} without input checks, for callers whose inputs are already validated. */
export function historyExclusion(
  inspectionDates: readonly IsoDate[],
  rule: ClassRule,
  asOf: IsoDate,
): HistoryExclusion | undefined {
  const window = rule.exclusionWindow ?? { kind: 'none' };
  const planDay = toDayNumber(asOf);
  const planYear = yearOf(asOf);
  switch (window.kind) {
    case 'none':
      break;
    case 'days': {
      const recent = inspectionDates.filter((d) => toDayNumber(d) > planDay - window.days);
      if (recent.length > 0) {
        const last = recent.reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
        return { code: 'exclusion-window', reason: `inspected on ${last}, within ${window.days} days` };
      }
      break;
    }
    case 'same-calendar-year': {
      const same = inspectionDates.find((d) => yearOf(d) === planYear);
      if (same !== undefined) {
        return { code: 'exclusion-window', reason: `inspected on ${same}, in the same calendar year` };
      }
      break;
    }
    default:
      return assertNever(window);
  }
  const cap = rule.frequencyCap;
  if (cap === undefined) return undefined;
  const firstYear = planYear - cap.years + 1;
  const inWindow = inspectionDates.filter((d) => yearOf(d) >= firstYear && yearOf(d) <= planYear).length;
  if (inWindow < cap.max) return undefined;
  const span = cap.years === 1 ? `${planYear}` : `${firstYear}–${planYear}`;
  return {
    code: 'frequency-cap',
    reason: `inspected ${inWindow} time(s) in ${span}; cap ${cap.max} per ${cap.years} calendar year(s)`,
  };
}

function assertNever(value: never): never {
  throw new Error(`Unexpected exclusion window ${JSON.stringify(value)}`);
}
