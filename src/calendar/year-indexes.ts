import { type IsoDate, isIsoDate, SsjError, toChinaDate } from '../core/index.js';
import { toDayNumber } from '../core/internal.js';
import { checkYear, readCalendarDate } from './calendar-input.js';
import type { CalendarRules } from './day-overrides.js';
import { statutoryDaysOff } from './statutory-fallback.js';
import type { YearCoverage } from './types.js';
import type { DayRef, IndexOf } from './workday-counting.js';
import { buildYearIndex, type YearIndex } from './year-index.js';

const NO_DAYS = new Map<IsoDate, string>();

/** The lazily built indexes of one calendar, and fast lookup of a date in them. */
export interface YearIndexes {
  readonly coverage: (year: number) => YearCoverage;
  readonly indexOf: IndexOf;
  /** Locates an input date (an `IsoDate` or a `Date`); `what` names it in errors. */
  readonly locate: (value: unknown, what: string) => DayRef;
}

/**
 * Builds each year's index on first use and memoizes it, with a lookup table from a date string to its place
 * (bounded: at most one entry per day of the supported years), so that repeated questions cost one map lookup.
 * Internal state, never observable: every answer is a function of the rules alone.
 */
export function createYearIndexes(rules: CalendarRules, strict: boolean): YearIndexes {
  const indexes = new Map<number, YearIndex>();
  const places = new Map<string, DayRef>();
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
    const fallback = covered === 'provisional' ? statutoryDaysOff(year) : NO_DAYS;
    const index = buildYearIndex(year, rules, covered, fallback);
    indexes.set(year, index);
    return index;
  };
  const place = (date: IsoDate): DayRef => {
    const known = places.get(date);
    if (known !== undefined) return known;
    const index = indexOf(Number(date.slice(0, 4)));
    const day = { date, index, offset: toDayNumber(date) - index.first };
    places.set(date, day);
    return day;
  };
  const locate = (value: unknown, what: string): DayRef => {
    if (typeof value === 'string') {
      const known = places.get(value);
      if (known !== undefined) return known;
      if (isIsoDate(value)) return place(value);
    }
    if (value instanceof Date) return place(toChinaDate(value));
    return place(readCalendarDate(value, what));
  };
  return { coverage, indexOf, locate };
}
