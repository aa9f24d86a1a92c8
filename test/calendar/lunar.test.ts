import { CalendarChinese } from 'date-chinese';
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, fromLunarDate, LUNAR_YEARS, lunarDateOf } from '../../src/calendar/index.js';
import { statutoryDaysOff } from '../../src/calendar/statutory-fallback.js';
import { addDays, isSsjError, makeDate, parseIsoDate } from '../../src/core/index.js';

/**
 * Where date-chinese (the converter behind date-holidays) places the leap month of 2033 as 闰七月. GB/T 33661-2017
 * 《农历的编算和颁行》 and the Purple Mountain Observatory's published calendar give 闰十一月: the month from 2033-08-25
 * is 八月, and 中秋节 2033 is 09-08. These are the month starts where the two disagree, and only these.
 */
const DATE_CHINESE_2033 = ['2033-08-25', '2033-09-23', '2033-10-23', '2033-11-22'];

describe('the Chinese lunisolar calendar, computed (new moons and principal terms in UTC+8)', () => {
  it('agrees with date-chinese on the number and leap flag of every month 1950–2100, but for 2033', () => {
    const theirs = new CalendarChinese();
    const disagreements: string[] = [];
    let months = 0;
    const start = lunarDateOf(parseIsoDate('1950-01-01'));
    for (
      let date = addDays(parseIsoDate('1950-01-01'), start.monthDays - start.day + 1);
      date <= '2100-12-31';
    ) {
      const ours = lunarDateOf(date);
      theirs.fromGregorian(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
      const [, , month, leap, day] = theirs.get();
      if (month !== ours.month || leap !== ours.leap || day !== 1 || ours.day !== 1) disagreements.push(date);
      months += 1;
      date = addDays(date, ours.monthDays - ours.day + 1);
    }
    expect(months).toBeGreaterThan(1860);
    expect(disagreements).toEqual(DATE_CHINESE_2033);
  });

  it('gives the 春节, 端午节 and 中秋节 of date-holidays (CN) 2000–2100, but where its rules slip a day', () => {
    const holidays = new Holidays('CN');
    const rules = {
      'chinese 01-0-01': [1, 1],
      'chinese 05-0-05': [5, 5],
      'chinese 08-0-15': [8, 15],
    } as const;
    const differences: string[] = [];
    for (let year = 2000; year <= 2100; year++) {
      for (const holiday of holidays.getHolidays(year, 'zh')) {
        const rule = rules[holiday.rule as keyof typeof rules];
        if (rule === undefined) continue;
        const ours = fromLunarDate(year, rule[0], rule[1]);
        if (ours !== holiday.date.slice(0, 10)) differences.push(`${holiday.date.slice(0, 10)}→${ours}`);
      }
    }
    // date-holidays' rule engine gives these one day early although date-chinese, which it calls, agrees with
    // us (checked above); 2033 is the leap-month difference.
    expect(differences).toEqual([
      '2033-10-07→2033-09-08',
      '2039-10-01→2039-10-02',
      '2053-06-19→2053-06-20',
      '2059-09-20→2059-09-21',
      '2077-09-30→2077-10-01',
      '2080-06-21→2080-06-22',
      '2093-05-28→2093-05-29',
    ]);
  });

  it('gives the 春节 of every official notice 2019–2026 (初一) and 2033 as GB/T 33661-2017 does', () => {
    const newYears = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) => fromLunarDate(y, 1, 1));
    expect(newYears).toEqual([
      '2019-02-05',
      '2020-01-25',
      '2021-02-12',
      '2022-02-01',
      '2023-01-22',
      '2024-02-10',
      '2025-01-29',
      '2026-02-17',
    ]);
    expect(lunarDateOf(parseIsoDate('2033-12-22'))).toMatchObject({
      year: 2033,
      month: 11,
      leap: true,
      day: 1,
    });
    expect(fromLunarDate(2033, 8, 15)).toBe('2033-09-08');
    expect(fromLunarDate(2023, 2, 1, true)).toBe('2023-03-22');
    expect(fromLunarDate(2025, 6, 1, true)).toBe('2025-07-25');
  });

  it('takes day 0 as the last day of the month before: 除夕', () => {
    expect(fromLunarDate(2025, 1, 0)).toBe('2025-01-28');
    expect(lunarDateOf(parseIsoDate('2025-01-28'))).toEqual({
      year: 2024,
      month: 12,
      leap: false,
      day: 29,
      monthDays: 29,
    });
    expect(fromLunarDate(2027, 1, 0)).toBe('2027-02-05');
  });

  it('turns a date into its lunar date and back, for any day 1901–2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 297 * 365 }), (n) => {
        const date = addDays(makeDate(1901, 1, 1), n);
        const lunar = lunarDateOf(date);
        return fromLunarDate(lunar.year, lunar.month, lunar.day, lunar.leap) === date;
      }),
      { numRuns: 300 },
    );
  });

  it('refuses dates it cannot compute, and lunar dates a year does not have', () => {
    expect(LUNAR_YEARS).toEqual({ from: 1901, to: 2199 });
    for (const bad of [() => lunarDateOf(parseIsoDate('1900-06-01')), () => fromLunarDate(2200, 5, 5)]) {
      expect(bad).toThrowError(expect.objectContaining({ code: 'CALENDAR_DATE_OUT_OF_RANGE' }));
    }
    expect(() => fromLunarDate(2025, 4, 1, true)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => fromLunarDate(2025, 13, 1)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => lunarDateOf('2025-02-30' as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    try {
      fromLunarDate(2024, 12, 30); // 腊月 2024 has 29 days
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error, 'INVALID_INPUT')).toBe(true);
    }
  });
});

describe('the statutory days of every year the calendar answers', () => {
  it('are computed for 2000–2199: 春节 between 01-21 and 02-20, 清明 (a day off from 2008) on 04-04 to 04-06', () => {
    const calendar = createWorkCalendar({ schedules: [] });
    for (let year = 2000; year <= 2199; year++) {
      const newYear = fromLunarDate(year, 1, 1);
      expect(newYear >= `${year}-01-21` && newYear <= `${year}-02-20`, `${year}: ${newYear}`).toBe(true);
      const days = [...statutoryDaysOff(year)];
      const qingming = days.filter(([, name]) => name === '清明节').map(([date]) => date);
      if (year < 2008) {
        expect(qingming).toEqual([]);
        continue;
      }
      expect(
        qingming.length === 1 && qingming[0]! >= `${year}-04-04` && qingming[0]! <= `${year}-04-06`,
      ).toBe(true);
    }
    expect(calendar.dayInfo(parseIsoDate('2199-12-31')).provisional).toBe(true);
  });
});
