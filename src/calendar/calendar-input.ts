import * as z from 'zod/mini';
import { type IsoDate, isIsoDate, isoDateSchema, SsjError, toChinaDate } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import { SUPPORTED_YEARS } from './legal-rules.js';

const calendarDateSchema = z.union([isoDateSchema, z.date()]);
const workdayCountSchema = z.number().check(
  z.int(),
  z.refine((n) => Number.isSafeInteger(n) && n !== 0, {
    message: 'Expected a non-zero whole number of days',
  }),
);
const yearSchema = z.number().check(z.int());

/**
 * Reads a calendar date: an `IsoDate` as it is, a `Date` as the China civil date at that moment (host time zone
 * ignored). Fast for valid input; anything else goes through the schema for a full error.
 *
 * @throws {SsjError} `INVALID_DATE` for anything but a real `YYYY-MM-DD` or a `Date`; `INVALID_INSTANT` for an
 * invalid `Date`
 */
export function readCalendarDate(value: unknown, what: string): IsoDate {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  if (value instanceof Date) return toChinaDate(value);
  parseWith(calendarDateSchema, value, what, 'INVALID_DATE');
  throw new SsjError('INVALID_DATE', `Invalid ${what}: expected an IsoDate or a Date`);
}

/**
 * Reads a number of working days: a non-zero safe integer.
 *
 * @throws {SsjError} `CALENDAR_INVALID_WORKDAY_COUNT` otherwise
 */
export function readWorkdayCount(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value !== 0) return value;
  parseWith(workdayCountSchema, value, 'number of working days', 'CALENDAR_INVALID_WORKDAY_COUNT');
  throw new SsjError('CALENDAR_INVALID_WORKDAY_COUNT', 'Expected a non-zero whole number of working days');
}

/**
 * Checks that a year is a whole number within {@link SUPPORTED_YEARS}.
 *
 * @throws {SsjError} `INVALID_INPUT` for a non-integer; `CALENDAR_DATE_OUT_OF_RANGE` outside the range
 */
export function checkYear(value: unknown): number {
  const year = parseWith(yearSchema, value, 'year');
  if (year < SUPPORTED_YEARS.from || year > SUPPORTED_YEARS.to) {
    const message = `Year ${year} is outside the supported years ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`;
    throw new SsjError('CALENDAR_DATE_OUT_OF_RANGE', message, {
      issues: [{ path: [], message, expected: `${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}` }],
    });
  }
  return year;
}
