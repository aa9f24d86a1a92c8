import { describe, expect, it } from 'vitest';
import {
  createWorkCalendar,
  GROUP_ONLY_DAYS,
  OFFICIAL_SCHEDULES,
  type YearSchedule,
} from '../../src/calendar/index.js';
import { statutoryDaysOff } from '../../src/calendar/statutory-fallback.js';
import { parseIsoDate as d, isSsjError } from '../../src/core/index.js';

/** An illustrative schedule for 2027 as a host would pass it once the notice is out (not the real notice). */
const schedule2027: YearSchedule = {
  year: 2027,
  notice: '国务院办公厅关于2027年部分节假日安排的通知',
  periods: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-12', makeupWork: ['2027-02-20'] },
    { name: '劳动节', from: '2027-05-01', to: '2027-05-05', makeupWork: ['2027-04-25'] },
  ],
};

describe('years without an official schedule (2027 on)', () => {
  const calendar = createWorkCalendar();

  it('are answered as provisional by default', () => {
    expect(calendar.coverage(2027)).toBe('provisional');
    expect(calendar.dayInfo(d('2027-03-10'))).toEqual({
      date: '2027-03-10',
      workday: true,
      kind: 'workday',
      source: 'provisional',
      provisional: true,
    });
    expect(calendar.deadline(d('2026-12-20'), 20).provisional).toBe(true);
    expect(calendar.deadline(d('2026-11-02'), 20).provisional).toBe(false);
  });

  it('take the statutory days off of the 2024 text, 春节 4 days (除夕 to 初三) and 劳动节 2 days, lunar dates computed', () => {
    for (const date of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']) {
      expect(calendar.dayInfo(d(date))).toMatchObject({
        kind: 'holiday',
        name: '春节',
        source: 'provisional',
        provisional: true,
      });
    }
    expect(calendar.dayInfo(d('2027-05-03'))).toMatchObject({ kind: 'workday' });
    expect(calendar.dayInfo(d('2027-05-01'))).toMatchObject({ kind: 'holiday', name: '劳动节' });
    expect(calendar.isWorkday(d('2027-02-09'))).toBe(true);
  });

  it('drop the days off of part of the citizens only (03-08, 05-04, 06-01, 08-01)', () => {
    for (const year of [2027, 2028, 2030]) {
      const days = statutoryDaysOff(year);
      for (const group of GROUP_ONLY_DAYS) {
        expect(days.get(d(`${year}-${group.monthDay}`)) ?? 'not off').not.toMatch(/妇女|青年|儿童|建军/);
      }
    }
    expect(calendar.isWorkday(d('2027-03-08'))).toBe(true);
    expect(calendar.isWorkday(d('2027-05-04'))).toBe(true);
    expect(calendar.isWorkday(d('2027-06-01'))).toBe(true);
  });

  it('give a subset of the official days off in the years under the 2024 text (2025, 2026)', () => {
    for (const year of [2025, 2026]) {
      const official = OFFICIAL_SCHEDULES.find((s) => s.year === year);
      const off = createWorkCalendar({ schedules: [] });
      for (const [date] of statutoryDaysOff(year)) {
        expect(off.dayInfo(date)).toMatchObject({ kind: 'holiday', source: 'official' });
      }
      expect(official).toBeDefined();
      expect(statutoryDaysOff(year).size).toBe(13);
    }
  });

  it('throw CALENDAR_YEAR_NOT_OFFICIAL in strict mode, while official years still answer', () => {
    const strict = createWorkCalendar({ strict: true });
    expect(strict.addWorkdays(d('2025-01-20'), 20)).toBe('2025-02-21');
    try {
      strict.isWorkday(d('2027-03-10'));
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error, 'CALENDAR_YEAR_NOT_OFFICIAL')).toBe(true);
    }
    expect(() => strict.addWorkdays(d('2026-12-20'), 20)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_YEAR_NOT_OFFICIAL' }),
    );
  });
});

