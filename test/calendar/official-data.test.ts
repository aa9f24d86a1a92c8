import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, OFFICIAL_SCHEDULES } from '../../src/calendar/index.js';
import { addDays, type IsoDate, isoWeekday, parseIsoDate } from '../../src/core/index.js';
import { fromDayNumber, toDayNumber } from '../../src/core/internal.js';

/** The published schedules, as checked against two independent data sets (a copy of the shared data file). */
const official = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'cn-official-schedule.json'), 'utf8'),
) as Record<string, { off: string[]; makeupWork: string[] }>;

/**
 * The one reading the library takes on top of the published data: the 2024 notice gives 端午节 as "6月10日放假，与周末
 * 连休", as it gives 元旦. The data lists the weekend before 元旦 (2023-12-30/31) as days off but not the weekend
 * before 端午节; the library reads both alike (and as the 2019 notice's periods), so 2024-06-08/09 are days off of
 * 端午节. Both are weekend days: no working day differs.
 */
const WEEKEND_BEFORE_DRAGON_BOAT_2024 = ['2024-06-08', '2024-06-09'];
official['2024']?.off.push(...WEEKEND_BEFORE_DRAGON_BOAT_2024);

function expand(from: string, to: string | undefined): string[] {
  const first = toDayNumber(parseIsoDate(from));
  const last = toDayNumber(parseIsoDate(to ?? from));
  return Array.from({ length: last - first + 1 }, (_, i) => fromDayNumber(first + i));
}

describe('the built-in official schedules', () => {
  it('cover exactly the notice years of the published data, 2019 to 2026', () => {
    expect(OFFICIAL_SCHEDULES.map((s) => String(s.year))).toEqual(Object.keys(official));
  });

  for (const schedule of OFFICIAL_SCHEDULES) {
    it(`list the same days off and make-up working days as the ${schedule.year} notice, day by day`, () => {
      const expected = official[String(schedule.year)];
      const off = schedule.periods.flatMap((p) => expand(p.from, p.to));
      const makeup = schedule.periods.flatMap((p) => [...(p.makeupWork ?? [])]);
      expect([...off].sort()).toEqual([...(expected?.off ?? [])].sort());
      expect([...makeup].sort()).toEqual([...(expected?.makeupWork ?? [])].sort());
      expect(new Set(off).size).toBe(off.length);
    });
  }

  it('name every period after a statutory festival, merged periods as the notices write them', () => {
    const names = new Set(OFFICIAL_SCHEDULES.flatMap((s) => s.periods.map((p) => p.name)));
    expect([...names].sort()).toEqual(
      [
        '中秋节',
        '中秋节、国庆节',
        '元旦',
        '劳动节',
        '国庆节',
        '国庆节、中秋节',
        '春节',
        '清明节',
        '端午节',
      ].sort(),
    );
  });

  it('mark the 2020 extension of 春节 with its own notice, 国办发明电〔2020〕1号', () => {
    const extension = OFFICIAL_SCHEDULES.find((s) => s.year === 2020)?.periods.find(
      (p) => p.source !== undefined,
    );
    expect(extension).toMatchObject({ name: '春节', from: '2020-01-31', to: '2020-02-02' });
    expect(extension?.source).toBe('国办发明电〔2020〕1号');
  });

  it('make only weekend days into make-up working days', () => {
    for (const schedule of OFFICIAL_SCHEDULES) {
      for (const date of schedule.periods.flatMap((p) => [...(p.makeupWork ?? [])])) {
        expect(isoWeekday(parseIsoDate(date))).toBeGreaterThanOrEqual(6);
      }
    }
  });
});

describe('isWorkday against the official data', () => {
  const calendar = createWorkCalendar();
  const off = new Set(Object.values(official).flatMap((y) => y.off));
  const makeup = new Set(Object.values(official).flatMap((y) => y.makeupWork));

  it('agrees for every day from 2019-01-01 to 2026-12-31', () => {
    const disagreements: string[] = [];
    let days = 0;
    for (let date: IsoDate = parseIsoDate('2019-01-01'); date <= '2026-12-31'; date = addDays(date, 1)) {
      const expected = makeup.has(date) || (!off.has(date) && isoWeekday(date) <= 5);
      if (calendar.isWorkday(date) !== expected) disagreements.push(date);
      days += 1;
    }
    expect(days).toBe(2922);
    expect(disagreements).toEqual([]);
  });

  it('answers every day of those years as official, with the holiday name on days off and make-up days', () => {
    for (let date: IsoDate = parseIsoDate('2019-01-01'); date <= '2026-12-31'; date = addDays(date, 1)) {
      const info = calendar.dayInfo(date);
      expect(info.source).toBe('official');
      if (off.has(date)) expect(info).toMatchObject({ kind: 'holiday', workday: false });
      if (makeup.has(date)) expect(info).toMatchObject({ kind: 'makeup-workday', workday: true });
      if (off.has(date) || makeup.has(date)) expect(info.name).toBeTypeOf('string');
      else expect(info.name).toBeUndefined();
    }
  });

  it('names days by their period: 2025-10-04 is 国庆节、中秋节, 2026-02-28 is a 春节 make-up working day', () => {
    expect(calendar.dayInfo(parseIsoDate('2025-10-04'))).toEqual({
      date: '2025-10-04',
      workday: false,
      kind: 'holiday',
      name: '国庆节、中秋节',
      source: 'official',
      provisional: false,
    });
    expect(calendar.dayInfo(parseIsoDate('2026-02-28'))).toMatchObject({
      kind: 'makeup-workday',
      name: '春节',
    });
    expect(calendar.dayInfo(parseIsoDate('2025-03-08'))).toMatchObject({ kind: 'weekend', workday: false });
    expect(calendar.dayInfo(parseIsoDate('2026-06-01'))).toMatchObject({ kind: 'workday', workday: true });
  });
});
