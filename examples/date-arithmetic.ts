/**
 * China civil dates (日期) as `YYYY-MM-DD` strings: calendar-day and month arithmetic, weekdays, month ends and
 * leap years, with impossible dates refused instead of rolled over.
 *
 * Run: `npx tsx examples/date-arithmetic.ts`
 */
import { pathToFileURL } from 'node:url';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  endOfMonth,
  isLeapYear,
  isoWeekday,
  isSsjError,
  makeDate,
  parseIsoDate,
  yearOf,
} from '../src/core/index.js';

/** Works through the date helpers on the dates of a 2025 inspection, and refuses 2025-02-30. */
export function main(): string[] {
  const lines: string[] = [];
  const inspected = parseIsoDate('2025-01-20');
  // #region addDays
  const tenDaysLater = addDays(inspected, 10); // '2025-01-30'
  // #endregion addDays
  // #region addMonths
  const monthAfterJan31 = addMonths(parseIsoDate('2025-01-31'), 1); // '2025-02-28': the month's last day
  // #endregion addMonths
  // #region daysBetween
  const days = daysBetween(inspected, parseIsoDate('2025-02-21')); // 32
  // #endregion daysBetween
  // #region compareDates
  const sorted = [parseIsoDate('2025-03-01'), inspected].sort(compareDates); // ['2025-01-20', '2025-03-01']
  // #endregion compareDates
  // #region isoWeekday
  const weekday = isoWeekday(inspected); // 1: a Monday
  // #endregion isoWeekday
  // #region yearOf
  const year = yearOf(inspected); // 2025
  // #endregion yearOf
  // #region months
  const leap = isLeapYear(2024); // true
  const february = daysInMonth(2024, 2); // 29
  const lastOfFebruary = endOfMonth(2025, 2); // '2025-02-28'
  const filingDay = makeDate(2025, 2, 28); // '2025-02-28'
  // #endregion months
  lines.push(`${tenDaysLater} ${monthAfterJan31} ${days} ${sorted.join(',')} ${weekday} ${year}`);
  lines.push(`${leap} ${february} ${lastOfFebruary} ${filingDay}`);
  try {
    addDays('2025-02-30' as never, 1);
  } catch (error) {
    if (isSsjError(error)) lines.push(error.code);
  }
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main().join('\n'));
}
