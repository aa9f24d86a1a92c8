/**
 * `shuangsuiji workday <date>`: whether a date is a working day in China (工作日查询), and why.
 */
import { parseIsoDate } from '../../src/core/index.js';
import { calendarFor, SCHEDULE_OPTION, warnProvisional } from '../calendar-schedule.js';
import { defineCommand } from '../framework/command.js';
import { EXIT } from '../framework/exit.js';
import { type Text, text } from '../framework/text.js';

/** The words for each kind of day and each source of the answer. */
const KIND = {
  workday: text('工作日', 'working day'),
  weekend: text('周末', 'weekend'),
  holiday: text('法定节假日', 'public holiday'),
  'makeup-workday': text('调休上班日', 'make-up working day'),
} as const satisfies Record<string, Text>;

const SOURCE = {
  official: text('国务院办公厅通知', 'the State Council notice'),
  custom: text('主机传入的日程', 'a schedule the host passed in'),
  provisional: text('暂定：该年尚无官方安排', 'provisional: no official schedule for that year yet'),
} as const satisfies Record<string, Text>;

export default defineCommand({
  name: 'workday',
  summary: text(
    '某日在中国是否为工作日，及其依据（官方安排、调休上班日等）',
    'Whether the date is a working day in China, and why (official schedule, make-up working day, …)',
  ),
  positionals: [{ name: 'date', help: text('日期 YYYY-MM-DD', 'the date, YYYY-MM-DD') }],
  options: { schedule: SCHEDULE_OPTION },
  run({ args, options, json, out }) {
    const info = calendarFor(options.schedule).dayInfo(parseIsoDate(args.date));
    if (info.provisional) warnProvisional(out, [Number(info.date.slice(0, 4))]);
    if (json) {
      out.json(info);
      return EXIT.ok;
    }
    const kind = KIND[info.kind];
    const name = info.name === undefined ? '' : info.name;
    const source = SOURCE[info.source];
    out.say(
      text(
        `${info.date}：${info.workday ? '工作日' : '休息日'}（${kind.zh}${name === '' ? '' : `，${name}`}；依据：${source.zh}）`,
        `${info.date}: ${info.workday ? 'working day' : 'day off'} (${kind.en}${name === '' ? '' : `, ${name}`}; ${source.en})`,
      ),
    );
    return EXIT.ok;
  },
});
