/**
 * `shuangsuiji deadline <date> <n>`: the end of "within n working days from the date" (工作日期限).
 */
import { parseIsoDate } from '../../src/core/index.js';
import { calendarFor, SCHEDULE_OPTION, warnProvisional } from '../calendar-schedule.js';
import { defineCommand } from '../framework/command.js';
import { EXIT, usageError } from '../framework/exit.js';
import { text } from '../framework/text.js';

export default defineCommand({
  name: 'deadline',
  summary: text(
    '自该日起 n 个工作日的期限届满日（当日不计入；n 为负数时向前数）',
    'The end of "within n working days from the date" (the date itself is not counted; a negative n counts back)',
  ),
  positionals: [
    { name: 'date', help: text('起算日 YYYY-MM-DD', 'the start date, YYYY-MM-DD') },
    {
      name: 'n',
      help: text('工作日数（整数，可为负）', 'the number of working days (a whole number, may be negative)'),
    },
  ],
  options: { schedule: SCHEDULE_OPTION },
  run({ args, options, json, out }) {
    if (!/^-?\d+$/.test(args.n))
      throw usageError(
        'bad-argument',
        text(`<n> 须为整数，收到 "${args.n}"`, `<n> must be a whole number, got "${args.n}"`),
      );
    const calendar = calendarFor(options.schedule);
    const result = calendar.deadline(parseIsoDate(args.date), Number(args.n));
    if (result.provisional) {
      const [a, b] = [result.from, result.due].map((d) => Number(d.slice(0, 4)));
      const years = Array.from(
        { length: Math.abs((b ?? 0) - (a ?? 0)) + 1 },
        (_, i) => Math.min(a ?? 0, b ?? 0) + i,
      );
      warnProvisional(
        out,
        years.filter((y) => calendar.coverage(y) === 'provisional'),
      );
    }
    if (json) {
      out.json(result);
      return EXIT.ok;
    }
    const note = result.provisional
      ? text('（暂定：该年尚无官方节假日安排）', ' (provisional: no official schedule for that year yet)')
      : text('', '');
    const back = result.workdays < 0;
    const n = Math.abs(result.workdays);
    out.say(
      back
        ? text(
            `${result.from} 之前第 ${n} 个工作日：${result.due}${note.zh}`,
            `${n} working days before ${result.from}: ${result.due}${note.en}`,
          )
        : text(
            `自 ${result.from} 起 ${n} 个工作日：${result.due} 届满${note.zh}`,
            `${n} working days from ${result.from}: due ${result.due}${note.en}`,
          ),
    );
    return EXIT.ok;
  },
});
