/**
 * When a festival falls (节日日期): a fixed Gregorian date, a lunar date (day 0 is the last day of the month
 * before, so `{ lunar: [1, 0] }` is 除夕), or a solar term (the day the sun reaches a longitude, e.g. 清明 15°).
 */
export type FestivalDay =
  | { readonly fixed: readonly [month: number, day: number] }
  | { readonly lunar: readonly [month: number, day: number] }
  | { readonly solarTerm: number };

/** A statutory festival (法定节日) that gives every citizen days off, with its days under one text of the law. */
export interface StatutoryFestival {
  /** The name as the notices give it. */
  readonly name: string;
  /** Days off for everybody, in a row from `first`. */
  readonly days: number;
  /** The first day off. */
  readonly first: FestivalDay;
}

/** One text of 《全国年节及纪念日放假办法》 (放假办法), with the years it governs and its festivals (第二条). */
export interface HolidayMeasures {
  /** The text, as cited. */
  readonly source: string;
  /** The first year it governs (it came into force on 1 January of that year, or during the year before). */
  readonly fromYear: number;
  /** The festivals that are days off for all citizens. */
  readonly festivals: readonly StatutoryFestival[];
}

const NEW_YEAR = { name: '元旦', days: 1, first: { fixed: [1, 1] } } as const;
const QINGMING = { name: '清明节', days: 1, first: { solarTerm: 15 } } as const;
const DRAGON_BOAT = { name: '端午节', days: 1, first: { lunar: [5, 5] } } as const;
const MID_AUTUMN = { name: '中秋节', days: 1, first: { lunar: [8, 15] } } as const;
const NATIONAL_DAY = { name: '国庆节', days: 3, first: { fixed: [10, 1] } } as const;

/**
 * The texts of 《全国年节及纪念日放假办法》 since 2000, oldest first: which days every citizen has off (第二条). The
 * calendar's fallback for a year with no notice uses the text governing that year; the notice checks require
 * each of its festival days to lie in the notice's period for that festival.
 *
 * @example
 * ```ts
 * HOLIDAY_MEASURES.at(-1)?.festivals.find((f) => f.name === '春节'); // { name: '春节', days: 4, first: { lunar: [1, 0] } }
 * ```
 */
export const HOLIDAY_MEASURES = [
  {
    source: '《全国年节及纪念日放假办法》（1999年9月18日国务院令第270号修订）第二条',
    fromYear: 2000,
    festivals: [
      NEW_YEAR,
      { name: '春节', days: 3, first: { lunar: [1, 1] } },
      { name: '劳动节', days: 3, first: { fixed: [5, 1] } },
      NATIONAL_DAY,
    ],
  },
  {
    source: '《全国年节及纪念日放假办法》（2007年12月14日国务院令第513号修订，2008年1月1日起施行）第二条',
    fromYear: 2008,
    festivals: [
      NEW_YEAR,
      { name: '春节', days: 3, first: { lunar: [1, 0] } },
      QINGMING,
      { name: '劳动节', days: 1, first: { fixed: [5, 1] } },
      DRAGON_BOAT,
      MID_AUTUMN,
      NATIONAL_DAY,
    ],
  },
  {
    source: '《全国年节及纪念日放假办法》（2013年12月11日国务院令第644号修订，2014年1月1日起施行）第二条',
    fromYear: 2014,
    festivals: [
      NEW_YEAR,
      { name: '春节', days: 3, first: { lunar: [1, 1] } },
      QINGMING,
      { name: '劳动节', days: 1, first: { fixed: [5, 1] } },
      DRAGON_BOAT,
      MID_AUTUMN,
      NATIONAL_DAY,
    ],
  },
  {
    source: '《全国年节及纪念日放假办法》（2024年11月10日国务院令第795号修订，2025年1月1日起施行）第二条',
    fromYear: 2025,
    festivals: [
      NEW_YEAR,
      { name: '春节', days: 4, first: { lunar: [1, 0] } },
      QINGMING,
      { name: '劳动节', days: 2, first: { fixed: [5, 1] } },
      DRAGON_BOAT,
      MID_AUTUMN,
      NATIONAL_DAY,
    ],
  },
] as const satisfies readonly HolidayMeasures[];

/**
 * The text of the law governing `year` (the last one in force from January of that year).
 *
 * @param year - a year from 2000
 * @returns the {@link HolidayMeasures}
 */
export function measuresFor(year: number): HolidayMeasures {
  let found: HolidayMeasures = HOLIDAY_MEASURES[0];
  for (const measures of HOLIDAY_MEASURES) if (measures.fromYear <= year) found = measures;
  return found;
}

/**
 * The festivals that are days off for all citizens under the text in force today (2025 on): 13 days in all.
 *
 * @example
 * ```ts
 * STATUTORY_FESTIVALS.find((f) => f.name === '春节')?.days; // 4 (除夕 and 初一 to 初三)
 * ```
 */
export const STATUTORY_FESTIVALS: readonly StatutoryFestival[] = HOLIDAY_MEASURES[3].festivals;

const MEASURES_ART3 = '《全国年节及纪念日放假办法》（2024年11月10日修订）第三条';

/**
 * Days off for part of the citizens only (部分公民放假的节日). They are not days off of the general calendar: no
 * working-day deadline of the public stops on them, and the fallback never includes them.
 *
 * @example
 * ```ts
 * GROUP_ONLY_DAYS.map((d) => d.monthDay); // ['03-08', '05-04', '06-01', '08-01']
 * ```
 */
export const GROUP_ONLY_DAYS = [
  { monthDay: '03-08', name: '妇女节', group: 'women (half day)', source: MEASURES_ART3 },
  { monthDay: '05-04', name: '青年节', group: 'youth aged 14 and over (half day)', source: MEASURES_ART3 },
  { monthDay: '06-01', name: '儿童节', group: 'children under 14 (1 day)', source: MEASURES_ART3 },
  { monthDay: '08-01', name: '建军节', group: 'active servicemen (half day)', source: MEASURES_ART3 },
] as const;
