/**
 * Working-day deadlines on the China calendar (工作日期限): the regulation's deadlines counted the legal way, a
 * provisional answer for a year with no notice yet, and the same answer once the host passes the new schedule.
 *
 * Run: `npx tsx examples/calendar-deadlines.ts`
 */
import { pathToFileURL } from 'node:url';
import { createWorkCalendar, type YearSchedule } from '../src/calendar/index.js';
import { isSsjError, parseIsoDate } from '../src/core/index.js';

// #region next-year
/**
 * The schedule a host passes in the day the State Council publishes next year's notice. (Illustrative days:
 * copy the real notice, period by period.)
 */
const schedule2027: YearSchedule = {
  year: 2027,
  notice: '国务院办公厅关于2027年部分节假日安排的通知',
  periods: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-12', makeupWork: ['2027-02-20'] },
  ],
};
// #endregion next-year

/** Runs the example and returns what it prints. */
export function main(): string {
  const lines: string[] = [];
  // #region deadlines
  const calendar = createWorkCalendar();
  // Results of an inspection on 2025-01-20 are published within 20 working days (across 春节 2025).
  const results = calendar.deadline(parseIsoDate('2025-01-20'), 20);
  lines.push(`inspection 2025-01-20, results due ${results.due} (provisional: ${results.provisional})`);
  // A checklist change after a law changed on 2026-02-12 is entered within 10 working days.
  lines.push(
    `checklist change 2026-02-12, entered by ${calendar.addWorkdays(parseIsoDate('2026-02-12'), 10)}`,
  );
  // Plans filed by the end of February 2026: Saturday 02-28 is a make-up working day, so it stays.
  lines.push(`plans filed by ${calendar.endOfMonthDeadline(2026, 2).due}`);
  const day = calendar.dayInfo(parseIsoDate('2025-10-04'));
  lines.push(
    `2025-10-04: ${day.kind} (${day.name ?? ''}), next working day ${calendar.addWorkdays(day.date, 1)}`,
  );
  // #endregion deadlines

  // #region provisional
  const late = calendar.deadline(parseIsoDate('2027-01-20'), 20);
  lines.push(`inspection 2027-01-20, results due ${late.due} (provisional: ${late.provisional})`);
  try {
    createWorkCalendar({ strict: true }).deadline(parseIsoDate('2027-01-20'), 20);
  } catch (error) {
    if (isSsjError(error, 'CALENDAR_YEAR_NOT_OFFICIAL')) lines.push(`strict calendar: ${error.code}`);
  }
  const updated = createWorkCalendar({ schedules: [schedule2027], strict: true });
  const known = updated.deadline(parseIsoDate('2027-01-20'), 20);
  lines.push(
    `with the 2027 schedule (${updated.coverage(2027)}): due ${known.due} (provisional: ${known.provisional})`,
  );
  // #endregion provisional
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main());
}
