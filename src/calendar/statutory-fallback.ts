import Holidays from 'date-holidays';
import { type IsoDate, isIsoDate } from '../core/index.js';
import { fromDayNumber, toDayNumber } from '../core/internal.js';
import { STATUTORY_FESTIVALS } from './statutory-rules.js';

let china: Holidays | undefined;
const byYear = new Map<number, ReadonlyMap<IsoDate, string>>();

function holidaysOf(
  year: number,
): readonly { readonly date: string; readonly name: string; readonly type: string }[] {
  china ??= new Holidays('CN');
  return china.getHolidays(year, 'zh');
}

/**
 * The statutory days off of a year with no schedule (法定节假日, fallback), from `date-holidays`: the festivals
 * that are days off for everybody ({@link STATUTORY_FESTIVALS}) only, each run lengthened to its statutory
 * number of days; no 调休 (make-up working days) and no bridging, which only a notice sets. Memoized per year.
 * The only place the library touches date-holidays; its dates are read from the `date` text, never from
 * host-local `Date` getters.
 *
 * @param year - the year
 * @returns each day off of that year with the festival name
 * @example
 * ```ts
 * statutoryDaysOff(2027).get(parseIsoDate('2027-02-08')); // '春节'
 * ```
 */
export function statutoryDaysOff(year: number): ReadonlyMap<IsoDate, string> {
  const known = byYear.get(year);
  if (known !== undefined) return known;
  const days = new Map<string, number[]>();
  for (const holiday of holidaysOf(year)) {
    const name = holiday.name.split(/\s+/)[0] ?? '';
    const date = holiday.date.slice(0, 10);
    if (holiday.type !== 'public' || !isIsoDate(date) || Number(date.slice(0, 4)) !== year) continue;
    if (!STATUTORY_FESTIVALS.some((f) => f.name === name)) continue;
    days.set(name, [...(days.get(name) ?? []), toDayNumber(date)]);
  }
  const result = new Map<IsoDate, string>();
  for (const festival of STATUTORY_FESTIVALS) {
    const found = [...new Set(days.get(festival.name) ?? [])].sort((a, b) => a - b);
    const last = found[found.length - 1];
    if (last === undefined) continue;
    const extra = Array.from({ length: Math.max(0, festival.days - found.length) }, (_, i) => last + i + 1);
    for (const day of [...found, ...extra]) {
      const date = fromDayNumber(day);
      if (Number(date.slice(0, 4)) === year) result.set(date, festival.name);
    }
  }
  byYear.set(year, result);
  return result;
}
