import { type IsoDate, isIsoDate } from '../core/index.js';

/** A lunar date as a notice remarks it (农历…): a month and day, or 除夕 (the last day of 腊月). */
export type LunarRemark =
  | { readonly text: string; readonly chuxi: true }
  | {
      readonly text: string;
      readonly chuxi: false;
      readonly month: number;
      readonly leap: boolean;
      readonly day: number;
    };

/** A date as a notice writes it, resolved to a `YYYY-MM-DD` (or `undefined` when it does not exist). */
export interface DateMention {
  /** The text as written, e.g. `1月28日(农历除夕、周二)` (after NFKC). */
  readonly text: string;
  readonly date: IsoDate | undefined;
  readonly year: number;
  readonly month: number;
  /** Whether the year was written (else it is the notice's, or the range start's). */
  readonly yearWritten: boolean;
  /** The stated weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday?: number;
  readonly lunar?: LunarRemark;
}

/** A date with its optional remark in brackets, after NFKC: `2018年12月30日`, `3日`, `1月28日(农历除夕、周二)`. */
export const DATE_PATTERN = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?/g;

const WEEKDAYS = '一二三四五六日' as const;
const DIGITS = '一二三四五六七八九' as const;
const LUNAR_MONTHS: Readonly<Record<string, number>> = { 正: 1, 冬: 11, 腊: 12, 十一: 11, 十二: 12 };

/** 一…九 → 1…9, 十 → 10, 十一…十九, 二十…二十九 (or 廿…), 三十. */
function chineseNumber(text: string): number | undefined {
  const t = text.replace(/^廿/, '二十');
  const digit = (c: string | undefined) => (c === undefined ? 0 : DIGITS.indexOf(c as '一') + 1);
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(t);
  if (m === null || t === '') return undefined;
  const [, tens, ten, units] = m;
  if (ten === '') return tens === '' ? digit(units) : undefined;
  return (tens === '' ? 1 : digit(tens)) * 10 + (units === '' ? 0 : digit(units));
}

/** Reads a lunar remark after `农历`: `除夕`, `腊月二十八`, `正月初七`, `闰四月初一`. */
export function readLunarRemark(text: string): LunarRemark | undefined {
  if (text === '除夕') return { text, chuxi: true };
  const m = /^(闰?)(.{1,2})月(初?)(.{1,3})$/.exec(text);
  if (m === null) return undefined;
  const [, leap, monthText = '', early, dayText = ''] = m;
  const month = LUNAR_MONTHS[monthText] ?? chineseNumber(monthText);
  const day = chineseNumber(dayText);
  if (month === undefined || month < 1 || month > 12 || day === undefined || day < 1 || day > 30)
    return undefined;
  if ((early === '初') !== day <= 10) return undefined;
  return { text, chuxi: false, month, leap: leap === '闰', day };
}

/** What the brackets after a date say: its weekday (周二, 星期日) and a lunar date (农历除夕). */
function readRemark(remark: string | undefined): {
  weekday?: number;
  lunar?: LunarRemark;
  unknown: string[];
} {
  const out: { weekday?: number; lunar?: LunarRemark; unknown: string[] } = { unknown: [] };
  for (const part of (remark ?? '').split(/[、,]/).filter((p) => p !== '')) {
    const weekday = /^(?:星期|周)([一二三四五六日天])$/.exec(part);
    const lunar = part.startsWith('农历') ? readLunarRemark(part.slice(2)) : undefined;
    if (weekday !== null)
      out.weekday = WEEKDAYS.indexOf(weekday[1] === '天' ? '日' : (weekday[1] as '日')) + 1;
    else if (lunar !== undefined) out.lunar = lunar;
    else out.unknown.push(part);
  }
  return out;
}

/** Where a mention takes the year and month it does not write. */
export interface DateContext {
  /** The notice's year. */
  readonly year: number;
  /** The mention before it in the same phrase (for `至3日`, `至2月6日`). */
  readonly previous?: DateMention;
}

/**
 * Resolves one match of {@link DATE_PATTERN}. A missing month comes from the previous mention; a missing year from
 * the previous mention when the month is missing too, else it is the notice's year.
 */
export function resolveMention(
  match: RegExpExecArray,
  context: DateContext,
): DateMention & { unknown: string[] } {
  const [text, y, m, d, remark] = match;
  const prev = context.previous;
  const month = m === undefined ? (prev?.month ?? 0) : Number(m);
  const year = y !== undefined ? Number(y) : m === undefined && prev !== undefined ? prev.year : context.year;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Number(d)).padStart(2, '0')}`;
  const { weekday, lunar, unknown } = readRemark(remark);
  return {
    text,
    date: isIsoDate(iso) ? iso : undefined,
    year,
    month,
    yearWritten: y !== undefined,
    ...(weekday === undefined ? {} : { weekday }),
    ...(lunar === undefined ? {} : { lunar }),
    unknown,
  };
}

/** All the date mentions of a phrase, in order, each resolved against the one before. */
export function mentionsIn(phrase: string, year: number): (DateMention & { unknown: string[] })[] {
  const out: (DateMention & { unknown: string[] })[] = [];
  for (const match of phrase.matchAll(DATE_PATTERN)) {
    const previous = out[out.length - 1];
    out.push(resolveMention(match, previous === undefined ? { year } : { year, previous }));
  }
  return out;
}
