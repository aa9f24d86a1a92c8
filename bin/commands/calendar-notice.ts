/**
 * `shuangsuiji calendar notice <file>`: reads and checks a State Council holiday notice (国务院办公厅节假日安排通知)
 * and prints the `YearSchedule` JSON that `createWorkCalendar({ schedules: [json] })` takes.
 */
import {
  amendHolidaySchedule,
  type HolidayNotice,
  type NoticeIssue,
  parseHolidayNotice,
} from '../../src/calendar/index.js';
import { defineCommand } from '../framework/command.js';
import { EXIT } from '../framework/exit.js';
import { ENCODING_OPTION, type Encoding, readText } from '../framework/input.js';
import { text } from '../framework/text.js';

const warningLine = (w: NoticeIssue) =>
  text(`警告 [${w.code}] ${w.paragraph}：${w.message}`, `warning [${w.code}] ${w.paragraph}: ${w.message}`);

export default defineCommand({
  name: 'calendar notice',
  summary: text(
    '解析并核对国务院节假日安排通知，输出 createWorkCalendar({ schedules }) 所用的 YearSchedule JSON',
    'Reads and checks a State Council holiday notice; prints the YearSchedule JSON createWorkCalendar({ schedules }) takes',
  ),
  description: text(
    '核对每个日期的星期与农历、"共N天"、调休上班日为周末、法定假日在放假期间内；第七条（连续工作不超过6天）只作警告，打印在标准错误。\n用法：shuangsuiji calendar notice notice.txt > 2027.json',
    'Checks every stated weekday and lunar date, "共N天", that make-up days are weekend days and that the statutory days lie in their periods; 第七条 (at most 6 working days in a row) is only a warning, on stderr.\nUsage: shuangsuiji calendar notice notice.txt > 2027.json',
  ),
  positionals: [
    { name: 'file', help: text('通知全文（从标题到落款）', 'the notice, from its title to its date') },
  ],
  options: {
    amend: {
      type: 'string',
      value: 'file',
      help: text(
        '再应用一份调整或延长该年假期的通知',
        'then apply a notice that adjusts or extends a holiday of that year',
      ),
    },
    notice: {
      type: 'string',
      value: 'number',
      help: text(
        '文号（文本中没有时），如 国办发明电〔2026〕1号',
        'the document number, when the text has none',
      ),
    },
    source: {
      type: 'string',
      value: 'url',
      help: text('通知文本的出处', 'where the text was read'),
    },
    encoding: ENCODING_OPTION,
  },
  run({ args, options, json, out }) {
    const encoding = options.encoding as Encoding | undefined;
    const cite = {
      ...(options.notice === undefined ? {} : { notice: options.notice }),
      ...(options.source === undefined ? {} : { source: options.source }),
    };
    let result: HolidayNotice = parseHolidayNotice(readText(args.file, encoding), cite);
    if (options.amend !== undefined) {
      const amended = amendHolidaySchedule(result.schedule, readText(options.amend, encoding));
      result = { schedule: amended.schedule, warnings: amended.warnings };
    }
    for (const warning of result.warnings) out.note(warningLine(warning));
    out.json(json ? result : result.schedule);
    return EXIT.ok;
  },
});
