import type { IsoDate } from '../core/index.js';
import type {
  EndOfMonthOptions,
  MonthEndDeadline,
  PeriodEnd,
  PeriodLength,
  WorkdayCount,
  WorkdayDeadline,
} from './deadline-types.js';

export type { EndOfMonthOptions, MonthEndDeadline, PeriodEnd, PeriodLength, WorkdayCount, WorkdayDeadline };

/**
 * A date the calendar accepts: an {@link IsoDate} (a China civil date) or a `Date`, read as the civil date in
 * China (Asia/Shanghai, UTC+8) at that moment, whatever the host time zone.
 */
export type CalendarDate = IsoDate | Date;

/**
 * What kind of day a date is (日期类型): an ordinary working day (工作日), a weekend day (休息日), a day off of a
 * holiday period (节假日, including the weekend days a notice folds into it), or a weekend day declared a working
 * day (调休上班).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/**
 * Where the answer for a day comes from (数据来源): the State Council notice built into the library
 * (`official`), a schedule or local day the host passed in (`custom`), or the statutory-days fallback for a year
 * with no schedule yet (`provisional`: it knows no 调休 and may change when the notice is published).
 */
export type DaySource = 'official' | 'provisional' | 'custom';

/** How a whole year is covered (年度覆盖): see {@link DaySource}. */
export type YearCoverage = DaySource;

/** Everything the calendar knows about one day (某日信息). */
export interface DayInfo {
  /** The China civil date. */
  readonly date: IsoDate;
  /** Whether it is a working day (工作日). */
  readonly workday: boolean;
  /** What kind of day it is. */
  readonly kind: DayKind;
  /** The holiday period it belongs to (e.g. `春节`), for holidays and make-up working days. */
  readonly name?: string;
  /** Where the answer comes from. */
  readonly source: DaySource;
  /**
   * Whether the answer is provisional (`source === 'provisional'`): the year has no official or custom schedule,
   * and the day may change when its notice is published.
   */
  readonly provisional: boolean;
}

/**
 * A China working-day calendar (工作日历): the State Council schedules with their make-up working days (调休),
 * local days, and deadlines counted the legal way. Immutable: make one with `createWorkCalendar`, or use
 * `defaultCalendar()`. Every method reads a `Date` as the China civil date, whatever the host time zone, and throws
 * `SsjError` (never a `TypeError`) for bad input.
 *
 * @example
 * ```ts
 * const calendar: WorkCalendar = createWorkCalendar();
 * calendar.deadline(parseIsoDate('2025-01-20'), 20).due; // '2025-02-21'
 * ```
 */
