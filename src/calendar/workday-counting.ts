import { type IsoDate, toDayNumber, yearOf } from '../core/index.js';
import type { YearIndex } from './year-index.js';

/** Returns the (memoized) index of a year; throws for a year the calendar will not answer. */
export type IndexOf = (year: number) => YearIndex;

/** Whether the day at `offset` of an index is a working day (kind `workday` or `makeup-workday`). */
export function isWorkdayAt(index: YearIndex, offset: number): boolean {
  const kind = index.kinds[offset];
  return kind === 0 || kind === 3;
}

/**
 * The n-th working day after `date` (n > 0), or the |n|-th before it (n < 0); `date` itself is not counted.
 * O(1) within a year, one step per year crossed.
 */
export function nthWorkday(indexOf: IndexOf, date: IsoDate, n: number): IsoDate {
  let year = yearOf(date);
  let index = indexOf(year);
  const offset = toDayNumber(date) - index.first;
  if (n > 0) {
    let k = (index.before[offset + 1] ?? 0) + n;
    while (k > index.workdays.length) {
      k -= index.workdays.length;
      year += 1;
      index = indexOf(year);
    }
    return index.workdays[k - 1]!;
  }
  let k = (index.before[offset] ?? 0) + n + 1;
  while (k < 1) {
    year -= 1;
    index = indexOf(year);
    k += index.workdays.length;
  }
  return index.workdays[k - 1]!;
}

/** Working days up to and including `date` in its year. */
function workdaysThrough(index: YearIndex, date: IsoDate): number {
  return index.before[toDayNumber(date) - index.first + 1] ?? 0;
}

/**
 * The number of working days d with from < d ≤ to; negative (minus those with to < d ≤ from) when `to` is
 * before `from`.
 */
export function countWorkdays(indexOf: IndexOf, from: IsoDate, to: IsoDate): number {
  if (to < from) return 0 - countWorkdays(indexOf, to, from); // never -0
  const firstYear = yearOf(from);
  const lastYear = yearOf(to);
  const fromIndex = indexOf(firstYear);
  if (firstYear === lastYear) return workdaysThrough(fromIndex, to) - workdaysThrough(fromIndex, from);
  let count = fromIndex.workdays.length - workdaysThrough(fromIndex, from);
  for (let year = firstYear + 1; year < lastYear; year++) count += indexOf(year).workdays.length;
  return count + workdaysThrough(indexOf(lastYear), to);
}

/** Whether any year from `from` to `to` (either order) is answered provisionally. */
export function spansProvisional(indexOf: IndexOf, from: IsoDate, to: IsoDate): boolean {
  const [a, b] = from <= to ? [yearOf(from), yearOf(to)] : [yearOf(to), yearOf(from)];
  for (let year = a; year <= b; year++) if (indexOf(year).coverage === 'provisional') return true;
  return false;
}
