import * as z from 'zod/mini';
import { type SafeResult, SsjError } from '../core/index.js';
import { parseWith, safely, summarizeIssues } from '../core/internal.js';
import { applyAmendment } from './notice-amendment.js';
import { checkDraft, type DraftSchedule, fromSchedule, toSchedule } from './notice-draft.js';
import { type NoticeIssue, noticeIssue } from './notice-issues.js';
import { type DraftPeriod, readHolidayParagraph } from './notice-paragraph.js';
import { type NoticeParts, splitNotice } from './notice-text.js';
import { yearScheduleSchema } from './schedule-schema.js';
import type { YearSchedule } from './schedule-types.js';

/** A notice read and checked (已核对的放假通知): the schedule to pass to `createWorkCalendar`, and the warnings. */
export interface HolidayNotice {
  /** The schedule, as `createWorkCalendar({ schedules: [schedule] })` takes it. */
  readonly schedule: YearSchedule;
  /** Findings that do not refuse the notice (e.g. 第七条's six working days), each naming its paragraph. */
  readonly warnings: readonly NoticeIssue[];
}

/** What a copy of a notice may lack (选项): the document number, and where the text was read. */
export interface HolidayNoticeOptions {
  /**
   * The document number (e.g. `国办发明电〔2025〕7号`) when the copy has no number line; otherwise the number the
   * text gives, or its title, is used.
   */
  readonly notice?: string;
  /** Where the text was read (a URL), recorded as the schedule's `source` (or, for an amendment, ignored). */
  readonly source?: string;
}

const optionsSchema = z.strictObject({
  notice: z.optional(z.string().check(z.minLength(1))),
  source: z.optional(z.string().check(z.minLength(1))),
});

function readOptions(options: unknown): z.output<typeof optionsSchema> {
  return parseWith(optionsSchema, options, 'holiday notice options', 'CALENDAR_INVALID_NOTICE');
}

function readText(text: unknown): NoticeParts {
  if (typeof text !== 'string') {
    const message = 'Expected the text of a holiday notice as a string';
    throw new SsjError('CALENDAR_INVALID_NOTICE', message, {
      issues: [{ path: [], message, expected: 'string' }],
    });
  }
  return splitNotice(text);
}

/** The refusal of a notice: every error found, each naming its paragraph. */
function refuse(errors: readonly NoticeIssue[]): SsjError {
  return new SsjError('CALENDAR_INVALID_NOTICE', summarizeIssues('holiday notice', errors), {
    issues: errors,
  });
}

/** Refuses on any error; otherwise the checked schedule (validated as a `YearSchedule`) and the warnings. */
function finish(draft: DraftSchedule, found: readonly NoticeIssue[]): HolidayNotice {
  const issues = [...found, ...(found.some((i) => i.severity === 'error') ? [] : checkDraft(draft))];
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw refuse(errors);
  const schedule = toSchedule(draft);
  parseWith(yearScheduleSchema, schedule, 'holiday notice', 'CALENDAR_INVALID_NOTICE');
  return { schedule, warnings: issues.filter((i) => i.severity === 'warning') };
}

/**
 * Reads and checks a State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知), as published or as
 * copied with NFKC-folded punctuation: each numbered paragraph ("二、春节：1月28日（农历除夕、周二）至2月4日
 * （农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。") becomes a holiday period. Checks,
 * each an issue naming its paragraph: every stated weekday and lunar date (computed, not looked up) is right;
 * "共N天" is the days given; make-up days are weekend days, never days off; every statutory day off of the law
 * then in force (《全国年节及纪念日放假办法》 第二条) lies in its festival's period. "放假，与周末连休" gives the day
 * and the Saturday and Sunday next to it. 第七条 (no more than 6 working days in a row) is a warning.
 *
 * @param text - the notice, from its title to its end
 * @param options - the document number when the copy lacks it, and where the text was read
 * @returns the {@link HolidayNotice}: the `YearSchedule` and the warnings
 * @throws {SsjError} `CALENDAR_INVALID_NOTICE` with every error found (`issues`, each a {@link NoticeIssue})
 * @example
 * ```ts
 * const { schedule } = parseHolidayNotice(readFileSync('notice.txt', 'utf8'));
 * const calendar = createWorkCalendar({ schedules: [schedule] });
 * ```
 *
 * @example
 * Next year's notice the day it is published, from `examples/calendar-notice.ts`:
 *
 * {@includeCode ../../examples/calendar-notice.ts#notice}
 */
export function parseHolidayNotice(text: string, options: HolidayNoticeOptions = {}): HolidayNotice {
  const { notice, source } = readOptions(options);
  const parts = readText(text);
  if (parts.title === undefined || parts.year === undefined) {
    throw refuse([
      noticeIssue('no-title', 'title', 'no title naming the year was found', '…关于YYYY年…的通知'),
    ]);
  }
  if (/关于(调整|延长)/.test(parts.title)) {
    const message = 'this notice amends a year already scheduled: apply it with amendHolidaySchedule';
    throw refuse([noticeIssue('not-an-amendment', 'title', message)]);
  }
  const issues: NoticeIssue[] = [];
  const periods: DraftPeriod[] = [];
  for (const paragraph of parts.paragraphs) {
    const read = readHolidayParagraph(paragraph, parts.year);
    issues.push(...read.issues);
    if (read.period !== undefined) periods.push(read.period);
  }
  const cited = {
    notice: notice ?? parts.document ?? parts.title,
    ...(source === undefined ? {} : { source }),
  };
  return finish({ year: parts.year, ...cited, periods }, issues);
}

/**
 * The non-throwing form of {@link parseHolidayNotice}.
 *
 * @param text - the notice
 * @param options - as for {@link parseHolidayNotice}
 * @returns `{ success: true, data }` or `{ success: false, error }` (code `CALENDAR_INVALID_NOTICE`)
 * @example
 * ```ts
 * const result = safeParseHolidayNotice(text);
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.path[0], issue.message);
 * ```
 */
export function safeParseHolidayNotice(
  text: string,
  options: HolidayNoticeOptions = {},
): SafeResult<HolidayNotice> {
  return safely(() => parseHolidayNotice(text, options));
}

/**
 * Applies a notice that changes one holiday of a year already scheduled (调整 or 延长: 国办发明电〔2019〕3号 made
 * 劳动节 2019 four days; 国办发明电〔2020〕1号 extended 春节 2020 to 02-02), and checks the result as
 * {@link parseHolidayNotice} does. An adjustment replaces the holiday's period; an extension adds the days up to
 * the new last day and drops the make-up working days in them. The changed period cites the amendment.
 *
 * @param schedule - the year's schedule (from {@link parseHolidayNotice}, or built in)
 * @param text - the amendment notice
 * @param options - `notice`: the amendment's document number when the copy lacks it
 * @returns the amended {@link HolidayNotice}
 * @throws {SsjError} `CALENDAR_INVALID_SCHEDULE` for a malformed schedule; `CALENDAR_INVALID_NOTICE` when the text
 * is no amendment of that year, or the result fails a check
 * @example
 * ```ts
 * const amended = amendHolidaySchedule(parseHolidayNotice(notice2019).schedule, labourDayAdjustment);
 * ```
 */
export function amendHolidaySchedule(
  schedule: YearSchedule,
  text: string,
  options: HolidayNoticeOptions = {},
): HolidayNotice {
  parseWith(yearScheduleSchema, schedule, 'schedule', 'CALENDAR_INVALID_SCHEDULE');
  const { notice } = readOptions(options);
  const { draft, issues } = applyAmendment(fromSchedule(schedule), readText(text), notice);
  return finish(draft, issues);
}
