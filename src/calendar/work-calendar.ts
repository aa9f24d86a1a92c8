import { addDays, type IsoDate, type SafeResult } from '../core/index.js';
import { parseWith, safely } from '../core/internal.js';
import { checkYear, readWorkdayCount } from './calendar-input.js';
import { buildCalendarRules } from './day-overrides.js';
import { computeEndOfMonthDeadline, computePeriodEnd } from './period-end.js';
import { workCalendarOptionsSchema } from './schedule-schema.js';
import type { WorkCalendarOptions } from './schedule-types.js';
import type { DayInfo, WorkCalendar } from './types.js';
import { isWorkdayAt, nthWorkday, spansProvisional, workdaysIn } from './workday-counting.js';
import { KIND_CODES } from './year-index.js';
import { createYearIndexes } from './year-indexes.js';

/**
 * Creates a China working-day calendar (工作日历): the official State Council schedules 2019–2026 with their
 * make-up working days (调休), the host's schedules and local days, and the statutory days of the law (lunar
 * dates computed) as a provisional fallback for other years. Answers come from per-year indexes built on first use.
 *
 * @param options - extra or replacement schedules, local days, and `strict` (no fallback)
 * @returns an immutable {@link WorkCalendar}
 * @throws {SsjError} `CALENDAR_INVALID_SCHEDULE` when the options are malformed or contradict themselves
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * calendar.addWorkdays(parseIsoDate('2025-01-20'), 20); // '2025-02-21'
 * ```
 *
 * @example
 * The whole flow, from `examples/calendar-deadlines.ts`:
 *
 * {@includeCode ../../examples/calendar-deadlines.ts#deadlines}
 */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const parsed = parseWith(
    workCalendarOptionsSchema,
    options,
    'calendar options',
    'CALENDAR_INVALID_SCHEDULE',
  );
  const { coverage, indexOf, locate } = createYearIndexes(buildCalendarRules(parsed), parsed.strict ?? false);
  const at = (date: IsoDate) => locate(date, 'date');
  return {
    isWorkday: (date) => {
      const day = locate(date, 'date');
      return isWorkdayAt(day.index, day.offset);
    },
    dayInfo: (date): DayInfo => {
      const { date: iso, index, offset } = locate(date, 'date');
      const kind = KIND_CODES[index.kinds[offset] ?? 0] ?? 'workday';
      const source = index.sources.get(offset) ?? index.coverage;
      const workday = kind === 'workday' || kind === 'makeup-workday';
      const name = index.names.get(offset);
      const provisional = source === 'provisional';
      return name === undefined
        ? { date: iso, workday, kind, source, provisional }
        : { date: iso, workday, kind, name, source, provisional };
    },
    addWorkdays: (date, n) => nthWorkday(indexOf, locate(date, 'date'), readWorkdayCount(n)),
    workdaysBetween: (from, to) => workdaysIn(indexOf, locate(from, 'from'), locate(to, 'to')),
    countWorkdays: (date, end) => {
      const [from, to] = [locate(date, 'from'), locate(end, 'to')];
      const workdays = workdaysIn(indexOf, from, to);
      // The days counted over lie after the earlier day up to the later one; none when both are the same day.
      const [a, b] = from.date <= to.date ? [from.date, to.date] : [to.date, from.date];
      const provisional = a !== b && spansProvisional(indexOf, addDays(a, 1), b);
      return { from: from.date, to: to.date, workdays, provisional };
    },
    deadline: (date, n) => {
      const from = locate(date, 'from');
      const workdays = readWorkdayCount(n);
      const due = nthWorkday(indexOf, from, workdays);
      // Every day after `from` (or before it) up to `due` was looked at, the days off skipped as well.
      const next = addDays(from.date, workdays > 0 ? 1 : -1);
      return { from: from.date, workdays, due, provisional: spansProvisional(indexOf, next, due) };
    },
    coverage,
    periodEnd: (from, period) => computePeriodEnd(indexOf, at, locate(from, 'from').date, period),
    endOfMonthDeadline: (year, month, opts) =>
      computeEndOfMonthDeadline(indexOf, at, checkYear(year), month, opts),
  };
}

/**
 * The non-throwing form of {@link createWorkCalendar}.
 *
 * @param options - as for {@link createWorkCalendar}
 * @returns `{ success: true, data: calendar }` or `{ success: false, error }` (code `CALENDAR_INVALID_SCHEDULE`)
 * @example
 * ```ts
 * const result = safeCreateWorkCalendar({ schedules: [next] });
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export function safeCreateWorkCalendar(options: WorkCalendarOptions = {}): SafeResult<WorkCalendar> {
  return safely(() => createWorkCalendar(options));
}
