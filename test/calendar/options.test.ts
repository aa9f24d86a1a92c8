import { describe, expect, it } from 'vitest';
import {
  createWorkCalendar,
  safeCreateWorkCalendar,
  type WorkCalendarOptions,
} from '../../src/calendar/index.js';

function issuesOf(options: unknown) {
  const result = safeCreateWorkCalendar(options as WorkCalendarOptions);
  if (result.success) throw new Error('expected the options to be rejected');
  expect(result.error.code).toBe('CALENDAR_INVALID_SCHEDULE');
  return result.error.issues;
}

describe('calendar options are validated (CALENDAR_INVALID_SCHEDULE, with the path of each problem)', () => {
  it('accepts a well-formed schedule', () => {
    const result = safeCreateWorkCalendar({
      schedules: [{ year: 2027, notice: 'n', periods: [{ name: '元旦', from: '2027-01-01' }] }],
    });
    expect(result.success).toBe(true);
  });

  it('rejects a date that is not real', () => {
    const issues = issuesOf({
      schedules: [{ year: 2027, notice: 'n', periods: [{ name: '元旦', from: '2027-02-30' }] }],
    });
    expect(issues[0]?.path).toEqual(['schedules', 0, 'periods', 0, 'from']);
  });

  it('rejects a period that ends before it starts', () => {
    const issues = issuesOf({
      schedules: [
        { year: 2027, notice: 'n', periods: [{ name: '春节', from: '2027-02-10', to: '2027-02-05' }] },
      ],
    });
    expect(issues.map((i) => i.path)).toContainEqual(['schedules', 0, 'periods', 0, 'to']);
  });

  it('rejects a make-up working day on a weekday, or one that is also a day off', () => {
    const issues = issuesOf({
      schedules: [
        {
          year: 2027,
          notice: 'n',
          periods: [
            { name: '春节', from: '2027-02-05', to: '2027-02-13', makeupWork: ['2027-02-10', '2027-02-15'] },
          ],
        },
      ],
    });
    // 02-10 is a Wednesday and also off (two issues); 02-15 is a Monday (one issue).
    expect(issues.map((i) => i.path)).toEqual([
      ['schedules', 0, 'periods', 0, 'makeupWork', 0],
      ['schedules', 0, 'periods', 0, 'makeupWork', 0],
      ['schedules', 0, 'periods', 0, 'makeupWork', 1],
    ]);
    expect(issues[1]?.message).toMatch(/also listed as a day off/);
  });

  it('rejects overlapping periods, two schedules for one year, and days far from the year', () => {
    const overlapping = issuesOf({
      schedules: [
        {
          year: 2027,
          notice: 'n',
          periods: [
            { name: 'a', from: '2027-10-01', to: '2027-10-07' },
            { name: 'b', from: '2027-10-07' },
          ],
        },
      ],
    });
    expect(overlapping[0]?.message).toMatch(/listed twice/);
    const year = { year: 2027, notice: 'n', periods: [] };
    expect(issuesOf({ schedules: [year, year] })[0]?.path).toEqual(['schedules', 1, 'year']);
    expect(issuesOf({ schedules: [{ ...year, periods: [{ name: 'x', from: '2030-01-01' }] }] })).toHaveLength(
      1,
    );
  });

  it('rejects unknown keys, a day both extra holiday and workday, and local days out of range', () => {
    expect(issuesOf({ strct: true })[0]?.message).toMatch(/strct|Unrecognized/);
    expect(issuesOf({ extraHolidays: ['2026-03-02'], extraWorkdays: ['2026-03-02'] })[0]?.path).toEqual([
      'extraWorkdays',
      0,
    ]);
    expect(issuesOf({ extraHolidays: ['1990-01-02'] })[0]?.path).toEqual(['extraHolidays', 0]);
  });

  it('throws from createWorkCalendar with the same code', () => {
    expect(() => createWorkCalendar({ strict: 'yes' } as never)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_SCHEDULE' }),
    );
  });

  it('never changes the options passed in', () => {
    const options = { extraHolidays: [{ date: '2026-03-02', name: 'local' }] } as const;
    const copy = structuredClone(options);
    createWorkCalendar(options);
    expect(options).toEqual(copy);
  });
});
