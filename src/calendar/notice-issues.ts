import type { SsjIssue } from '../core/index.js';

/**
 * What a check of a holiday notice can find (通知核对问题), each with what it means. `error`s refuse the notice;
 * `warning`s are reported with the schedule (the rule they cite allows exceptions).
 */
export const NOTICE_ISSUE_CODES = {
  'no-title': { severity: 'error', meaning: 'No title naming the year (…关于YYYY年…的通知) was found.' },
  'no-periods': { severity: 'error', meaning: 'No numbered paragraph gives a holiday period.' },
  'unreadable-paragraph': {
    severity: 'error',
    meaning: 'A numbered paragraph names a holiday but its days off could not be read.',
  },
  'unreadable-sentence': {
    severity: 'error',
    meaning: 'A sentence of a holiday paragraph holds dates but says neither 放假 nor 上班 in a known form.',
  },
  'unknown-festival': {
    severity: 'error',
    meaning: 'A paragraph names a holiday that is not a statutory festival (元旦 … 国庆节).',
  },
  'invalid-date': { severity: 'error', meaning: 'A date does not exist (e.g. 2月30日).' },
  'range-reversed': { severity: 'error', meaning: 'The last day off is before the first.' },
  'weekday-mismatch': {
    severity: 'error',
    meaning: 'The weekday stated beside a date is not that date’s weekday.',
  },
  'lunar-date-mismatch': {
    severity: 'error',
    meaning: 'The lunar date stated beside a date (农历…) is not that date’s lunar date, as computed.',
  },
  'day-count-mismatch': {
    severity: 'error',
    meaning: '"共N天" (or "放假N天") is not the number of days off given.',
  },
  'makeup-not-weekend': {
    severity: 'error',
    meaning: 'A make-up working day (上班) is not a Saturday or Sunday.',
  },
  'makeup-in-period': {
    severity: 'error',
    meaning: 'A make-up working day is also a day off of the notice.',
  },
  'no-adjacent-weekend': {
    severity: 'error',
    meaning: '"放假，与周末连休" is said of a day that is neither a Monday nor a Friday.',
  },
  'periods-overlap': { severity: 'error', meaning: 'Two paragraphs give the same day off.' },
  'festival-missing': {
    severity: 'error',
    meaning: 'A statutory festival of the law in force has no paragraph.',
  },
  'statutory-day-outside': {
    severity: 'error',
    meaning:
      'A statutory day off of the festival (放假办法 第二条) lies outside the period the paragraph gives.',
  },
  'not-an-amendment': {
    severity: 'error',
    meaning: 'The text is not a notice that adjusts or extends one holiday of a year already scheduled.',
  },
  'amendment-year-mismatch': {
    severity: 'error',
    meaning: 'The amendment is for another year than the schedule.',
  },
  'long-working-stretch': {
    severity: 'warning',
    meaning:
      'More than 6 working days in a row before or after a holiday (放假办法 第七条: "一般不超过6天").',
  },
} as const satisfies Record<string, { severity: 'error' | 'warning'; meaning: string }>;

/** A code of {@link NOTICE_ISSUE_CODES}. */
export type NoticeIssueCode = keyof typeof NOTICE_ISSUE_CODES;

/**
 * One finding of a holiday-notice check (通知核对问题): an {@link SsjIssue} whose path starts with the paragraph
 * (e.g. `二、春节`), with a stable `code` and its severity.
 */
export interface NoticeIssue extends SsjIssue {
  /** What was found (see {@link NOTICE_ISSUE_CODES}). */
  readonly code: NoticeIssueCode;
  /** `error` refuses the notice; `warning` is reported with it. */
  readonly severity: 'error' | 'warning';
  /** The paragraph, as the notice numbers and names it (`二、春节`), or `title` / `text` for the whole notice. */
  readonly paragraph: string;
}

/** Builds a {@link NoticeIssue} (its severity from the table). */
export function noticeIssue(
  code: NoticeIssueCode,
  paragraph: string,
  message: string,
  expected?: string,
): NoticeIssue {
  const base = { code, severity: NOTICE_ISSUE_CODES[code].severity, paragraph, path: [paragraph], message };
  return expected === undefined ? base : { ...base, expected };
}
