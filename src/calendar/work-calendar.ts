import {
  type IsoDate,
  parseWith,
  type SafeResult,
  SsjError,
  safely,
  toDayNumber,
  yearOf,
} from '../core/index.js';
import { checkYear, readCalendarDate, readWorkdayCount } from './calendar-input.js';
import { buildCalendarRules } from './day-overrides.js';
import { computeEndOfMonthDeadline, computePeriodEnd } from './period-end.js';
import { workCalendarOptionsSchema } from './schedule-schema.js';
import type { WorkCalendarOptions } from './schedule-types.js';
import { statutoryDaysOff } from './statutory-fallback.js';
import type { DayInfo, WorkCalendar, YearCoverage } from './types.js';
import {
  countWorkdays,
  type IndexOf,
  isWorkdayAt,
  nthWorkday,
  spansProvisional,
} from './workday-counting.js';
import { buildYearIndex, KIND_CODES, type YearIndex } from './year-index.js';

const NO_DAYS = new Map<IsoDate, string>();

/**
 * Creates a China working-day calendar (工作日历): the official State Council schedules 2019–2026 with their
 * make-up working days (调休), the host's schedules and local days, and the statutory days from `date-holidays`
 * as a provisional fallback for other years. Answers come from per-year indexes built on first use.
 *
 * @param options - extra or replacement schedules, local days, and `strict` (no fallback)
 * @returns an immutable {@link WorkCalendar}
 * @throws {SsjError} `CALENDAR_INVALID_SCHEDULE` when the options are malformed or contradict themselves
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * calendar.addWorkdays(parseIsoDate('2025-01-20'), 20); // '2025-02-21'
 * ```
 */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const parsed = parseWith(
    workCalendarOptionsSchema,
    options,
    'calendar options',
    'CALENDAR_INVALID_SCHEDULE',
  );
  const rules = buildCalendarRules(parsed);
  const strict = parsed.strict ?? false;
  const indexes = new Map<number, YearIndex>();
  const coverage = (year: number): YearCoverage => rules.scheduled.get(checkYear(year)) ?? 'provisional';
  const indexOf: IndexOf = (year) => {
    const known = indexes.get(year);
    if (known !== undefined) return known;
    const covered = coverage(year);
    if (strict && covered === 'provisional') {
      const message = `No official or custom holiday schedule for ${year}, and the calendar is strict`;
      throw new SsjError('CALENDAR_YEAR_NOT_OFFICIAL', message, {
        issues: [
          { path: [], message, expected: 'a year with a schedule, or a schedule passed in `schedules`' },
        ],
      });
    }
    const index = buildYearIndex(
      year,
      rules,
      covered,
      covered === 'provisional' ? statutoryDaysOff(year) : NO_DAYS,
    );
    indexes.set(year, index);
    return index;
  };
  const locate = (value: unknown, what: string) => {
    const date = readCalendarDate(value, what);
    const index = indexOf(yearOf(date));
    return { date, index, offset: toDayNumber(date) - index.first };
  };
  const dayInfo = (value: unknown): DayInfo => {
    const { date, index, offset } = locate(value, 'date');
    const kind = KIND_CODES[index.kinds[offset] ?? 0] ?? 'workday';
    const source = index.sources.get(offset) ?? index.coverage;
    const workday = kind === 'workday' || kind === 'makeup-workday';
    const name = index.names.get(offset);
    return name === undefined ? { date, workday, kind, source } : { date, workday, kind, name, source };
  };
  const addWorkdays = (value: unknown, n: unknown): IsoDate =>
    nthWorkday(indexOf, readCalendarDate(value, 'date'), readWorkdayCount(n));
  return {
    isWorkday: (value) => {
      const { index, offset } = locate(value, 'date');
      return isWorkdayAt(index, offset);
    },
    dayInfo,
    addWorkdays,
    workdaysBetween: (from, to) =>
      countWorkdays(indexOf, readCalendarDate(from, 'from'), readCalendarDate(to, 'to')),
    deadline: (value, n) => {
      const from = readCalendarDate(value, 'from');
      const workdays = readWorkdayCount(n);
      const due = nthWorkday(indexOf, from, workdays);
      const first = nthWorkday(indexOf, from, workdays > 0 ? 1 : -1);
      return { from, workdays, due, provisional: spansProvisional(indexOf, first, due) };
    },
    coverage,
    periodEnd: (from, period) => computePeriodEnd(indexOf, readCalendarDate(from, 'from'), period),
    endOfMonthDeadline: (year, month, opts) =>
      computeEndOfMonthDeadline(indexOf, checkYear(year), month, opts),
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
