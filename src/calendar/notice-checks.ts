import { addDays, type IsoDate, isoWeekday } from '../core/index.js';
import { fromDayNumber, toDayNumber } from '../core/internal.js';
import { lunarDateOf } from './lunar-date.js';
import type { DateMention } from './notice-dates.js';
import { type NoticeIssue, noticeIssue } from './notice-issues.js';
import type { DraftPeriod } from './notice-paragraph.js';
import { festivalDays } from './statutory-fallback.js';
import { measuresFor } from './statutory-rules.js';

const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

function days(period: DraftPeriod): number {
  return toDayNumber(period.to) - toDayNumber(period.from) + 1;
}

/** The lunar remark of a mention is the computed lunar date of its day. */
function lunarMatches(mention: DateMention & { date: IsoDate }): boolean | undefined {
  const remark = mention.lunar;
  if (remark === undefined) return undefined;
  const lunar = lunarDateOf(mention.date);
  if (remark.chuxi) return lunar.month === 12 && !lunar.leap && lunar.day === lunar.monthDays;
  return lunar.month === remark.month && lunar.leap === remark.leap && lunar.day === remark.day;
}

/** Each date's stated weekday and lunar remark are right. */
export function checkMentions(period: DraftPeriod): NoticeIssue[] {
  const issues: NoticeIssue[] = [];
  for (const m of period.mentions) {
    if (m.date === undefined) continue;
    const actual = isoWeekday(m.date);
    if (m.weekday !== undefined && m.weekday !== actual) {
      const message = `${m.text}: ${m.date} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[m.weekday]}`;
      issues.push(noticeIssue('weekday-mismatch', period.label, message, WEEKDAY_NAMES[actual]));
    }
    if (lunarMatches({ ...m, date: m.date }) === false) {
      const lunar = lunarDateOf(m.date);
      const actualText = `${lunar.leap ? '闰' : ''}${lunar.month}月${lunar.day}日 (of ${lunar.monthDays})`;
      const message = `${m.text}: ${m.date} is lunar ${actualText}, not 农历${m.lunar?.text}`;
      issues.push(noticeIssue('lunar-date-mismatch', period.label, message, actualText));
    }
  }
  return issues;
}

/** "共N天" is the number of days from the first to the last day off. */
export function checkDayCount(period: DraftPeriod): NoticeIssue[] {
  if (period.statedDays === undefined || period.statedDays === days(period)) return [];
  const message = `says ${period.statedDays} days, but ${period.from} to ${period.to} is ${days(period)} days`;
  return [noticeIssue('day-count-mismatch', period.label, message, `共${days(period)}天`)];
}

/** Make-up working days are weekend days and no day off; no day off is given twice. */
export function checkDays(periods: readonly DraftPeriod[]): NoticeIssue[] {
  const issues: NoticeIssue[] = [];
  const off = new Map<number, string>();
  for (const period of periods) {
    for (let d = toDayNumber(period.from); d <= toDayNumber(period.to); d++) {
      const other = off.get(d);
      if (other !== undefined) {
        const message = `${fromDayNumber(d)} is also a day off of ${other}`;
        issues.push(noticeIssue('periods-overlap', period.label, message));
      }
      off.set(d, period.label);
    }
  }
  for (const period of periods) {
    for (const date of period.makeupWork) {
      if (isoWeekday(date) < 6) {
        const message = `make-up working day ${date} is a ${WEEKDAY_NAMES[isoWeekday(date)]}`;
        issues.push(noticeIssue('makeup-not-weekend', period.label, message, 'a Saturday or a Sunday'));
      }
      const other = off.get(toDayNumber(date));
      if (other !== undefined) {
        issues.push(noticeIssue('makeup-in-period', period.label, `${date} is also a day off of ${other}`));
      }
    }
  }
  return issues;
}

/**
 * Each festival of the law governing `year` has a paragraph, and each of its statutory days off (第二条: 春节
 * from 除夕 under the 2024 text, 劳动节 two days, …; lunar dates computed) lies in a period that names it.
 */
export function checkStatutoryDays(year: number, periods: readonly DraftPeriod[]): NoticeIssue[] {
  const measures = measuresFor(year);
  const issues: NoticeIssue[] = [];
  for (const festival of measures.festivals) {
    const named = periods.filter((p) => p.name.split('、').includes(festival.name));
    if (named.length === 0) {
      issues.push(
        noticeIssue('festival-missing', 'text', `no paragraph gives ${festival.name}`, measures.source),
      );
      continue;
    }
    for (const day of festivalDays(year, festival)) {
      const date = fromDayNumber(day);
      if (named.some((p) => p.from <= date && date <= p.to)) continue;
      const label = named[0]?.label ?? festival.name;
      const message = `${date}, a statutory day off of ${festival.name} (${measures.source}), is outside the period`;
      issues.push(noticeIssue('statutory-day-outside', label, message, `a period including ${date}`));
    }
  }
  return issues;
}

/** The longest run of working days ending the day before `from` (step −1) or starting the day after `to` (+1). */
function stretch(
  start: IsoDate,
  step: 1 | -1,
  off: ReadonlySet<string>,
  makeup: ReadonlySet<string>,
): number {
  let n = 0;
  for (let d = addDays(start, step); n < 40; d = addDays(d, step)) {
    const working = makeup.has(d) || (!off.has(d) && isoWeekday(d) <= 5);
    if (!working) break;
    n++;
  }
  return n;
}

/**
 * 《全国年节及纪念日放假办法》 第七条: "除个别特殊情形外，法定节假日假期前后连续工作一般不超过6天" — more than 6 working
 * days in a row right before or after a period is reported as a warning (the article allows exceptions).
 */
export function checkWorkingStretches(year: number, periods: readonly DraftPeriod[]): NoticeIssue[] {
  const off = new Set<string>();
  const makeup = new Set<string>(periods.flatMap((p) => p.makeupWork));
  for (const p of periods) for (let d = p.from; d <= p.to; d = addDays(d, 1)) off.add(d);
  const issues: NoticeIssue[] = [];
  const source = `${measuresFor(year).source.replace(/第二条$/, '')}第七条`;
  for (const period of periods) {
    for (const [edge, step, where] of [
      [period.from, -1, 'before'],
      [period.to, 1, 'after'],
    ] as const) {
      const n = stretch(edge, step, off, makeup);
      if (n > 6) {
        const message = `${n} working days in a row ${where} the holiday (${where === 'before' ? 'to' : 'from'} ${addDays(edge, step)})`;
        issues.push(noticeIssue('long-working-stretch', period.label, message, `at most 6 (${source})`));
      }
    }
  }
  return issues;
}
