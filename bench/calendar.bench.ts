/**
 * Calendar arithmetic: one million `addWorkdays(date, 20)` calls (target < 1 s), plus `workdaysBetween` and
 * `isWorkday`, over start dates spread across 2019–2026, and the anchor: chinese-days `findWorkday(20, date)`. Run alone: `npx tsx bench/calendar.bench.ts`.
 */
import chineseDays from 'chinese-days';
import { createWorkCalendar } from '../src/calendar/index.js';
import { type IsoDate, parseIsoDate } from '../src/core/index.js';
import { fromDayNumber, toDayNumber } from '../src/core/internal.js';
import { type BenchResult, measure, runIfMain } from './harness.js';

const CALLS = 1_000_000;

/** 4,096 start dates, one every other day from 2019-01-01 (the calendar is warmed on all its years first). */
function startDates(): IsoDate[] {
  const first = toDayNumber(parseIsoDate('2019-01-01'));
  return Array.from({ length: 4096 }, (_, i) => fromDayNumber(first + ((i * 2) % 2900)));
}

/** Runs the calendar benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const calendar = createWorkCalendar();
  const dates = startDates();
  const moments = dates.map((date) => new Date(`${date}T09:30:00+08:00`));
  for (const date of dates) calendar.addWorkdays(date, 20);
  let sink = 0;
  const results = [
    await measure(
      'calendar: 1M addWorkdays(date, 20)',
      () => {
        for (let i = 0; i < CALLS; i++) sink += calendar.addWorkdays(dates[i & 4095]!, 20).length;
      },
      { runs: 7, targetMs: 1000, note: 'IsoDate inputs, start dates 2019–2026' },
    ),
    await measure(
      'calendar: 1M addWorkdays(Date, 20)',
      () => {
        for (let i = 0; i < CALLS; i++) sink += calendar.addWorkdays(moments[i & 4095]!, 20).length;
      },
      { runs: 7, note: 'Date inputs, read as the China civil date' },
    ),
    await measure(
      'calendar: 1M workdaysBetween(a, b)',
      () => {
        for (let i = 0; i < CALLS; i++)
          sink += calendar.workdaysBetween(dates[i & 4095]!, dates[(i + 77) & 4095]!);
      },
      { runs: 7, note: 'spans up to 8 years' },
    ),
    await measure(
      'calendar: 1M isWorkday(date)',
      () => {
        for (let i = 0; i < CALLS; i++) sink += calendar.isWorkday(dates[i & 4095]!) ? 1 : 0;
      },
      { runs: 7 },
    ),
    await measure('calendar: createWorkCalendar + first answer in a new year', () => {
      sink += createWorkCalendar().addWorkdays(parseIsoDate('2025-01-20'), 20).length;
    }),
  ];
  const library = results[0] as BenchResult;
  const anchor = await measure(
    'anchor: chinese-days findWorkday(20, date), 10k calls',
    () => {
      for (let i = 0; i < 10_000; i++) sink += chineseDays.findWorkday(20, dates[i & 4095]!).length;
    },
    { runs: 3 },
  );
  const perCall = (r: BenchResult, calls: number) => Math.round((r.medianMs / calls) * 1e6) / 1e3;
  results.push({
    ...anchor,
    note: `${perCall(anchor, 10_000)} µs a call; the library's addWorkdays(date, 20): ${perCall(library, CALLS)} µs`,
  });
  if (sink === -1) console.log(sink);
  return results;
}

await runIfMain(import.meta.url, run);
