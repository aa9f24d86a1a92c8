/**
 * China working days (工作日): the official State Council schedules with their make-up working days (调休), local
 * days, and deadlines counted the legal way (民法典 arts. 201–203).
 *
 * The public promise of `shuangsuiji/calendar`, pinned by `test/surface/exported-names.test.ts`: a name added or
 * removed here is a change to the surface and belongs in `CHANGELOG.md`.
 *
 * @module calendar
 */
export { defaultCalendar } from './default-calendar.js';
export { COUNTING_RULES, type CountingRule, SUPPORTED_YEARS } from './legal-rules.js';
export { OFFICIAL_SCHEDULES } from './official-schedules.js';
export { workCalendarOptionsSchema, yearScheduleSchema } from './schedule-schema.js';
export type { HolidayPeriod, LocalDay, WorkCalendarOptions, YearSchedule } from './schedule-types.js';
export { GROUP_ONLY_DAYS, STATUTORY_FESTIVALS, type StatutoryFestival } from './statutory-rules.js';
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
  WorkdayDeadline,
  YearCoverage,
} from './types.js';
export { createWorkCalendar, safeCreateWorkCalendar } from './work-calendar.js';
