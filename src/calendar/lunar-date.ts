import { type IsoDate, parseIsoDate, SsjError } from '../core/index.js';
import { fromDayNumber, toDayNumber } from '../core/internal.js';
import { type LunarMonth, monthsOfSui } from './lunar-months.js';

/** A date of the Chinese lunisolar calendar (农历日期). */
export interface LunarDate {
  /** The lunar year, named by the Gregorian year in which its 正月初一 falls. */
  readonly year: number;
  /** 1 (正月) … 12 (腊月). */
  readonly month: number;
  /** Whether the month is a leap month (闰月). */
  readonly leap: boolean;
  /** 1 (初一) … 30 (三十). */
  readonly day: number;
  /** The length of the month: 29 or 30 days (its last day is 除夕 when the month is 腊月). */
  readonly monthDays: number;
}

/**
 * The Gregorian years the lunar calendar is computed for (农历计算年份). Outside, the ΔT and the truncated
 * theories are not checked, and `CALENDAR_DATE_OUT_OF_RANGE` is thrown.
 */
export const LUNAR_YEARS = { from: 1901, to: 2199 } as const;

function outOfRange(year: number): SsjError {
  const message = `The lunar calendar is computed for ${LUNAR_YEARS.from}–${LUNAR_YEARS.to}, not ${year}`;
  return new SsjError('CALENDAR_DATE_OUT_OF_RANGE', message, {
    issues: [{ path: [], message, expected: `${LUNAR_YEARS.from}–${LUNAR_YEARS.to}` }],
  });
}

/**
 * The Chinese lunar date of a day (公历转农历), computed from the new moons and the sun's principal terms in China
 * civil time (GB/T 33661-2017), not looked up.
 *
 * @param date - a `YYYY-MM-DD` date, 1901–2199
 * @returns the {@link LunarDate}
 * @throws {SsjError} `INVALID_DATE` for anything but a real date; `CALENDAR_DATE_OUT_OF_RANGE` outside 1901–2199
 * @example
 * ```ts
 * lunarDateOf(parseIsoDate('2025-01-28')); // { year: 2024, month: 12, leap: false, day: 29, monthDays: 29 } (除夕)
 * ```
 */
export function lunarDateOf(date: IsoDate): LunarDate {
  const iso = parseIsoDate(date);
  const year = Number(iso.slice(0, 4));
  if (year < LUNAR_YEARS.from || year > LUNAR_YEARS.to) throw outOfRange(year);
  const day = toDayNumber(iso);
  const next = monthsOfSui(year + 1);
  const months = day >= (next[0]?.first ?? Number.POSITIVE_INFINITY) ? next : monthsOfSui(year);
  let month: LunarMonth | undefined;
  for (const m of months) if (m.first <= day) month = m;
  if (month === undefined) throw outOfRange(year);
  return {
    year: month.year,
    month: month.month,
    leap: month.leap,
    day: day - month.first + 1,
    monthDays: month.days,
  };
}

/**
 * The Gregorian date of a Chinese lunar date (农历转公历), computed as {@link lunarDateOf}.
 *
 * @param year - the lunar year (the Gregorian year of its 正月初一), 1901–2199
 * @param month - 1 (正月) … 12 (腊月)
 * @param day - 1 … 30, or 0 for the last day of the month before (so month 1, day 0 is 除夕)
 * @param leap - the leap month of that number (default `false`)
 * @returns the `IsoDate`
 * @throws {SsjError} `INVALID_INPUT` for a date the lunar year does not have (a 30th in a 29-day month, a leap month
 * it has not); `CALENDAR_DATE_OUT_OF_RANGE` outside the years
 * @example
 * ```ts
 * fromLunarDate(2027, 1, 0); // '2027-02-05' (除夕 before 春节 2027)
 * ```
 */
export function fromLunarDate(year: number, month: number, day: number, leap = false): IsoDate {
  const valid =
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && typeof leap === 'boolean';
  if (!valid || month < 1 || month > 12 || day < 0 || day > 30) {
    const message = 'Expected a whole lunar year, a month 1–12, a day 0–30 and a boolean leap flag';
    throw new SsjError('INVALID_INPUT', message, { issues: [{ path: [], message }] });
  }
  if (year < LUNAR_YEARS.from || year > LUNAR_YEARS.to) throw outOfRange(year);
  const sui = monthsOfSui(month >= 11 ? year + 1 : year);
  const found = sui.find((m) => m.month === month && m.leap === leap && m.year === year);
  if (found === undefined || day > found.days) {
    const what = `${leap ? 'leap ' : ''}month ${month} day ${day}`;
    const message = `Lunar year ${year} has no ${what}`;
    throw new SsjError('INVALID_INPUT', message, { issues: [{ path: [], message }] });
  }
  return fromDayNumber(found.first + day - 1);
}
