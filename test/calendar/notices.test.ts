import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  amendHolidaySchedule,
  createWorkCalendar,
  type HolidayNotice,
  OFFICIAL_SCHEDULES,
  parseHolidayNotice,
} from '../../src/calendar/index.js';
import { addDays, type IsoDate, makeDate } from '../../src/core/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'notices');

/** A notice file as stored: `# source:` and `# notice:` lines, then the text. */
function notice(name: string, raw = false): { text: string; source: string; notice: string } {
  const text = readFileSync(join(dir, raw ? 'raw-nfkc-as-stored' : '', `${name}.txt`), 'utf8');
  const header = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const source = /^# source: (\S+)/m.exec(header)?.[1] ?? '';
  const number = /^# notice: (\S+)/m.exec(header)?.[1] ?? '';
  return { text, source, notice: number };
}

const AMENDMENTS: Record<number, string> = {
  2019: '2019-labour-day-adjustment',
  2020: '2020-spring-festival-extension',
};

function read(year: number, raw = false): HolidayNotice {
  const n = notice(String(year), raw);
  const parsed = parseHolidayNotice(n.text, { notice: n.notice, source: n.source });
  const amendment = AMENDMENTS[year];
  if (amendment === undefined) return parsed;
  const a = notice(amendment, raw);
  return amendHolidaySchedule(parsed.schedule, a.text, { notice: a.notice });
}

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

describe('the published notices 2019–2026, read by parseHolidayNotice', () => {
  for (const year of YEARS) {
    it(`${year}: give exactly the built-in schedule, amendments applied`, () => {
      expect(read(year).schedule).toEqual(OFFICIAL_SCHEDULES.find((s) => s.year === year));
    });

    it(`${year}: build a calendar identical to the built-in one on every day of the year`, () => {
      const parsed = createWorkCalendar({ schedules: [read(year).schedule] });
      const builtIn = createWorkCalendar();
      const differences: string[] = [];
      for (let date: IsoDate = makeDate(year, 1, 1); date <= `${year}-12-31`; date = addDays(date, 1)) {
        const mine = parsed.dayInfo(date);
        const theirs = builtIn.dayInfo(date);
        if (JSON.stringify({ ...mine, source: 'x' }) !== JSON.stringify({ ...theirs, source: 'x' })) {
          differences.push(date);
        }
      }
      expect(differences).toEqual([]);
      expect(parsed.coverage(year)).toBe('custom');
      expect(parsed.dayInfo(makeDate(year, 6, 30)).source).toBe('custom');
    });
  }

  it('read the NFKC-folded copies (half-width :(),) as the full-width ones', () => {
    for (const year of YEARS.filter((y) => y !== 2025)) {
      expect(read(year, true).schedule).toEqual(read(year).schedule);
    }
  });

  it('warn where more than 6 working days follow or precede a holiday (第七条), naming the paragraph', () => {
    const warnings = Object.fromEntries(
      YEARS.map((y) => [y, read(y).warnings.map((w) => `${w.code} ${w.paragraph} ${w.message}`)]),
    );
    expect(warnings).toEqual({
      2019: ['long-working-stretch 二、春节 7 working days in a row before the holiday (to 2019-02-03)'],
      2020: [],
      2021: [],
      2022: [
        'long-working-stretch 二、春节 7 working days in a row before the holiday (to 2022-01-30)',
        'long-working-stretch 七、国庆节 7 working days in a row after the holiday (from 2022-10-08)',
      ],
      2023: [
        'long-working-stretch 二、春节 7 working days in a row after the holiday (from 2023-01-28)',
        'long-working-stretch 六、中秋节、国庆节 7 working days in a row after the holiday (from 2023-10-07)',
      ],
      2024: [],
      2025: [],
      2026: [],
    });
  });

  it('take the document number from the text when it has one, else the title', () => {
    expect(parseHolidayNotice(notice('2025').text).schedule.notice).toBe('国办发明电〔2024〕12号');
    expect(parseHolidayNotice(notice('2026').text).schedule.notice).toBe(
      '国务院办公厅关于2026年部分节假日安排的通知',
    );
    expect(parseHolidayNotice(notice('2026').text).schedule.source).toBeUndefined();
  });

  it('read 2024 元旦 and 端午节 ("放假，与周末连休") the same way: the day and the weekend next to it', () => {
    const periods = read(2024).schedule.periods;
    expect(periods.find((p) => p.name === '元旦')).toMatchObject({ from: '2023-12-30', to: '2024-01-01' });
    expect(periods.find((p) => p.name === '端午节')).toMatchObject({ from: '2024-06-08', to: '2024-06-10' });
  });
});
