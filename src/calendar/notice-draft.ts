import { parseIsoDate } from '../core/index.js';
import {
  checkDayCount,
  checkDays,
  checkMentions,
  checkStatutoryDays,
  checkWorkingStretches,
} from './notice-checks.js';
import { type NoticeIssue, noticeIssue } from './notice-issues.js';
import type { DraftPeriod } from './notice-paragraph.js';
import type { HolidayPeriod, YearSchedule } from './schedule-types.js';

/** A schedule being read, with each period's paragraph and dates, before it is checked and turned into data. */
export interface DraftSchedule {
  readonly year: number;
  readonly notice: string;
  readonly source?: string;
  readonly periods: readonly DraftPeriod[];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** Every check of a whole draft: each period's dates and count, the days, the statutory days, 第七条. */
export function checkDraft(draft: DraftSchedule): NoticeIssue[] {
  const issues = draft.periods.flatMap((p) => [...checkMentions(p), ...checkDayCount(p)]);
  if (draft.periods.length === 0)
    issues.push(noticeIssue('no-periods', 'text', 'no holiday paragraph was read'));
  issues.push(...checkDays(draft.periods), ...checkStatutoryDays(draft.year, draft.periods));
  if (!issues.some((i) => i.severity === 'error'))
    issues.push(...checkWorkingStretches(draft.year, draft.periods));
  return issues;
}

/** The schedule as data: the period fields of {@link HolidayPeriod}, in date order. */
export function toSchedule(draft: DraftSchedule): YearSchedule {
  const periods = [...draft.periods]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map(
      (p): HolidayPeriod => ({
        name: p.name,
        from: p.from,
        ...(p.to === p.from ? {} : { to: p.to }),
        ...(p.makeupWork.length === 0 ? {} : { makeupWork: [...p.makeupWork] }),
        ...(p.note === undefined ? {} : { note: p.note }),
        ...(p.source === undefined ? {} : { source: p.source }),
      }),
    );
  const source = draft.source === undefined ? {} : { source: draft.source };
  return { year: draft.year, notice: draft.notice, ...source, periods };
}

/**
 * A draft of a schedule already read (to amend it): each period labelled as its notice numbers it, a period set by
 * a later notice by that notice.
 */
export function fromSchedule(schedule: YearSchedule): DraftSchedule {
  let n = 0;
  const periods = schedule.periods.map((p): DraftPeriod => {
    const label =
      p.source === undefined ? `${NUMERALS[n++] ?? String(n)}、${p.name}` : `${p.source} ${p.name}`;
    return {
      label,
      name: p.name,
      from: parseIsoDate(p.from),
      to: parseIsoDate(p.to ?? p.from),
      makeupWork: (p.makeupWork ?? []).map((d) => parseIsoDate(d)),
      mentions: [],
      ...(p.note === undefined ? {} : { note: p.note }),
      ...(p.source === undefined ? {} : { source: p.source }),
    };
  });
  const source = schedule.source === undefined ? {} : { source: schedule.source };
  return { year: schedule.year, notice: schedule.notice, ...source, periods };
}
