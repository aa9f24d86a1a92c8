/** Error codes of the `calendar` module. */
export const CALENDAR_ERROR_CODES = {
  CALENDAR_YEAR_NOT_OFFICIAL:
    'In strict mode, a date falls in a year with no official or custom holiday schedule (no fallback allowed).',
  CALENDAR_INVALID_SCHEDULE:
    'A holiday schedule or local day passed to the calendar is malformed or contradicts itself; `issues` says where.',
  CALENDAR_INVALID_WORKDAY_COUNT: 'A number of working days must be a non-zero safe integer.',
  CALENDAR_INVALID_PERIOD: 'A period must be `{ days }` or `{ months }` with a non-negative safe integer.',
  CALENDAR_INVALID_NOTICE:
    'A holiday notice could not be read, or fails a check (a weekday, a lunar date, a day count, a make-up day, a statutory day); each issue names its paragraph and carries a `code`.',
  CALENDAR_DATE_OUT_OF_RANGE:
    'A date, or a date reached by counting, lies outside the years the calendar supports.',
} as const;