describe('days a notice sets in the adjacent year', () => {
  it('are official even in a provisional year: the 2019 notice gave 2018-12-30/31 off, 12-29 worked', () => {
    const calendar = createWorkCalendar();
    expect(calendar.coverage(2018)).toBe('provisional');
    expect(calendar.dayInfo(d('2018-12-29'))).toMatchObject({
      kind: 'makeup-workday',
      name: '元旦',
      source: 'official',
      provisional: false,
    });
    expect(calendar.dayInfo(d('2018-12-31'))).toMatchObject({
      kind: 'holiday',
      name: '元旦',
      source: 'official',
      provisional: false,
    });
    expect(calendar.dayInfo(d('2018-12-28'))).toMatchObject({ kind: 'workday', source: 'provisional' });
    expect(calendar.dayInfo(d('2022-12-31'))).toMatchObject({
      kind: 'holiday',
      name: '元旦',
      source: 'official',
      provisional: false,
    });
  });
});

describe('a custom schedule passed in', () => {
  const calendar = createWorkCalendar({ schedules: [schedule2027], strict: true });

  it('is honoured and reported as custom, in strict mode too', () => {
    expect(calendar.coverage(2027)).toBe('custom');
    expect(calendar.dayInfo(d('2027-02-10'))).toEqual({
      date: '2027-02-10',
      workday: false,
      kind: 'holiday',
      name: '春节',
      source: 'custom',
      provisional: false,
    });
    expect(calendar.dayInfo(d('2027-02-20'))).toMatchObject({ kind: 'makeup-workday', source: 'custom' });
    expect(calendar.dayInfo(d('2027-03-10'))).toMatchObject({ kind: 'workday', source: 'custom' });
    expect(calendar.deadline(d('2026-12-20'), 20)).toMatchObject({ provisional: false });
  });

  it('counts through the custom days: 5 working days from 2027-02-04 skip 春节 and use 02-20', () => {
    expect(calendar.addWorkdays(d('2027-02-04'), 5)).toBe('2027-02-19');
    expect(calendar.addWorkdays(d('2027-02-04'), 6)).toBe('2027-02-20');
  });

  it('replaces a built-in year', () => {
    const replaced = createWorkCalendar({
      schedules: [{ year: 2025, notice: 'test', periods: [{ name: '元旦', from: '2025-01-01' }] }],
    });
    expect(replaced.coverage(2025)).toBe('custom');
    expect(replaced.isWorkday(d('2025-10-08'))).toBe(true);
    expect(replaced.isWorkday(d('2025-01-01'))).toBe(false);
  });
});

describe('local days (extraHolidays, extraWorkdays)', () => {
  const calendar = createWorkCalendar({
    extraHolidays: [{ date: '2025-07-15', name: '那达慕' }, '2027-03-10'],
    extraWorkdays: ['2025-10-08'],
  });

  it('are days off or working days with source custom, even in a provisional year', () => {
    expect(calendar.dayInfo(d('2025-07-15'))).toEqual({
      date: '2025-07-15',
      workday: false,
      kind: 'holiday',
      name: '那达慕',
      source: 'custom',
      provisional: false,
    });
    expect(calendar.dayInfo(d('2027-03-10'))).toMatchObject({ workday: false, source: 'custom' });
    expect(calendar.dayInfo(d('2025-10-08'))).toMatchObject({
      workday: true,
      kind: 'workday',
      source: 'custom',
      provisional: false,
    });
    expect(calendar.coverage(2025)).toBe('official');
  });

  it('move deadlines: 1 working day after 2025-07-14 is 07-16', () => {
    expect(calendar.addWorkdays(d('2025-07-14'), 1)).toBe('2025-07-16');
    expect(createWorkCalendar().addWorkdays(d('2025-07-14'), 1)).toBe('2025-07-15');
  });
});
