/**
 * One holiday period of a schedule (放假安排), as a notice states it: "X月X日至X日放假调休，共N天。X月X日上班。"
 * Dates are `YYYY-MM-DD` strings.
 */
export interface HolidayPeriod {
  /** The name as the notice gives it, e.g. `春节`, or `国庆节、中秋节` for a merged period. */
  readonly name: string;
  /** The first day off. */
  readonly from: string;
  /** The last day off (inclusive); omitted for a single day. */
  readonly to?: string;
  /** The weekend days declared working days for this period (调休上班). */
  readonly makeupWork?: readonly string[];
  /** A remark, e.g. that the period was extended by a later notice. */
  readonly note?: string;
  /** The document for this period when it is not the year's notice (e.g. an extension). */
  readonly source?: string;
}

/**
 * The holiday schedule of one year (年度节假日安排), as the State Council publishes it around November of the year
 * before. A notice may include days of the adjacent years (the 2019 notice gave 2018-12-30/31 off).
 */
export interface YearSchedule {
  /** The year the notice is for. */
  readonly year: number;
  /** The notice, e.g. `国办发明电〔2024〕12号`, or its title. */
  readonly notice: string;
  /** Where the text of the notice was read (a URL), when known. */
  readonly source?: string;
  /** The holiday periods, in date order. */
  readonly periods: readonly HolidayPeriod[];
}

/** A local day (地方性假日或工作日) added by the host: a `YYYY-MM-DD` string, or the date with a name. */
export type LocalDay = string | { readonly date: string; readonly name?: string };

/** Options of `createWorkCalendar` (工作日历选项). */
export interface WorkCalendarOptions {
  /** Schedules that add a year (e.g. next year's notice the day it is published) or replace a built-in one. */
  readonly schedules?: readonly YearSchedule[];
  /** Local days off on top of the schedules (e.g. an autonomous region's festival). */
  readonly extraHolidays?: readonly LocalDay[];
  /** Local working days on top of the schedules. */
  readonly extraWorkdays?: readonly LocalDay[];
  /**
   * Refuse years with no official or custom schedule (throw `CALENDAR_YEAR_NOT_OFFICIAL`) instead of answering
   * them provisionally from the statutory days. Default `false`.
   */
  readonly strict?: boolean;
}
