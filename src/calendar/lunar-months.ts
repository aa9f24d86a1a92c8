import { chinaDayOfJde } from './astro-time.js';
import { lunationNear, newMoonJde } from './new-moon.js';
import { longitudeAtMidnight, solarTermOf } from './solar-terms.js';

/** One month of the Chinese lunisolar calendar (农历月): its number, whether it is a leap month, its first day. */
export interface LunarMonth {
  /** The lunar year the month belongs to (the Gregorian year of its 正月). */
  readonly year: number;
  /** 1 (正月) … 12 (腊月). */
  readonly month: number;
  /** A leap month (闰月) repeats the number of the month before it. */
  readonly leap: boolean;
  /** Day number (days since 1970-01-01) of its first day (初一), the China civil day of the new moon. */
  readonly first: number;
  /** Its length, 29 or 30 days. */
  readonly days: number;
}

const JD_UNIX_EPOCH = 2440587.5;

/** The China civil day of the k-th new moon. */
function newMoonDay(k: number): number {
  return chinaDayOfJde(newMoonJde(k));
}

/** The lunation whose new moon is the last one on or before day number `day`. */
function lunationOnOrBefore(day: number): number {
  let k = lunationNear(JD_UNIX_EPOCH + day);
  while (newMoonDay(k) > day) k--;
  while (newMoonDay(k + 1) <= day) k++;
  return k;
}

/** Which principal term (中气, a multiple of 30°) the sun is past at China midnight of `day`: 0–11. */
function principalIndex(day: number): number {
  return Math.floor(longitudeAtMidnight(day) / 30);
}

const cache = new Map<number, readonly LunarMonth[]>();

/**
 * The months of one 岁 (the span from the month holding the winter solstice of `year − 1` to the one holding the
 * winter solstice of `year`), numbered by the rules of GB/T 33661-2017 《农历的编算和颁行》: days are China civil
 * days (UTC+8); the month holding 冬至 is month 11; when 13 new moons begin between two month-11s, the first month
 * with no principal term (中气) is the leap month. Returns months 11 of `year − 1` up to, not including, month 11
 * of `year`. Memoized.
 */
export function monthsOfSui(year: number): readonly LunarMonth[] {
  const known = cache.get(year);
  if (known !== undefined) return known;
  const k0 = lunationOnOrBefore(solarTermOf(year - 1, 270));
  const k1 = lunationOnOrBefore(solarTermOf(year, 270));
  const starts = Array.from({ length: k1 - k0 + 1 }, (_, i) => newMoonDay(k0 + i));
  const leapYear = k1 - k0 === 13;
  let leapFound = false;
  let number = 11;
  const months: LunarMonth[] = [];
  for (let i = 0; i < k1 - k0; i++) {
    const first = starts[i]!;
    const next = starts[i + 1]!;
    const hasPrincipal = principalIndex(first) !== principalIndex(next);
    const leap = i > 0 && leapYear && !leapFound && !hasPrincipal;
    if (leap) leapFound = true;
    else if (i > 0) number = (number % 12) + 1;
    months.push({ year: number >= 11 ? year - 1 : year, month: number, leap, first, days: next - first });
  }
  cache.set(year, months);
  return months;
}
