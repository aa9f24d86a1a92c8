import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { addDays, type IsoDate, parseIsoDate } from '../../src/core/index.js';
import { fromDayNumber, toDayNumber } from '../../src/core/internal.js';

const calendar = createWorkCalendar();

/** The plain definition, one day at a time: the reference the indexed arithmetic must match. */
function stepWorkdays(date: IsoDate, n: number): IsoDate {
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let day = date;
  while (left > 0) {
    day = addDays(day, step);
    if (calendar.isWorkday(day)) left -= 1;
  }
  return day;
}

const official = fc
  .integer({ min: toDayNumber(parseIsoDate('2019-05-01')), max: toDayNumber(parseIsoDate('2026-09-15')) })
  .map(fromDayNumber);
const count = fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0);

describe('a calendar with local days, for all sets of local days', () => {
  const localDays = fc.uniqueArray(official, { maxLength: 12 });

  it('counts exactly as one day at a time over its own days', () => {
    fc.assert(
      fc.property(localDays, localDays, official, count, (off, worked, date, n) => {
        const extraWorkdays = worked.filter((w) => !off.includes(w));
        const local = createWorkCalendar({ extraHolidays: off, extraWorkdays });
        for (const day of off) expect(local.dayInfo(day)).toMatchObject({ workday: false, source: 'custom' });
        for (const day of extraWorkdays)
          expect(local.dayInfo(day)).toMatchObject({ workday: true, source: 'custom' });
        let reached = date;
        for (let left = Math.abs(n); left > 0; ) {
          reached = addDays(reached, Math.sign(n));
          if (local.isWorkday(reached)) left -= 1;
        }
        expect(local.addWorkdays(date, n)).toBe(reached);
      }),
      { numRuns: 60 },
    );
  });
});

describe('working-day arithmetic, for all dates and counts', () => {
  it('addWorkdays equals counting one day at a time', () => {
    fc.assert(
      fc.property(official, count, (date, n) => {
        expect(calendar.addWorkdays(date, n)).toBe(stepWorkdays(date, n));
      }),
      { numRuns: 400 },
    );
  });

  it('the n-th working day is a working day, and exactly |n| working days lie between', () => {
    fc.assert(
      fc.property(official, count, (date, n) => {
        const due = calendar.addWorkdays(date, n);
        expect(calendar.isWorkday(due)).toBe(true);
        // Forward: the days in (date, due]. Backward: the days in [due, date), i.e. (due - 1, date - 1].
        if (n > 0) expect(calendar.workdaysBetween(date, due)).toBe(n);
        else expect(calendar.workdaysBetween(addDays(due, -1), addDays(date, -1))).toBe(-n);
      }),
      { numRuns: 400 },
    );
  });

  it('workdaysBetween is antisymmetric and adds up over consecutive spans, also across years', () => {
    fc.assert(
      fc.property(official, official, official, (a, b, c) => {
        expect(calendar.workdaysBetween(a, b) + calendar.workdaysBetween(b, a)).toBe(0);
        expect(calendar.workdaysBetween(a, b) + calendar.workdaysBetween(b, c)).toBe(
          calendar.workdaysBetween(a, c),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('going n working days back from the n-th working day returns to a working start day', () => {
    fc.assert(
      fc.property(official, count, (date, n) => {
        fc.pre(calendar.isWorkday(date));
        expect(calendar.addWorkdays(calendar.addWorkdays(date, n), -n)).toBe(date);
      }),
      { numRuns: 300 },
    );
  });

  it('a deadline within the official years is never provisional, and its due date is addWorkdays', () => {
    fc.assert(
      fc.property(official, count, (date, n) => {
        const result = calendar.deadline(date, n);
        expect(result).toEqual({
          from: date,
          workdays: n,
          due: calendar.addWorkdays(date, n),
          provisional: false,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a period in days ends on a working day no earlier than its nominal last day (民法典 art. 203)', () => {
    fc.assert(
      fc.property(official, fc.integer({ min: 1, max: 60 }), (date, days) => {
        const end = calendar.periodEnd(date, { days });
        expect(end.nominalEnd).toBe(addDays(date, days));
        expect(calendar.isWorkday(end.due)).toBe(true);
        expect(end.due >= end.nominalEnd).toBe(true);
        expect(end.rolledForward).toBe(end.due !== end.nominalEnd);
        if (end.rolledForward) expect(calendar.workdaysBetween(end.nominalEnd, end.due)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
