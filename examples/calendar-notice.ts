/**
 * Next year's calendar the day its notice is published (通知发布当天启用新年度日历): the State Council notice read and
 * checked, its schedule passed to the calendar, and 2027 answers turning from provisional to custom. On the command
 * line the first step is `shuangsuiji calendar notice notice.txt > 2027.json`.
 *
 * The notice in `examples/calendar-notice/notice-2027.txt` is illustrative: the 2027 notice has not been published.
 * It is written as the 2025 and 2026 notices are, under the same rules (春节 from 除夕 for 8 days, a festival on a
 * Wednesday is that day only).
 *
 * Run: `npx tsx examples/calendar-notice.ts`
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createWorkCalendar,
  parseHolidayNotice,
  safeParseHolidayNotice,
  type YearSchedule,
} from '../src/calendar/index.js';
import { parseIsoDate } from '../src/core/index.js';

/** Runs the example and returns what it prints. */
export function main(): string {
  const lines: string[] = [];
  // #region notice
  const text = readFileSync(new URL('./calendar-notice/notice-2027.txt', import.meta.url), 'utf8');
  const { schedule, warnings } = parseHolidayNotice(text);
  // What `shuangsuiji calendar notice notice.txt > 2027.json` writes, read back as a host reads the file.
  const json = JSON.parse(JSON.stringify(schedule)) as YearSchedule;
  lines.push(`read ${json.periods.length} periods for ${json.year}, ${warnings.length} warnings`);

  const before = createWorkCalendar();
  const after = createWorkCalendar({ schedules: [json] });
  const inspection = parseIsoDate('2027-01-20');
  const guessed = before.deadline(inspection, 20);
  const known = after.deadline(inspection, 20);
  lines.push(
    `2027 is ${before.coverage(2027)}: results due ${guessed.due} (provisional: ${guessed.provisional})`,
  );
  lines.push(`2027 is ${after.coverage(2027)}: results due ${known.due} (provisional: ${known.provisional})`);
  const sunday = parseIsoDate('2027-01-31');
  const was = before.dayInfo(sunday);
  const is = after.dayInfo(sunday);
  lines.push(`2027-01-31 was ${was.kind} (${was.source}), is ${is.kind} ${is.name ?? ''} (${is.source})`);
  // #endregion notice

  // #region refused
  const mistyped = safeParseHolidayNotice(text.replace('共8天', '共9天'));
  if (!mistyped.success) {
    const [issue] = mistyped.error.issues;
    lines.push(`a mistyped copy: ${mistyped.error.code} at ${String(issue?.path[0])}: ${issue?.message}`);
  }
  // #endregion refused
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main());
}
