/**
 * The calendar the working-day commands answer on (命令所用的工作日历): the built-in schedules, plus a year's
 * schedule passed with `--schedule 2027.json` (as `shuangsuiji calendar notice` prints it), and the warning a
 * provisional answer gets on stderr.
 */
import { createWorkCalendar, type WorkCalendar, type YearSchedule } from '../src/calendar/index.js';
import type { OptionSpec } from './framework/command.js';
import { readJson } from './framework/input.js';
import type { Output } from './framework/output.js';
import { text } from './framework/text.js';

/** `--schedule <file>`: a `YearSchedule` JSON for a year not built in. */
export const SCHEDULE_OPTION = {
  type: 'string',
  value: 'file',
  help: text(
    '某年的节假日安排 JSON（由 calendar notice 生成），用于尚未内置的年份',
    'a YearSchedule JSON (as calendar notice prints it) for a year not built in',
  ),
} as const satisfies OptionSpec;

/** The calendar, with the schedule file when given. @throws SsjError `CALENDAR_INVALID_SCHEDULE` for a bad file */
export function calendarFor(schedule: string | undefined): WorkCalendar {
  if (schedule === undefined) return createWorkCalendar();
  return createWorkCalendar({ schedules: [readJson(schedule) as YearSchedule] });
}

/** Says on stderr that an answer is provisional, and how to make it final. */
export function warnProvisional(out: Output, years: readonly number[]): void {
  const list = [...new Set(years)].join(', ');
  out.note(
    text(
      `警告：答案是暂定的——${list} 年尚无官方节假日安排（不含调休）。通知发布后：shuangsuiji calendar notice 通知.txt > ${years[0]}.json，再加 --schedule ${years[0]}.json`,
      `warning: provisional answer — no official holiday schedule for ${list} yet (no make-up working days). Once the notice is out: shuangsuiji calendar notice notice.txt > ${years[0]}.json, then add --schedule ${years[0]}.json`,
    ),
  );
}
