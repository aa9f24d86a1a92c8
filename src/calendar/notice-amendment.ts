import { addDays, type IsoDate } from '../core/index.js';
import { mentionsIn } from './notice-dates.js';
import type { DraftSchedule } from './notice-draft.js';
import { type NoticeIssue, noticeIssue } from './notice-issues.js';
import { type DraftPeriod, readHolidayParagraph } from './notice-paragraph.js';
import type { NoticeParts } from './notice-text.js';

/** `延长2020年春节假期至2月2日(…),2月3日(星期一)起正常上班` */
const EXTENSION = /^延长(?:\d{4}年)?(.+?)假期至(.+?日(?:\([^)]*\))?)[,，](.+?日(?:\([^)]*\))?)起正常上班/;

/** Where an amendment says which holiday it changes: `关于调整2019年劳动节假期安排的通知`, `关于延长2020年春节假期的通知`. */
const AMENDMENT_TITLE = /关于(调整|延长)(\d{4})年(.+?)(?:假期|放假)/;

/**
 * Applies an amendment notice (调整 or 延长 one holiday) to the draft of its year: an adjustment replaces the
 * holiday's periods with the paragraph's days off and make-up days; an extension adds the days after the period's
 * last day up to the new last day, and drops the make-up working days that fall in them. The changed period cites
 * the amendment (its document number, or its title).
 */
export function applyAmendment(
  draft: DraftSchedule,
  parts: NoticeParts,
  notice?: string,
): { draft: DraftSchedule; issues: NoticeIssue[] } {
  const title = parts.title ?? '';
  const matched = AMENDMENT_TITLE.exec(title);
  if (matched === null) {
    const message = 'the title does not say 关于调整/延长YYYY年…假期…的通知';
    return { draft, issues: [noticeIssue('not-an-amendment', 'title', message)] };
  }
  const [, kind, yearText, name = ''] = matched;
  if (Number(yearText) !== draft.year) {
    const message = `the amendment is for ${yearText}, the schedule for ${draft.year}`;
    return { draft, issues: [noticeIssue('amendment-year-mismatch', 'title', message, String(draft.year))] };
  }
  const source = notice ?? parts.document ?? title;
  const issues: NoticeIssue[] = [];
  const added: DraftPeriod[] = [];
  for (const paragraph of parts.paragraphs) {
    const label = `${paragraph.numeral}、${name}`;
    const extension = kind === '延长' ? EXTENSION.exec(paragraph.text) : null;
    if (extension !== null) {
      const [end, back] = mentionsIn(`${extension[2]}、${extension[3]}`, draft.year);
      const last = draft.periods.filter((p) => p.name === name).at(-1);
      if (end?.date === undefined || last === undefined || back?.date === undefined) {
        issues.push(
          noticeIssue('unreadable-paragraph', label, `cannot read the extension "${paragraph.text}"`),
        );
        continue;
      }
      if (back.date !== addDays(end.date, 1)) {
        const message = `work resumes on ${back.date}, not the day after the new last day ${end.date}`;
        issues.push(noticeIssue('day-count-mismatch', label, message, addDays(end.date, 1)));
      }
      const from = addDays(last.to, 1);
      const note = `Extension of the ${name} holiday to ${end.date}; make-up working days in it are dropped.`;
      added.push({ label, name, from, to: end.date, makeupWork: [], mentions: [end, back], note, source });
      continue;
    }
    const read = readHolidayParagraph(paragraph, draft.year, name);
    issues.push(
      ...read.issues.map((i) => (i.paragraph.endsWith(name) ? { ...i, paragraph: label, path: [label] } : i)),
    );
    if (read.period !== undefined) {
      added.push({
        ...read.period,
        label,
        source,
        note: `Set by ${source}, replacing the period of the year's notice.`,
      });
    }
  }
  if (added.length === 0 && issues.length === 0) {
    issues.push(noticeIssue('not-an-amendment', 'text', `no paragraph changes the days off of ${name}`));
  }
  return { draft: merge(draft, kind === '延长' ? 'extend' : 'replace', name, added), issues };
}

function merge(
  draft: DraftSchedule,
  how: 'extend' | 'replace',
  name: string,
  added: DraftPeriod[],
): DraftSchedule {
  const inAdded = (date: IsoDate) => added.some((p) => p.from <= date && date <= p.to);
  const kept = draft.periods
    .filter((p) => how === 'extend' || p.name !== name)
    .map((p) => ({ ...p, makeupWork: p.makeupWork.filter((d) => !inAdded(d)) }));
  return { ...draft, periods: [...kept, ...added] };
}
