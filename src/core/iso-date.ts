import * as z from 'zod/mini';
import type { Brand } from './brand.js';
import { SsjError } from './errors.js';

/**
 * A China civil date (日期) as `YYYY-MM-DD`, checked to be a real Gregorian date (years 1000–9999).
 * Branded, so an unchecked string cannot be passed where a date is expected: make one with
 * {@link parseIsoDate}.
 */
export type IsoDate = Brand<string, 'IsoDate'>;

/** A weekday number as in ISO 8601: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws `INVALID_INPUT` unless `value` is an integer in `[min, max]`: bounded work on any input. */
function checkInteger(value: unknown, name: string, min: number, max: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  const shown = typeof value === 'number' ? String(value) : typeof value;
  const message = `Expected ${name} to be an integer from ${min} to ${max}, received ${shown}`;
  throw new SsjError('INVALID_INPUT', message, { issues: [{ path: [name], message, expected: 'integer' }] });
}

/** The range of years a date may have (years 1000–9999, four digits). */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
/** No date arithmetic moves more than the whole range of four-digit years. */
const MAX_DAYS = 9000 * 366;

/**
 * Whether `year` is a Gregorian leap year.
 *
 * @throws {SsjError} `INVALID_INPUT` when `year` is not an integer from 1000 to 9999
 * @example
 * {@includeCode ../../examples/date-arithmetic.ts#months}
 */
export function isLeapYear(year: number): boolean {
  checkInteger(year, 'year', MIN_YEAR, MAX_YEAR);
  return leap(year);
}

