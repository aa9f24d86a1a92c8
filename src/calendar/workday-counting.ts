import type { IsoDate } from '../core/index.js';
import type { YearIndex } from './year-index.js';

/** Returns the (memoized) index of a year; throws for a year the calendar will not answer. */
export type IndexOf = (year: number) => YearIndex;

/** A day located in its year's index. */
export interface DayRef {
  readonly date: IsoDate;
  readonly index: YearIndex;
  /** 0-based day of the year. */
  readonly offset: number;
}

/** Finds a date in its year's index. */
export type Locate = (date: IsoDate) => DayRef;

/** Whether the day at `offset` of an index is a working day (kind `workday` or `makeup-workday`). */
export function isWorkdayAt(index: YearIndex, offset: number): boolean {
  const kind = index.kinds[offset];
  return kind === 0 || kind === 3;
}

/**
 * The n-th working day after a day (n > 0), or the |n|-th before it (n < 0); the day itself is not counted.
 * O(1) within a year, one step per year crossed.
 */
export function nthWorkday(indexOf: IndexOf, day: DayRef, n: number): IsoDate {
  let index = day.index;
  if (n > 0) {
    let k = (index.before[day.offset + 1] ?? 0) + n;
    while (k > index.workdays.length) {
      k -= index.workdays.length;
      index = indexOf(index.year + 1);
    }
    return index.workdays[k - 1]!;
  }
  let k = (index.before[day.offset] ?? 0) + n + 1;
  while (k < 1) {
    index = indexOf(index.year - 1);
    k += index.workdays.length;
  }
  return index.workdays[k - 1]!;
}

/** Working days up to and including a day, in its year. */
function through(day: DayRef): number {
  return day.index.before[day.offset + 1] ?? 0;
}

/**
 * The number of working days d with from < d ≤ to; negative (minus those with to < d ≤ from) when `to` is
 * before `from`.
 */
export function workdaysIn(indexOf: IndexOf, from: DayRef, to: DayRef): number {
  if (to.date < from.date) return 0 - workdaysIn(indexOf, to, from); // never -0
  if (from.index === to.index) return through(to) - through(from);
  let count = from.index.workdays.length - through(from);
  for (let year = from.index.year + 1; year < to.index.year; year++) count += indexOf(year).workdays.length;
  return count + through(to);
}

/** Whether any year from `from` to `to` (either order) is answered provisionally. */
export function spansProvisional(indexOf: IndexOf, from: IsoDate, to: IsoDate): boolean {
  const [a, b] = from <= to ? [from, to] : [to, from];
  for (let year = Number(a.slice(0, 4)); year <= Number(b.slice(0, 4)); year++) {
    if (indexOf(year).coverage === 'provisional') return true;
  }
  return false;
}
