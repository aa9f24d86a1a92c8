import * as z from 'zod/mini';
import { addDays, addMonths, endOfMonth, type IsoDate } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { EndOfMonthOptions, MonthEndDeadline, PeriodEnd, PeriodLength } from './types.js';
import { type IndexOf, isWorkdayAt, type Locate, nthWorkday, spansProvisional } from './workday-counting.js';

const count = z.number().check(z.int(), z.gte(0), z.lte(1_000_000));
const periodSchema = z.union([z.strictObject({ days: count }), z.strictObject({ months: count })]);
const monthSchema = z.number().check(z.int(), z.gte(1), z.lte(12));
const endOfMonthOptionsSchema = z.strictObject({ rollForward: z.optional(z.boolean()) });

/** The first working day on or after `date` (民法典 art. 203 applied to a last day). */
function onOrAfter(indexOf: IndexOf, locate: Locate, date: IsoDate): IsoDate {
  const day = locate(date);
  return isWorkdayAt(day.index, day.offset) ? date : nthWorkday(indexOf, day, 1);
}

/**
 * The end of a period of calendar days or months from `from` (期间届满日): the start day is not counted (民法典
 * art. 201), a month period ends on the corresponding day or the month end (art. 202), and a last day that is a
 * day off moves to the next working day (art. 203).
 *
 * @throws {SsjError} `CALENDAR_INVALID_PERIOD` when `period` is not `{ days }` or `{ months }` (0–1,000,000)
 */
export function computePeriodEnd(
  indexOf: IndexOf,
  locate: Locate,
  from: IsoDate,
  period: PeriodLength,
): PeriodEnd {
  const checked = parseWith(periodSchema, period, 'period', 'CALENDAR_INVALID_PERIOD');
  const nominalEnd = 'days' in checked ? addDays(from, checked.days) : addMonths(from, checked.months);
  const due = onOrAfter(indexOf, locate, nominalEnd);
  const provisional = spansProvisional(indexOf, nominalEnd, due);
  return { from, period: checked, nominalEnd, due, rolledForward: due !== nominalEnd, provisional };
}

/**
 * The deadline "by the end of month `month` of `year`" (某月底前): the last day of the month; with `rollForward`
 * (default) a month end that is a day off moves to the next working day, as 民法典 art. 203 treats the last day
 * of a period.
 *
 * @throws {SsjError} `INVALID_INPUT` for a month outside 1–12 or unknown options
 */
export function computeEndOfMonthDeadline(
  indexOf: IndexOf,
  locate: Locate,
  year: number,
  month: number,
  options: EndOfMonthOptions = {},
): MonthEndDeadline {
  const m = parseWith(monthSchema, month, 'month');
  const rollForward = parseWith(endOfMonthOptionsSchema, options, 'end-of-month options').rollForward ?? true;
  const nominalEnd = endOfMonth(year, m);
  const due = rollForward ? onOrAfter(indexOf, locate, nominalEnd) : nominalEnd;
  if (!rollForward) indexOf(year);
  const provisional = spansProvisional(indexOf, nominalEnd, due);
  return { year, month: m, nominalEnd, due, rolledForward: due !== nominalEnd, provisional };
}
