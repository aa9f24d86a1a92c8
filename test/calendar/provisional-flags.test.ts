import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, type YearSchedule } from '../../src/calendar/index.js';
import { addDays, parseIsoDate as d, type IsoDate } from '../../src/core/index.js';
import { fromDayNumber, toDayNumber } from '../../src/core/internal.js';

/** A 2027 schedule as a host passes it once the notice is out (illustrative days). */
const schedule2027: YearSchedule = {
  year: 2027,
  notice: '国务院办公厅关于2027年部分节假日安排的通知',
  periods: [{ name: '春节', from: '2027-02-05', to: '2027-02-12', makeupWork: ['2027-01-31', '2027-02-20'] }],
};

describe('an answer that depends on a provisional year says so in every result', () => {
  const calendar = createWorkCalendar();
  const known = createWorkCalendar({ schedules: [schedule2027] });

  it('dayInfo: provisional (and source) for a 2027 day, not for a 2026 one', () => {
    expect(calendar.dayInfo(d('2027-01-31'))).toEqual({
      date: '2027-01-31',
      workday: false,
      kind: 'weekend',
      source: 'provisional',
      provisional: true,
    });
    expect(calendar.dayInfo(d('2026-12-31')).provisional).toBe(false);
    expect(known.dayInfo(d('2027-01-31'))).toMatchObject({ kind: 'makeup-workday', provisional: false });
  });

  it('deadline: a count from December 2026 into 2027 is provisional, forwards and backwards', () => {
    expect(calendar.deadline(d('2026-12-21'), 20)).toEqual({
      from: '2026-12-21',
      workdays: 20,
      due: '2027-01-19',
      provisional: true,
    });
    expect(calendar.deadline(d('2026-11-20'), 20).provisional).toBe(false);
    expect(calendar.deadline(d('2027-01-05'), -5).provisional).toBe(true);
    expect(calendar.deadline(d('2027-01-04'), -1)).toMatchObject({ due: '2026-12-31', provisional: true });
    expect(known.deadline(d('2026-12-21'), 20).provisional).toBe(false);
  });

  it('periodEnd and endOfMonthDeadline: provisional when a day looked at is in 2027', () => {
    expect(calendar.periodEnd(d('2026-12-15'), { months: 1 })).toMatchObject({
      nominalEnd: '2027-01-15',
      provisional: true,
    });
    expect(calendar.periodEnd(d('2026-11-15'), { months: 1 }).provisional).toBe(false);
    expect(calendar.endOfMonthDeadline(2027, 2)).toMatchObject({ due: '2027-03-01', provisional: true });
    expect(known.endOfMonthDeadline(2027, 2).provisional).toBe(false);
  });

  it('coverage: 2027 turns from provisional into custom with the schedule', () => {
    expect([calendar.coverage(2026), calendar.coverage(2027)]).toEqual(['official', 'provisional']);
    expect(known.coverage(2027)).toBe('custom');
  });

  it('countWorkdays: the count of workdaysBetween with the flag, across the turn of 2026 into 2027', () => {
    // 2026-12-22 … 2027-01-19: 8 working days left in December 2026, 1 January off, 12 working days in January.
    expect(calendar.countWorkdays(d('2026-12-21'), d('2027-01-19'))).toEqual({
      from: '2026-12-21',
      to: '2027-01-19',
      workdays: 20,
      provisional: true,
    });
    expect(calendar.countWorkdays(d('2027-01-19'), d('2026-12-21'))).toMatchObject({
      workdays: -20,
      provisional: true,
    });
    expect(calendar.countWorkdays(d('2026-11-20'), d('2026-12-18'))).toMatchObject({
      workdays: 20,
      provisional: false,
    });
    // Counting up to 2026-12-31 looks at no day of 2027; the same day twice counts over nothing.
    expect(calendar.countWorkdays(d('2026-12-30'), d('2026-12-31')).provisional).toBe(false);
    expect(calendar.countWorkdays(d('2027-03-10'), d('2027-03-10'))).toMatchObject({
      workdays: 0,
      provisional: false,
    });
    // 2027-01-31 is a working day only once the notice says so.
    expect(known.countWorkdays(d('2027-01-29'), d('2027-02-01'))).toMatchObject({
      workdays: 2,
      provisional: false,
    });
  });
});

/** Dates from 2025 to 2028: two official years, two provisional ones. */
const around = fc
  .integer({ min: toDayNumber(d('2025-01-01')), max: toDayNumber(d('2028-12-31')) })
  .map(fromDayNumber);
const firstProvisional = '2027-01-01';
const inProvisional = (date: IsoDate) => date >= firstProvisional;

describe('the flagged forms give the bare answers with the flag, for all dates and counts', () => {
  const calendar = createWorkCalendar();

  it('dayInfo is isWorkday with its flag: provisional exactly from 2027 on', () => {
    fc.assert(
      fc.property(around, (date) => {
        const info = calendar.dayInfo(date);
        expect(info.workday).toBe(calendar.isWorkday(date));
        expect(info.provisional).toBe(inProvisional(date));
      }),
    );
  });

  it('deadline is addWorkdays with its flag: provisional when a day after (or before) the start lies in 2027', () => {
    const count = fc.integer({ min: -80, max: 80 }).filter((n) => n !== 0);
    fc.assert(
      fc.property(around, count, (date, n) => {
        const result = calendar.deadline(date, n);
        expect(result.due).toBe(calendar.addWorkdays(date, n));
        const reach = n > 0 ? result.due : addDays(date, -1); // the latest day looked at
        expect(result.provisional).toBe(inProvisional(reach));
      }),
    );
  });

  it('countWorkdays is workdaysBetween with its flag: provisional when the later day lies in 2027', () => {
    fc.assert(
      fc.property(around, around, (from, to) => {
        const result = calendar.countWorkdays(from, to);
        expect(result).toMatchObject({ from, to, workdays: calendar.workdaysBetween(from, to) });
        expect(result.provisional).toBe(from !== to && (inProvisional(from) || inProvisional(to)));
      }),
    );
  });
});
