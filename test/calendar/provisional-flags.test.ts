import { describe, expect, it } from 'vitest';
import { createWorkCalendar, type YearSchedule } from '../../src/calendar/index.js';
import { parseIsoDate as d } from '../../src/core/index.js';

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
});
