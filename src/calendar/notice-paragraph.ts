import { addDays, type IsoDate, isIsoDate, isoWeekday } from '../core/index.js';
import { type DateMention, mentionsIn } from './notice-dates.js';
import { type NoticeIssue, noticeIssue } from './notice-issues.js';
import type { NoticeParagraph } from './notice-text.js';
import { BRIDGED } from './official-notes.js';

/** The festivals a paragraph may name (法定节日), as the notices write them. */
export const FESTIVAL_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;

/** A holiday period read from one paragraph, with what is needed to check it. */
export interface DraftPeriod {
  /** The paragraph as numbered and named, e.g. `二、春节`. */
  readonly label: string;
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly makeupWork: readonly IsoDate[];
  readonly note?: string;
  readonly source?: string;
  /** Every date the paragraph writes, with its stated weekday and lunar remark. */
  readonly mentions: readonly DateMention[];
  /** "共N天" or "放假N天", when stated. */
  readonly statedDays?: number;
}

type Mentions = ReturnType<typeof mentionsIn>;

/** The text of a phrase once its dates and the given separators are removed: '' when nothing else is there. */
function leftover(phrase: string, mentions: Mentions, separators: RegExp): string {
  let rest = phrase;
  for (const m of mentions) rest = rest.replace(m.text, '');
  return rest.replace(separators, '');
}

function checkRemarks(label: string, mentions: Mentions, issues: NoticeIssue[]): void {
  for (const m of mentions) {
    if (m.date === undefined) issues.push(noticeIssue('invalid-date', label, `${m.text}: no such date`));
    for (const part of m.unknown) {
      issues.push(noticeIssue('unreadable-sentence', label, `${m.text}: cannot read the remark "${part}"`));
    }
  }
}

/** The sentence giving the days off: `D1至D2放假调休,共N天` and its variants. */
function readDaysOff(label: string, sentence: string, year: number, issues: NoticeIssue[]) {
  const at = sentence.indexOf('放假');
  const head = sentence.slice(0, at);
  const tail = sentence.slice(at + 2);
  const mentions = mentionsIn(head, year);
  const [first, second] = mentions;
  if (first === undefined || mentions.length > 2 || leftover(head, mentions, /^至$/) !== '') {
    issues.push(noticeIssue('unreadable-paragraph', label, `cannot read the days off in "${sentence}"`));
    return undefined;
  }
  let last = second ?? first;
  if (second !== undefined && !second.yearWritten && second.date !== undefined && first.date !== undefined) {
    const bumped = `${second.year + 1}${second.date.slice(4)}`;
    if (second.month < first.month && isIsoDate(bumped))
      last = { ...second, year: second.year + 1, date: bumped };
  }
  const stated = /共(\d+)天/.exec(tail) ?? /^(\d+)天/.exec(tail);
  return {
    mentions: second === undefined ? mentions : [first, last],
    from: first.date,
    to: last.date,
    bridged: tail.includes('与周末连休'),
    statedDays: stated === null ? undefined : Number(stated[1]),
  };
}

/** Reads the named festivals of a heading `国庆节、中秋节`, or says which name is not one. */
function readNames(heading: string): { names: string[]; unknown: string[] } {
  const names = heading.split('、');
  return { names, unknown: names.filter((n) => !(FESTIVAL_NAMES as readonly string[]).includes(n)) };
}

/**
 * Reads one numbered paragraph of a notice into a holiday period. A paragraph that says nothing of 放假 is not a
 * holiday paragraph (`undefined`, no issues). `defaultName` names the holiday of an amendment's paragraphs, which
 * have no heading.
 */
export function readHolidayParagraph(
  paragraph: NoticeParagraph,
  year: number,
  defaultName?: string,
): { period?: DraftPeriod; issues: NoticeIssue[] } {
  const issues: NoticeIssue[] = [];
  const headed = /^([^:,。]{1,30}):(.*)$/.exec(paragraph.text);
  if (!paragraph.text.includes('放假')) return { issues };
  const heading = headed?.[1] ?? defaultName;
  const body = headed?.[2] ?? paragraph.text;
  if (heading === undefined) return { issues };
  const label = `${paragraph.numeral}、${heading}`;
  const { unknown } = readNames(heading);
  if (unknown.length > 0) {
    issues.push(
      noticeIssue('unknown-festival', label, `"${unknown.join('、')}" is not a statutory festival`),
    );
  }
  const sentences = body.split('。').filter((s) => s !== '');
  const main = sentences.find((s) => s.includes('放假'));
  const daysOff = main === undefined ? undefined : readDaysOff(label, main, year, issues);
  if (daysOff === undefined || daysOff.from === undefined || daysOff.to === undefined) {
    if (daysOff !== undefined) checkRemarks(label, daysOff.mentions, issues);
    return { issues };
  }
  const mentions: Mentions = [...daysOff.mentions];
  const makeupWork: IsoDate[] = [];
  const notes: string[] = [];
  for (const sentence of sentences) {
    if (sentence === main) continue;
    const found = mentionsIn(sentence, year);
    if (sentence.endsWith('上班') && found.length > 0 && leftover(sentence, found, /、|上班$/g) === '') {
      mentions.push(...found);
      for (const m of found) if (m.date !== undefined) makeupWork.push(m.date);
    } else if (found.length === 0 || sentence.startsWith('鼓励')) {
      notes.push(`${sentence}。`);
      // A remark such as "在除夕(2月9日)休息" names a lunar day: it is checked as "2月9日(农历除夕)" would be.
      const chuxi = found.filter((m) => sentence.includes(`除夕(${m.text})`));
      mentions.push(...chuxi.map((m) => ({ ...m, lunar: { text: '除夕', chuxi: true } as const })));
    } else issues.push(noticeIssue('unreadable-sentence', label, `cannot read "${sentence}"`));
  }
  checkRemarks(label, mentions, issues);
  let { from, to } = daysOff;
  if (daysOff.bridged) {
    const weekday = isoWeekday(from);
    if (from !== to || (weekday !== 1 && weekday !== 5)) {
      const message = `"与周末连休" is said of ${from}, which is not a single Monday or Friday`;
      issues.push(noticeIssue('no-adjacent-weekend', label, message, 'a Monday or a Friday'));
    } else if (weekday === 5) to = addDays(from, 2);
    else from = addDays(from, -2);
    notes.unshift(BRIDGED);
  }
  if (to < from) {
    issues.push(noticeIssue('range-reversed', label, `the last day off ${to} is before ${from}`));
    return { issues };
  }
  const period: DraftPeriod = {
    label,
    name: heading,
    from,
    to,
    makeupWork,
    mentions,
    ...(notes.length === 0 ? {} : { note: notes.join(' ') }),
    ...(daysOff.statedDays === undefined ? {} : { statedDays: daysOff.statedDays }),
  };
  return { period, issues };
}
