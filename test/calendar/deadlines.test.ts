import { describe, expect, it } from 'vitest';
import { createWorkCalendar, defaultCalendar } from '../../src/calendar/index.js';
import { parseIsoDate as d, isSsjError } from '../../src/core/index.js';

const calendar = createWorkCalendar();

describe('working-day deadlines (工作日期限), worked examples', () => {
  it('results of an inspection on 2025-01-20 are due on 2025-02-21 (20 working days across 春节 2025)', () => {
    expect(calendar.addWorkdays(d('2025-01-20'), 20)).toBe('2025-02-21');
    expect(calendar.deadline(d('2025-01-20'), 20)).toEqual({
      from: '2025-01-20',
      workdays: 20,
      due: '2025-02-21',
      provisional: false,
    });
  });

  it('a checklist change on 2026-02-12 is entered by 2026-03-04 (10 working days, 2026-02-14 and 02-28 worked)', () => {
    expect(calendar.addWorkdays(d('2026-02-12'), 10)).toBe('2026-03-04');
  });

  it('10 working days from 2026-09-18 end on 2026-10-09 (the 国庆节 week is skipped, 09-20 is worked)', () => {
    expect(calendar.addWorkdays(d('2026-09-18'), 10)).toBe('2026-10-09');
  });

  it('from Saturday 2025-10-04, the first working day after is 2025-10-09', () => {
    expect(calendar.addWorkdays(d('2025-10-04'), 1)).toBe('2025-10-09');
  });

  it('does not count the start day (民法典 art. 201): one working day after a Monday is the Tuesday', () => {
    expect(calendar.addWorkdays(d('2025-03-03'), 1)).toBe('2025-03-04');
  });

  it('counts backwards for a negative n: 20 working days before 2025-02-21 is 2025-01-20', () => {
    expect(calendar.addWorkdays(d('2025-02-21'), -20)).toBe('2025-01-20');
    expect(calendar.deadline(d('2025-02-21'), -20)).toMatchObject({ due: '2025-01-20', workdays: -20 });
  });

  it('crosses year ends: 5 working days from 2025-12-29 reach 2026-01-06 (元旦 2026-01-01 to 03)', () => {
    expect(calendar.addWorkdays(d('2025-12-29'), 5)).toBe('2026-01-06');
    expect(calendar.addWorkdays(d('2026-01-06'), -5)).toBe('2025-12-29');
  });

  it('rejects n = 0 and non-integers with CALENDAR_INVALID_WORKDAY_COUNT', () => {
    for (const n of [0, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => calendar.addWorkdays(d('2025-01-20'), n)).toThrow(
        expect.objectContaining({ code: 'CALENDAR_INVALID_WORKDAY_COUNT' }),
      );
    }
  });

  it('rejects a malformed date with INVALID_DATE, never a TypeError', () => {
    for (const bad of ['2025-02-29', '20250120', 20250120, null]) {
      try {
        calendar.isWorkday(bad as never);
        expect.unreachable();
      } catch (error) {
        expect(isSsjError(error, 'INVALID_DATE')).toBe(true);
      }
    }
  });

  it('rejects dates outside the supported years with CALENDAR_DATE_OUT_OF_RANGE', () => {
    expect(() => calendar.isWorkday(d('1999-12-31'))).toThrow(
      expect.objectContaining({ code: 'CALENDAR_DATE_OUT_OF_RANGE' }),
    );
    expect(() => calendar.addWorkdays(d('2199-12-20'), 30)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_DATE_OUT_OF_RANGE' }),
    );
  });
});

describe('workdaysBetween: working days d with from < d ≤ to', () => {
  it('counts 20 from 2025-01-20 to 2025-02-21, and -20 the other way', () => {
    expect(calendar.workdaysBetween(d('2025-01-20'), d('2025-02-21'))).toBe(20);
    expect(calendar.workdaysBetween(d('2025-02-21'), d('2025-01-20'))).toBe(-20);
  });

  it('counts 0 for the same day and across a holiday with no working day (2025-10-01 to 10-08)', () => {
    expect(calendar.workdaysBetween(d('2025-06-10'), d('2025-06-10'))).toBe(0);
    expect(calendar.workdaysBetween(d('2025-09-30'), d('2025-10-08'))).toBe(0);
    expect(Object.is(calendar.workdaysBetween(d('2025-10-08'), d('2025-09-30')), 0)).toBe(true);
  });

  it('counts the 248 working days of 2025: 261 weekdays, less 18 weekdays off, plus 5 make-up days', () => {
    expect(calendar.workdaysBetween(d('2024-12-31'), d('2025-12-31'))).toBe(261 - 18 + 5);
  });
});

describe('defaultCalendar', () => {
  it('is created once and then reused', () => {
    expect(defaultCalendar()).toBe(defaultCalendar());
    expect(defaultCalendar().addWorkdays(d('2025-01-20'), 20)).toBe('2025-02-21');
  });
});
