import type { IsoDate } from '../core/index.js';

/** The answer to "within n working days from `from`" (n个工作日内). */
export interface WorkdayDeadline {
  /** The start day (not counted, 民法典 art. 201). */
  readonly from: IsoDate;
  /** The number of working days n (negative: counted backwards). */
  readonly workdays: number;
  /** The n-th working day after `from`: the last day of the period (inclusive, 民法典 art. 1259 "以内"). */
  readonly due: IsoDate;
  /**
   * Whether any day looked at — from the day after `from` (or before it, counting back) to `due`, days off included —
   * lies in a year answered by the fallback (no official or custom schedule).
   */
  readonly provisional: boolean;
}

/** The answer to "how many working days from `from` to `to`" with its flag (间隔工作日数及是否暂定). */
export interface WorkdayCount {
  /** The start day (not counted). */
  readonly from: IsoDate;
  /** The end day (counted). */
  readonly to: IsoDate;
  /** The working days d with from < d ≤ to; negative (minus those with to < d ≤ from) when `to` is before `from`. */
  readonly workdays: number;
  /**
   * Whether any day counted over — from the day after the earlier of the two days to the later one — lies in a year
   * answered by the fallback (no official or custom schedule). `false` when `from` and `to` are the same day.
   */
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
