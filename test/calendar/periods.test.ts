import { describe, expect, it } from 'vitest';
import { COUNTING_RULES, createWorkCalendar } from '../../src/calendar/index.js';
import { parseIsoDate as d } from '../../src/core/index.js';

const calendar = createWorkCalendar();

describe('calendar-day and month periods (民法典 arts. 201–203)', () => {
  it('cites its rules as data', () => {
    expect(COUNTING_RULES.lastDayHolidayRollsForward.source).toBe('《中华人民共和国民法典》第二百零三条');
    expect(COUNTING_RULES.startDayNotCounted.source).toBe('《中华人民共和国民法典》第二百零一条');
  });

  it('a one-month period from 2025-09-03 ends 2025-10-03, a holiday, so on 2025-10-09 (art. 203)', () => {
    expect(calendar.periodEnd(d('2025-09-03'), { months: 1 })).toEqual({
      from: '2025-09-03',
      period: { months: 1 },
      nominalEnd: '2025-10-03',
      due: '2025-10-09',
      rolledForward: true,
      provisional: false,
    });
  });

  it('a month period from 2025-01-31 ends on the last day of February, 2025-02-28 (art. 202)', () => {
    expect(calendar.periodEnd(d('2025-01-31'), { months: 1 })).toMatchObject({
      nominalEnd: '2025-02-28',
      due: '2025-02-28',
      rolledForward: false,
    });
  });

  it('a 10-day period from 2026-02-04 ends 02-14, a make-up working day, so it stays', () => {
    expect(calendar.periodEnd(d('2026-02-04'), { days: 10 })).toMatchObject({
      nominalEnd: '2026-02-14',
      due: '2026-02-14',
      rolledForward: false,
    });
  });

  it('a 5-day period ending on a plain Saturday moves to the Monday', () => {
    expect(calendar.periodEnd(d('2025-03-03'), { days: 5 })).toMatchObject({
      nominalEnd: '2025-03-08',
      due: '2025-03-10',
    });
  });

  it('rejects a period that is neither { days } nor { months }', () => {
    for (const bad of [{ days: -1 }, { weeks: 2 }, { days: 1, months: 1 }, { months: 1.5 }]) {
      expect(() => calendar.periodEnd(d('2025-03-03'), bad as never)).toThrow(
        expect.objectContaining({ code: 'CALENDAR_INVALID_PERIOD' }),
      );
    }
  });
});

describe('"by the end of month m" (某月底前)', () => {
  it('filing by the end of February 2026 is due 2026-02-28, a Saturday worked for 春节', () => {
    expect(calendar.endOfMonthDeadline(2026, 2)).toEqual({
      year: 2026,
      month: 2,
      nominalEnd: '2026-02-28',
      due: '2026-02-28',
      rolledForward: false,
      provisional: false,
    });
  });

  it('the end of May 2025 (Saturday, 端午节) rolls forward to 2025-06-03 by default', () => {
    expect(calendar.endOfMonthDeadline(2025, 5)).toMatchObject({ due: '2025-06-03', rolledForward: true });
  });

  it('with { rollForward: false } the calendar month end is kept', () => {
    expect(calendar.endOfMonthDeadline(2025, 5, { rollForward: false })).toMatchObject({
      nominalEnd: '2025-05-31',
      due: '2025-05-31',
      rolledForward: false,
    });
  });

  it('the joint plan by the end of March 2027 is provisional', () => {
    expect(calendar.endOfMonthDeadline(2027, 3).provisional).toBe(true);
  });

  it('rejects a month outside 1–12 and a year outside the supported range', () => {
    expect(() => calendar.endOfMonthDeadline(2025, 13)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => calendar.endOfMonthDeadline(1999, 1)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_DATE_OUT_OF_RANGE' }),
    );
  });
});
