/**
 * China working days (工作日): the official State Council schedules with their make-up working days (调休), local
 * days, deadlines counted the legal way (民法典 arts. 201–203), the reader and checker of the State Council's
 * holiday notices, and the Chinese lunisolar calendar computed.
 *
 * The public promise of `shuangsuiji/calendar`, pinned by `test/surface/exported-names.test.ts`: a name added or
 * removed here is a change to the surface and belongs in `CHANGELOG.md`.
 *
 * @module calendar
 */
export { defaultCalendar } from './default-calendar.js';
export { COUNTING_RULES, type CountingRule, SUPPORTED_YEARS } from './legal-rules.js';
export { fromLunarDate, LUNAR_YEARS, type LunarDate, lunarDateOf } from './lunar-date.js';
export { NOTICE_ISSUE_CODES, type NoticeIssue, type NoticeIssueCode } from './notice-issues.js';
export { OFFICIAL_SCHEDULES } from './official-schedules.js';
export {
  amendHolidaySchedule,
  type HolidayNotice,
  type HolidayNoticeOptions,
  parseHolidayNotice,
  safeParseHolidayNotice,
} from './parse-holiday-notice.js';
export { workCalendarOptionsSchema, yearScheduleSchema } from './schedule-schema.js';
export type { HolidayPeriod, LocalDay, WorkCalendarOptions, YearSchedule } from './schedule-types.js';
export {
  type FestivalDay,
  GROUP_ONLY_DAYS,
  HOLIDAY_MEASURES,
  type HolidayMeasures,
  STATUTORY_FESTIVALS,
  type StatutoryFestival,
} from './statutory-rules.js';
export type {
  CalendarDate,
  DayInfo,
  DayKind,
  DaySource,
  EndOfMonthOptions,
  MonthEndDeadline,
  PeriodEnd,
  PeriodLength,
  WorkCalendar,
  WorkdayCount,
  WorkdayDeadline,
  YearCoverage,
} from './types.js';
export { createWorkCalendar, safeCreateWorkCalendar } from './work-calendar.js';