export interface WorkCalendar {
  /**
   * Whether `date` is a working day (工作日): a weekday that is not a day off, or a make-up working day. The bare
   * value; {@link WorkCalendar.dayInfo} gives the same answer as `workday` with its `provisional` flag.
   *
   * @param date - an `IsoDate`, or a `Date` read as the China civil date
   * @returns `true` on a working day
   * @throws {SsjError} `INVALID_DATE` / `INVALID_INSTANT` for a bad date; `CALENDAR_DATE_OUT_OF_RANGE` outside
   * 2000–2199; `CALENDAR_YEAR_NOT_OFFICIAL` in strict mode for a year without a schedule
   * @example
   * ```ts
   * calendar.isWorkday(parseIsoDate('2026-02-28')); // true: a Saturday worked for 春节
   * ```
   */
  isWorkday(date: CalendarDate): boolean;
  /**
   * What kind of day `date` is (日期信息), its holiday period name and where the answer comes from.
   *
   * @param date - an `IsoDate`, or a `Date` read as the China civil date
   * @returns the {@link DayInfo}
   * @throws {SsjError} as {@link WorkCalendar.isWorkday}
   * @example
   * ```ts
   * calendar.dayInfo(parseIsoDate('2025-10-04'));
   * // { date: '2025-10-04', workday: false, kind: 'holiday', name: '国庆节、中秋节', source: 'official',
   * //   provisional: false }
   * ```
   */
  dayInfo(date: CalendarDate): DayInfo;
  /**
   * The n-th working day after `date` (第n个工作日): `date` itself is not counted (民法典 art. 201); a negative n
   * counts backwards (the |n|-th working day before `date`). The bare date; {@link WorkCalendar.deadline} gives
   * the same day as `due` with its `provisional` flag.
   *
   * @param date - the start day, an `IsoDate` or a `Date`
   * @param n - a non-zero whole number of working days
   * @returns the working day reached
   * @throws {SsjError} `CALENDAR_INVALID_WORKDAY_COUNT` for n = 0 or a non-integer; otherwise as
   * {@link WorkCalendar.isWorkday}, for every year crossed
   * @example
   * ```ts
   * calendar.addWorkdays(parseIsoDate('2025-10-04'), 1); // '2025-10-09'
   * ```
   */
  addWorkdays(date: CalendarDate, n: number): IsoDate;
  /**
   * The number of working days d with from < d ≤ to (间隔工作日数); negative (minus the working days in
   * (to, from]) when `to` is before `from`. The bare number; {@link WorkCalendar.countWorkdays} gives it with its
   * `provisional` flag.
   *
   * @param from - the start day (not counted)
   * @param to - the end day (counted)
   * @returns the signed count
   * @throws {SsjError} as {@link WorkCalendar.isWorkday}, for every year between
   * @example
   * ```ts
   * calendar.workdaysBetween(parseIsoDate('2025-01-20'), parseIsoDate('2025-02-21')); // 20
   * ```
   */
  workdaysBetween(from: CalendarDate, to: CalendarDate): number;
  /**
   * The working days from `from` to `to` and whether the count is provisional (间隔工作日数及是否暂定): the
   * flagged form of {@link WorkCalendar.workdaysBetween}, with the same count.
   *
   * @param from - the start day (not counted)
   * @param to - the end day (counted)
   * @returns the {@link WorkdayCount}
   * @throws {SsjError} as {@link WorkCalendar.workdaysBetween}
   * @example
   * ```ts
   * calendar.countWorkdays(parseIsoDate('2026-12-21'), parseIsoDate('2027-01-19'));
   * // { from: '2026-12-21', to: '2027-01-19', workdays: 20, provisional: true }
   * ```
   */
  countWorkdays(from: CalendarDate, to: CalendarDate): WorkdayCount;
  /**
   * "Within n working days from `from`" (自…起n个工作日内): the due date (the last day still in time, 民法典 art.
   * 1259) and whether any year counted is answered provisionally.
   *
   * @param from - the day of the event (not counted)
   * @param n - a non-zero whole number of working days
   * @returns the {@link WorkdayDeadline}
   * @throws {SsjError} as {@link WorkCalendar.addWorkdays}
   * @example
   * ```ts
   * calendar.deadline(parseIsoDate('2025-01-20'), 20);
   * // { from: '2025-01-20', workdays: 20, due: '2025-02-21', provisional: false }
   * ```
   */
  deadline(from: CalendarDate, n: number): WorkdayDeadline;
  /**
   * How `year` is covered (年度覆盖): `official` (a built-in notice), `custom` (a schedule passed in) or
   * `provisional` (no schedule: answered from the statutory days, or refused in strict mode).
   *
   * @param year - a whole year, 2000–2199
   * @returns the coverage
   * @throws {SsjError} `INVALID_INPUT` for a non-integer; `CALENDAR_DATE_OUT_OF_RANGE` outside 2000–2199
   * @example
   * ```ts
   * calendar.coverage(2026); // 'official'
   * calendar.coverage(2027); // 'provisional'
   * ```
   */
  coverage(year: number): YearCoverage;
  /**
   * The end of a period of calendar days or months from `from` (期间届满日): the start day is not counted (民法典
   * art. 201), a month period ends on the corresponding day or the month end (art. 202), and a last day that is
   * a day off moves to the next working day (art. 203).
   *
   * @param from - the day of the event (not counted)
   * @param period - `{ days }` or `{ months }`, a whole number 0–1,000,000
   * @returns the {@link PeriodEnd}
   * @throws {SsjError} `CALENDAR_INVALID_PERIOD` for any other period; otherwise as {@link WorkCalendar.isWorkday}
   * @example
   * ```ts
   * calendar.periodEnd(parseIsoDate('2025-09-03'), { months: 1 }).due; // '2025-10-09' (10-03 is a holiday)
   * ```
   */
  periodEnd(from: CalendarDate, period: PeriodLength): PeriodEnd;
  /**
   * The deadline "by the end of month `month` of `year`" (某月底前): the month end, moved to the next working day
   * when it is a day off (民法典 art. 203), unless `{ rollForward: false }`.
   *
   * @param year - a whole year, 2000–2199
   * @param month - 1–12
   * @param options - `rollForward` (default `true`)
   * @returns the {@link MonthEndDeadline}
   * @throws {SsjError} `INVALID_INPUT` for a bad month or options; `CALENDAR_DATE_OUT_OF_RANGE`; in strict mode
   * `CALENDAR_YEAR_NOT_OFFICIAL`
   * @example
   * ```ts
   * calendar.endOfMonthDeadline(2026, 2).due; // '2026-02-28' (a Saturday worked for 春节)
   * calendar.endOfMonthDeadline(2025, 5).due; // '2025-06-03' (05-31 is 端午节)
   * ```
   */
  endOfMonthDeadline(year: number, month: number, options?: EndOfMonthOptions): MonthEndDeadline;
}