const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthDays = (year: number, month: number) =>
  month === 2 ? (leap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/**
 * Days in month `month` (1–12) of `year`.
 *
 * @throws {SsjError} `INVALID_INPUT` when the year is not 1000–9999 or the month not 1–12
 * @example
 * {@includeCode ../../examples/date-arithmetic.ts#months}
 */
export function daysInMonth(year: number, month: number): number {
  checkInteger(year, 'year', MIN_YEAR, MAX_YEAR);
  checkInteger(month, 'month', 1, 12);
  return monthDays(year, month);
}

/**
 * Whether `value` is a string `YYYY-MM-DD` naming a real date.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2025-02-29'); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= monthDays(year, month);
}

/**
 * Checks a `YYYY-MM-DD` string and returns it as an {@link IsoDate}.
 *
 * @param value - the date string
 * @param path - where the value came from, for the error
 * @returns the same string, branded
 * @throws {SsjError} `INVALID_DATE` when it is not a real date in that form
 * @example
 * ```ts
 * const due = parseIsoDate('2025-02-21');
 * ```
 */
export function parseIsoDate(value: unknown, path: readonly (string | number)[] = []): IsoDate {
  if (isIsoDate(value)) return value;
  const shown = typeof value === 'string' ? `"${value}"` : typeof value;
  const message = `Expected a real date as YYYY-MM-DD, received ${shown}`;
  throw new SsjError('INVALID_DATE', message, { issues: [{ path, message, expected: 'YYYY-MM-DD' }] });
}

/** Zod schema for an {@link IsoDate}. */
export const isoDateSchema: z.ZodMiniType<IsoDate, string> = z.pipe(
  z.string().check(z.refine(isIsoDate, { message: 'Expected a real date as YYYY-MM-DD' })),
  z.transform((s) => s as IsoDate),
);

/**
 * The day number of a date: days since 1970-01-01 (negative before). Pure integer arithmetic, no `Date`.
 * Dates compare, add and subtract as day numbers.
 */
export function toDayNumber(date: IsoDate): number {
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  // Days from civil (H. Hinnant's algorithm), proleptic Gregorian.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (inverse of {@link toDayNumber}). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z0 = dayNumber + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` as IsoDate;
}

/** The date a day number names, refused when it falls outside the four-digit years. */
function dateOfDayNumber(dayNumber: number): IsoDate {
  const date = fromDayNumber(dayNumber);
  if (isIsoDate(date)) return date;
  const message = `The result (day ${dayNumber} from 1970-01-01) is outside the years ${MIN_YEAR}–${MAX_YEAR}`;
  throw new SsjError('INVALID_DATE', message, { issues: [{ path: [], message, expected: 'YYYY-MM-DD' }] });
}

/**
 * `date` plus `days` calendar days (negative to go back).
 *
 * @throws {SsjError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date (`2025-02-30`, `2025-2-3`) or the
 *   result leaves the four-digit years; `INVALID_INPUT` when `days` is not an integer
 * @example
 * {@includeCode ../../examples/date-arithmetic.ts#addDays}
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const from = toDayNumber(parseIsoDate(date, ['date']));
  return dateOfDayNumber(from + checkInteger(days, 'days', -MAX_DAYS, MAX_DAYS));
}

/**
 * Calendar days from `from` to `to` (positive when `to` is later).
 *
 * @throws {SsjError} `INVALID_DATE` when either is not a real `YYYY-MM-DD` date
 * @example
 * {@includeCode ../../examples/date-arithmetic.ts#daysBetween}
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(parseIsoDate(to, ['to'])) - toDayNumber(parseIsoDate(from, ['from']));
}

/**
 * The ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * @throws {SsjError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date
 * @example
 * {@includeCode ../../examples/date-arithmetic.ts#isoWeekday}
 */
export function isoWeekday(date: IsoDate): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  return (((((toDayNumber(parseIsoDate(date, ['date'])) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/**
 * The year of a date, as a number.
 *
 * @throws {SsjError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date
 * @example
 * {@includeCode ../../examples/date-arithmetic.ts#yearOf}
 */
export function yearOf(date: IsoDate): number {
  return Number(parseIsoDate(date, ['date']).slice(0, 4));
}

/**
 * Compares two dates for sorting: negative, zero or positive. `YYYY-MM-DD` strings sort as dates.
 *
 * @throws {SsjError} `INVALID_DATE` when either is not a real `YYYY-MM-DD` date (never 0 for garbage)
 * @example
 * {@includeCode ../../examples/date-arithmetic.ts#compareDates}
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  if (!isIsoDate(a)) parseIsoDate(a, ['a']);
  if (!isIsoDate(b)) parseIsoDate(b, ['b']);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The date of `day` in month `month` of `year`, checked.
 *
 * @throws {SsjError} `INVALID_DATE` when there is no such day; `INVALID_INPUT` when a part is not an integer
 * @example
 * {@includeCode ../../examples/date-arithmetic.ts#months}
 */
export function makeDate(year: number, month: number, day: number): IsoDate {
  checkInteger(year, 'year', MIN_YEAR, MAX_YEAR);
  checkInteger(month, 'month', 1, 12);
  checkInteger(day, 'day', 1, 31);
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(s);
}

/**
 * The last day of month `month` (1–12) of `year`.
 *
 * @throws {SsjError} `INVALID_INPUT` when the year is not 1000–9999 or the month not 1–12
 * @example
 * {@includeCode ../../examples/date-arithmetic.ts#months}
 */
export function endOfMonth(year: number, month: number): IsoDate {
  return makeDate(year, month, daysInMonth(year, month));
}

/**
 * `date` plus `months` calendar months; a day that does not exist in the target month becomes its last day
 * (2025-01-31 + 1 month = 2025-02-28), as 民法典 art. 202 reads "the corresponding day".
 *
 * @throws {SsjError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date or the result leaves the
 *   four-digit years; `INVALID_INPUT` when `months` is not an integer
 * @example
 * {@includeCode ../../examples/date-arithmetic.ts#addMonths}
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = parseIsoDate(date, ['date']);
  const total = Number(d.slice(0, 4)) * 12 + (Number(d.slice(5, 7)) - 1);
  const target = total + checkInteger(months, 'months', -MAX_YEAR * 12, MAX_YEAR * 12);
  const year = Math.floor(target / 12);
  const month = (target % 12) + 1;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    const message = `The result year ${year} is outside the years ${MIN_YEAR}–${MAX_YEAR}`;
    throw new SsjError('INVALID_DATE', message, { issues: [{ path: [], message, expected: 'YYYY-MM-DD' }] });
  }
  return makeDate(year, month, Math.min(Number(d.slice(8, 10)), monthDays(year, month)));
}
