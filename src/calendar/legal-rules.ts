/** A rule of law the calendar applies, with its source (法律依据). */
export interface CountingRule {
  /** What the rule says, in English. */
  readonly rule: string;
  /** The provision, as cited. */
  readonly source: string;
}

/**
 * How periods are counted (期间的计算), as data with their sources. The calendar's arithmetic follows these:
 * `addWorkdays`, `deadline`, `periodEnd` and `endOfMonthDeadline` cite them in their documentation.
 *
 * @example
 * ```ts
 * COUNTING_RULES.startDayNotCounted.source; // '《中华人民共和国民法典》第二百零一条'
 * ```
 */
export const COUNTING_RULES = {
  startDayNotCounted: {
    rule: 'A period counted in days (or months, years) starts the next day: the day of the event is not counted.',
    source: '《中华人民共和国民法典》第二百零一条',
  },
  startDayNotCountedProcedure: {
    rule: 'In procedure, the day or hour a period begins is not counted in the period.',
    source: '《中华人民共和国民事诉讼法》第八十五条',
  },
  monthCorrespondingDay: {
    rule: 'A period in months ends on the corresponding day of the last month, or on its last day when it has none.',
    source: '《中华人民共和国民法典》第二百零二条',
  },
  lastDayHolidayRollsForward: {
    rule: 'When the last day of a period is a statutory day off, the period ends on the day after the days off.',
    source: '《中华人民共和国民法典》第二百零三条',
  },
  withinIncludesNumber: {
    rule: '"Within n" (以内) includes n itself: the n-th working day is still in time.',
    source: '《中华人民共和国民法典》第一千二百五十九条',
  },
} as const satisfies Record<string, CountingRule>;

/**
 * The years the calendar answers (支持年份): from 2000, the first year under the five-day week (since
 * 1995-05-01) and the golden-week schedules, to 2199. Outside, `CALENDAR_DATE_OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * SUPPORTED_YEARS.to; // 2199
 * ```
 */
export const SUPPORTED_YEARS = {
  from: 2000,
  to: 2199,
  source: '《国务院关于职工工作时间的规定》（1995年修订）第三条',
} as const;
