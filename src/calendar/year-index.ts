import { type IsoDate, isoWeekday, makeDate } from '../core/index.js';
import { fromDayNumber, toDayNumber } from '../core/internal.js';
import type { CalendarRules } from './day-overrides.js';
import type { DayKind, DaySource, YearCoverage } from './types.js';

/** Day kinds as small numbers, for the per-day table. */
export const KIND_CODES = [
  'workday',
  'weekend',
  'holiday',
  'makeup-workday',
] as const satisfies readonly DayKind[];

/**
 * The precomputed working-day index of one calendar year (年度工作日索引): the kind of each day, the number of
 * working days before each day, and the working days in order. Counting is then O(1) within a year.
 */
export interface YearIndex {
  readonly year: number;
  /** Day number of 1 January. */
  readonly first: number;
  readonly coverage: YearCoverage;
  /** Per day of the year (0-based): an index into {@link KIND_CODES}. */
  readonly kinds: Uint8Array;
  /** Per day of the year (0-based), and one past the end: working days strictly before that day. */
  readonly before: Int32Array;
  /** The working days of the year, in order. */
  readonly workdays: readonly IsoDate[];
  /** Holiday names by day of the year, where known. */
  readonly names: ReadonlyMap<number, string>;
  /** Sources by day of the year, where they differ from `coverage`. */
  readonly sources: ReadonlyMap<number, DaySource>;
}

/**
 * Builds the index of `year` from the calendar's rules, and for a year without a schedule from the statutory
 * days off (`fallback`, answered as provisional).
 */
export function buildYearIndex(
  year: number,
  rules: CalendarRules,
  coverage: YearCoverage,
  fallback: ReadonlyMap<IsoDate, string>,
): YearIndex {
  const first = toDayNumber(makeDate(year, 1, 1));
  const length = toDayNumber(makeDate(year + 1, 1, 1)) - first;
  const kinds = new Uint8Array(length);
  const before = new Int32Array(length + 1);
  const workdays: IsoDate[] = [];
  const names = new Map<number, string>();
  const sources = new Map<number, DaySource>();
  for (let i = 0; i < length; i++) {
    const date = fromDayNumber(first + i);
    const override = rules.overrides.get(first + i);
    let kind: DayKind = isoWeekday(date) >= 6 ? 'weekend' : 'workday';
    if (override !== undefined) {
      kind = override.kind;
      if (override.name !== undefined) names.set(i, override.name);
      if (override.source !== coverage) sources.set(i, override.source);
    } else {
      const festival = fallback.get(date);
      if (festival !== undefined) {
        kind = 'holiday';
        names.set(i, festival);
      }
    }
    kinds[i] = KIND_CODES.indexOf(kind);
    const workday = kind === 'workday' || kind === 'makeup-workday';
    if (workday) workdays.push(date);
    before[i + 1] = (before[i] ?? 0) + (workday ? 1 : 0);
  }
  return { year, first, coverage, kinds, before, workdays, names, sources };
}
