import { makeDate } from '../core/index.js';
import { toDayNumber } from '../core/internal.js';
import { chinaMidnightJde } from './astro-time.js';
import { apparentSolarLongitude } from './sun-longitude.js';

/** Signed angle from `target` to `x`, in degrees, in (−180, 180]. */
function offset(x: number, target: number): number {
  const d = (x - target) % 360;
  return d > 180 ? d - 360 : d <= -180 ? d + 360 : d;
}

/** The sun's apparent longitude at China civil midnight beginning day number `day`. */
export function longitudeAtMidnight(day: number): number {
  return apparentSolarLongitude(chinaMidnightJde(day));
}

/**
 * The China civil day (UTC+8) on which the sun reaches apparent longitude `longitude` (a solar term, 节气),
 * searching the days around `near` (within a week; a solar term is never further from its mean date).
 *
 * @returns the day number (days since 1970-01-01)
 */
export function solarTermDay(near: number, longitude: number): number {
  let day = near - 8;
  while (offset(longitudeAtMidnight(day + 1), longitude) < 0) day++;
  return day;
}

/** Approximate days after 1 January of the mean sun reaching each multiple of 15°, from the vernal point (~03-20). */
function meanDay(year: number, longitude: number): number {
  const afterEquinox = (((longitude % 360) + 360) % 360) * (365.2422 / 360);
  return toDayNumber(makeDate(year, 3, 20)) + Math.round(afterEquinox);
}

/**
 * The date of a solar term in a year (节气日期), computed: the China civil day on which the sun's apparent longitude
 * reaches `longitude` degrees, counted from the March equinox of `year` (so 冬至, 270°, is in December of `year`;
 * 小寒, 285°, in January of `year + 1`).
 *
 * @param year - the year of the March equinox the count starts from
 * @param longitude - 0 (春分), 15 (清明), … 270 (冬至), …
 * @returns the day number
 */
export function solarTermOf(year: number, longitude: number): number {
  return solarTermDay(meanDay(year, longitude), longitude);
}
