import type { IsoDate } from '../core/index.js';

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
}

/** The answer to "within n working days from `from`" (n个工作日内). */
export interface WorkdayDeadline {
  /** The start day (not counted, 民法典 art. 201). */
  readonly from: IsoDate;
  /** The number of working days n (negative: counted backwards). */
  readonly workdays: number;
  /** The n-th working day after `from`: the last day of the period (inclusive, 民法典 art. 1259 "以内"). */
  readonly due: IsoDate;
  /** Whether any day counted lies in a year answered by the fallback (no official or custom schedule). */
  readonly provisional: boolean;
}

/** A period in calendar days or in months (按日、按月计算的期间). */
export type PeriodLength = { readonly days: number } | { readonly months: number };

/** The end of a calendar-day or month period (期间届满日), 民法典 arts. 201–203. */
export interface PeriodEnd {
  /** The start day (not counted, 民法典 art. 201). */
  readonly from: IsoDate;
  /** The length asked for. */
  readonly period: PeriodLength;
  /** The last day before any roll-forward (art. 202: the corresponding day, or the month end). */
  readonly nominalEnd: IsoDate;
  /** The last day of the period: `nominalEnd`, or the next working day when that is a day off (art. 203). */
  readonly due: IsoDate;
  /** Whether `due` was moved off a non-working day. */
  readonly rolledForward: boolean;
  /** Whether a day looked at lies in a year answered by the fallback. */
  readonly provisional: boolean;
}

/** Options of {@link WorkCalendar.endOfMonthDeadline}. */
export interface EndOfMonthOptions {
  /**
   * Move a month end that is a day off to the next working day (民法典 art. 203). Default `true`; `false` keeps
   * the calendar month end even when it is a day off (a stricter, earlier reading).
   */
  readonly rollForward?: boolean;
}

/** The answer to "by the end of month m of year y" (某月底前). */
export interface MonthEndDeadline {
  /** The year. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The last calendar day of the month. */
  readonly nominalEnd: IsoDate;
  /** The deadline: the month end, or the next working day after it when rolled forward. */
  readonly due: IsoDate;
  /** Whether `due` was moved off a non-working month end. */
  readonly rolledForward: boolean;
  /** Whether a day looked at lies in a year answered by the fallback. */
  readonly provisional: boolean;
}

/**
 * A China working-day calendar (工作日历): the State Council schedules with their make-up working days (调休),
 * local days, and deadlines counted the legal way. Immutable: make one with `createWorkCalendar`.
 */
export interface WorkCalendar {
  /** Whether `date` is a working day (工作日). */
  isWorkday(date: CalendarDate): boolean;
  /** What kind of day `date` is, its holiday name and where the answer comes from. */
  dayInfo(date: CalendarDate): DayInfo;
  /** The n-th working day after `date` (the day itself not counted); negative n counts backwards; n ≠ 0. */
  addWorkdays(date: CalendarDate, n: number): IsoDate;
  /** The number of working days d with from < d ≤ to (negative when `to` is before `from`). */
  workdaysBetween(from: CalendarDate, to: CalendarDate): number;
  /** "Within n working days from `from`" (n个工作日内): the due date and whether it is provisional. */
  deadline(from: CalendarDate, n: number): WorkdayDeadline;
  /** How `year` is covered: `official`, `custom` or `provisional`. */
  coverage(year: number): YearCoverage;
  /** The end of a period of calendar days or months from `from` (民法典 arts. 201–203). */
  periodEnd(from: CalendarDate, period: PeriodLength): PeriodEnd;
  /** The deadline "by the end of month `month` of `year`" (某月底前). */
  endOfMonthDeadline(year: number, month: number, options?: EndOfMonthOptions): MonthEndDeadline;
}
