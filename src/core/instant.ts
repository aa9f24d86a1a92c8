import * as z from 'zod/mini';
import type { Brand } from './brand.js';
import { SsjError } from './errors.js';
import { fromDayNumber, type IsoDate, isIsoDate } from './iso-date.js';

/**
 * An instant (时刻) as an ISO-8601 string with an explicit offset, e.g. `2025-01-20T09:30:00+08:00` or
 * `2025-01-20T01:30:00Z`. Branded: make one with {@link parseInstant}.
 */
export type IsoInstant = Brand<string, 'IsoInstant'>;

/** A clock: returns the current instant. Passed in wherever "now" matters, so results can be replayed. */
export type Clock = () => IsoInstant;

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** China standard time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether `value` is an ISO-8601 instant with an offset that names a real moment (时刻); one without an offset
 * is not, whatever the host's time zone.
 *
 * @param value - untrusted input
 * @returns `true` for an instant such as `2025-01-20T09:30:00+08:00`
 * @example
 * {@includeCode ../../examples/bytes-and-codes.ts#instant}
 */
export function isInstant(value: unknown): value is IsoInstant {
  if (typeof value !== 'string') return false;
  const m = INSTANT_RE.exec(value);
  if (m === null) return false;
  if (!isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return false;
  return !Number.isNaN(Date.parse(value));
}

/**
 * Checks an ISO-8601 instant string (with `Z` or `±hh:mm`) and returns it branded.
 *
 * @throws {SsjError} `INVALID_INSTANT` when it has no offset or is not a real moment
 * @example
 * ```ts
 * const at = parseInstant('2025-01-20T09:30:00+08:00');
 * ```
 */
export function parseInstant(value: unknown, path: readonly (string | number)[] = []): IsoInstant {
  if (isInstant(value)) return value;
  const shown = typeof value === 'string' ? `"${value}"` : typeof value;
  const message = `Expected an ISO-8601 instant with an offset (e.g. 2025-01-20T09:30:00+08:00), received ${shown}`;
  throw new SsjError('INVALID_INSTANT', message, {
    issues: [{ path, message, expected: 'ISO-8601 instant' }],
  });
}

/** Zod schema for an {@link IsoInstant}. */
export const instantSchema: z.ZodMiniType<IsoInstant, string> = z.pipe(
  z.string().check(z.refine(isInstant, { message: 'Expected an ISO-8601 instant with an offset' })),
  z.transform((s) => s as IsoInstant),
);

/**
 * The China civil date (Asia/Shanghai, UTC+8) of a moment, the same on every host whatever its time zone: no
 * host-local `Date` getter is used. A `YYYY-MM-DD` string is returned as it is (already a civil date).
 *
 * @param value - a `Date`, an ISO instant with offset, or an {@link IsoDate}
 * @returns the civil date in China at that moment
 * @throws {SsjError} `INVALID_INSTANT` for an invalid `Date` or a string that is neither a date nor an instant
 * @example
 * ```ts
 * toChinaDate('2025-01-19T17:30:00Z'); // '2025-01-20' (01:30 in Beijing)
 * ```
 */
export function toChinaDate(value: Date | string): IsoDate {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  return fromDayNumber(Math.floor((momentOf(value) + CHINA_OFFSET_MS) / DAY_MS));
}

/**
 * The milliseconds of a valid `Date` or an ISO instant with an offset. A date-time without an offset
 * (`2025-01-20T00:00:00`) and free text (`Jan 20 2025`) are refused, never read in the host's time zone.
 */
function momentOf(value: unknown): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (!Number.isNaN(ms)) return ms;
    const message = 'Expected a valid Date, received an invalid Date (NaN time)';
    throw new SsjError('INVALID_INSTANT', message, { issues: [{ path: [], message, expected: 'Date' }] });
  }
  return Date.parse(parseInstant(value));
}

/**
 * Formats a moment as an ISO instant in China time (`…+08:00`), the form the library writes. A string must be an
 * ISO instant with an offset: a date-time without one is refused (as {@link parseInstant} does), so the answer is
 * the same in every host time zone.
 *
 * @throws {SsjError} `INVALID_INSTANT` for an invalid `Date`, a date-time without an offset, or any other string
 *
 * @example
 * ```ts
 * toChinaInstant(new Date(Date.UTC(2025, 0, 20, 1, 30))); // '2025-01-20T09:30:00.000+08:00'
 * ```
 */
export function toChinaInstant(value: Date | IsoInstant): IsoInstant {
  const ms = momentOf(value);
  const shifted = new Date(ms + CHINA_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 23)}+08:00` as IsoInstant;
}

/** The system clock, in China time. The default {@link Clock}; pass your own to replay. */
export const systemClock: Clock = () => toChinaInstant(new Date());

/**
 * A clock that always answers the same instant, or steps by `stepMs` each call: for tests and replays.
 *
 * @throws {SsjError} `INVALID_INSTANT` when `start` is not an ISO instant with an offset; `INVALID_INPUT` when
 *   `stepMs` is not an integer
 * @example
 * {@includeCode ../../examples/bytes-and-codes.ts#clock}
 */
export function fixedClock(start: string, stepMs = 0): Clock {
  let ms = Date.parse(parseInstant(start, ['start']));
  if (typeof stepMs !== 'number' || !Number.isSafeInteger(stepMs)) {
    const message = `Expected stepMs to be an integer number of milliseconds, received ${typeof stepMs}`;
    throw new SsjError('INVALID_INPUT', message, {
      issues: [{ path: ['stepMs'], message, expected: 'integer' }],
    });
  }
  return () => {
    const now = toChinaInstant(new Date(ms));
    ms += stepMs;
    return now;
  };
}
