import { type IsoDate, makeDate } from '../core/index.js';
import { fromDayNumber, toDayNumber } from '../core/internal.js';
import { fromLunarDate } from './lunar-date.js';
import { solarTermOf } from './solar-terms.js';
import { type FestivalDay, measuresFor, type StatutoryFestival } from './statutory-rules.js';

const byYear = new Map<number, ReadonlyMap<IsoDate, string>>();

/** The day number of a festival's first day in `year`: fixed dates as data, lunar dates and solar terms computed. */
export function festivalFirstDay(year: number, first: FestivalDay): number {
  if ('fixed' in first) return toDayNumber(makeDate(year, first.fixed[0], first.fixed[1]));
  if ('lunar' in first) return toDayNumber(fromLunarDate(year, first.lunar[0], first.lunar[1]));
  return solarTermOf(year, first.solarTerm);
}

/** The statutory days off of one festival in `year` (its first day and the days after), as day numbers. */
export function festivalDays(year: number, festival: StatutoryFestival): number[] {
  const first = festivalFirstDay(year, festival.first);
  return Array.from({ length: festival.days }, (_, i) => first + i);
}

/**
 * The statutory days off of a year with no schedule (法定节假日, fallback): the festivals that are days off for
 * every citizen under the text of 《全国年节及纪念日放假办法》 governing that year, with the lunar dates (春节, 端午,
 * 中秋) and 清明 computed. No 调休 (make-up working days) and no bridging, which only a notice sets. Memoized.
 *
 * @param year - the year
 * @returns each day off of that year with the festival name
 * @example
 * ```ts
 * statutoryDaysOff(2027).get(parseIsoDate('2027-02-05')); // '春节' (除夕)
 * ```
 */
export function statutoryDaysOff(year: number): ReadonlyMap<IsoDate, string> {
  const known = byYear.get(year);
  if (known !== undefined) return known;
  const result = new Map<IsoDate, string>();
  for (const festival of measuresFor(year).festivals) {
    for (const day of festivalDays(year, festival)) {
      const date = fromDayNumber(day);
      if (Number(date.slice(0, 4)) === year) result.set(date, festival.name);
    }
  }
  byYear.set(year, result);
  return result;
}
