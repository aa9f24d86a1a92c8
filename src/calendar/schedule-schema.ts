import * as z from 'zod/mini';
import { isoDateSchema, isoWeekday } from '../core/index.js';
import { toDayNumber } from '../core/internal.js';
import { SUPPORTED_YEARS } from './legal-rules.js';
import type { WorkCalendarOptions, YearSchedule } from './schedule-types.js';

const periodSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  from: isoDateSchema,
  to: z.optional(isoDateSchema),
  makeupWork: z.optional(z.array(isoDateSchema)),
  note: z.optional(z.string()),
  source: z.optional(z.string()),
});

/**
 * Zod schema of a {@link YearSchedule} (年度节假日安排): real dates, `to` not before `from`, days within the year or
 * next to it, no day off listed twice, make-up working days only on weekends and never also off.
 *
 * @example
 * ```ts
 * yearScheduleSchema.safeParse({ year: 2027, notice: 'n', periods: [{ name: '元旦', from: '2027-01-01' }] }).success; // true
 * ```
 */
export const yearScheduleSchema = z
  .strictObject({
    year: z.number().check(z.int(), z.gte(SUPPORTED_YEARS.from), z.lte(SUPPORTED_YEARS.to)),
    notice: z.string().check(z.minLength(1)),
    source: z.optional(z.string()),
    periods: z.array(periodSchema),
  })
  .check(
    z.superRefine((schedule, ctx) => {
      const seen = new Map<number, string>();
      const near = (date: string) => Math.abs(Number(date.slice(0, 4)) - schedule.year) <= 1;
      schedule.periods.forEach((period, i) => {
        const first = toDayNumber(period.from);
        const last = period.to === undefined ? first : toDayNumber(period.to);
        if (last < first) {
          ctx.addIssue({ code: 'custom', path: ['periods', i, 'to'], message: '`to` is before `from`' });
        }
        if (!near(period.from) || (period.to !== undefined && !near(period.to)) || last - first > 31) {
          const message = `days off must lie within ${schedule.year} or next to it, at most 32 days in a row`;
          ctx.addIssue({ code: 'custom', path: ['periods', i], message });
        }
        for (let day = first; day <= last && day - first <= 31; day++) {
          if (seen.has(day)) {
            const message = `a day off is listed twice (also in "${seen.get(day)}")`;
            ctx.addIssue({ code: 'custom', path: ['periods', i], message });
          }
          seen.set(day, period.name);
        }
      });
      schedule.periods.forEach((period, i) => {
        (period.makeupWork ?? []).forEach((date, j) => {
          const path = () => ['periods', i, 'makeupWork', j]; // zod prefixes the array it is given: one per issue
          if (isoWeekday(date) < 6 || !near(date)) {
            const message =
              'a make-up working day (调休上班) must be a Saturday or Sunday within or next to the year';
            ctx.addIssue({ code: 'custom', path: path(), message });
          }
          if (seen.has(toDayNumber(date))) {
            ctx.addIssue({
              code: 'custom',
              path: path(),
              message: 'a make-up working day is also listed as a day off',
            });
          }
        });
      });
    }),
  );

const localDaySchema = z.union([
  isoDateSchema,
  z.strictObject({ date: isoDateSchema, name: z.optional(z.string().check(z.minLength(1))) }),
]);

const inRange = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= SUPPORTED_YEARS.from && year <= SUPPORTED_YEARS.to;
};

/**
 * Zod schema of {@link WorkCalendarOptions}: each schedule as {@link yearScheduleSchema}, one schedule per year,
 * local days within the supported years and never both a holiday and a working day. `createWorkCalendar` applies
 * it and throws `CALENDAR_INVALID_SCHEDULE`; hosts can use it to check options read from a file.
 *
 * @example
 * ```ts
 * workCalendarOptionsSchema.safeParse({ extraHolidays: ['2025-07-15'] }).success; // true
 * ```
 */
export const workCalendarOptionsSchema = z
  .strictObject({
    schedules: z.optional(z.array(yearScheduleSchema)),
    extraHolidays: z.optional(z.array(localDaySchema)),
    extraWorkdays: z.optional(z.array(localDaySchema)),
    strict: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((options, ctx) => {
      const years = new Set<number>();
      (options.schedules ?? []).forEach((schedule, i) => {
        if (years.has(schedule.year)) {
          ctx.addIssue({
            code: 'custom',
            path: ['schedules', i, 'year'],
            message: 'two schedules for one year',
          });
        }
        years.add(schedule.year);
      });
      const off = new Set((options.extraHolidays ?? []).map((d) => (typeof d === 'string' ? d : d.date)));
      for (const key of ['extraHolidays', 'extraWorkdays'] as const) {
        (options[key] ?? []).forEach((day, i) => {
          const date = typeof day === 'string' ? day : day.date;
          if (!inRange(date)) {
            const message = `outside the supported years ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`;
            ctx.addIssue({ code: 'custom', path: [key, i], message });
          }
          if (key === 'extraWorkdays' && off.has(date)) {
            ctx.addIssue({
              code: 'custom',
              path: [key, i],
              message: 'a day is both an extra holiday and workday',
            });
          }
        });
      }
    }),
  );

/** The validated options. */
export type ParsedWorkCalendarOptions = z.output<typeof workCalendarOptionsSchema>;
