/** A statutory festival (法定节日) that gives every citizen days off, with its length under the law in force. */
export interface StatutoryFestival {
  /** The name as date-holidays (zh) and the notices give it. */
  readonly name: string;
  /** Days off for everybody. */
  readonly days: number;
  /** The provision. */
  readonly source: string;
}

const MEASURES_2024 = '《全国年节及纪念日放假办法》（2024年11月10日修订）第二条';
const MEASURES_ART3 = '《全国年节及纪念日放假办法》（2024年11月10日修订）第三条';

/**
 * The festivals that are days off for all citizens (全体公民放假的节日), 2025 on: 13 days in all. The fallback keeps
 * only these, and lengthens a run date-holidays gives shorter (it still knows the 2013 text: 春节 3 days, 劳动节
 * 1 day) forward to this many days.
 *
 * @example
 * ```ts
 * STATUTORY_FESTIVALS.find((f) => f.name === '春节')?.days; // 4 (除夕 and 初一 to 初三)
 * ```
 */
export const STATUTORY_FESTIVALS = [
  { name: '元旦', days: 1, source: MEASURES_2024 },
  { name: '春节', days: 4, source: MEASURES_2024 },
  { name: '清明节', days: 1, source: MEASURES_2024 },
  { name: '劳动节', days: 2, source: MEASURES_2024 },
  { name: '端午节', days: 1, source: MEASURES_2024 },
  { name: '中秋节', days: 1, source: MEASURES_2024 },
  { name: '国庆节', days: 3, source: MEASURES_2024 },
] as const satisfies readonly StatutoryFestival[];

/**
 * Days off for part of the citizens only (部分公民放假的节日), which date-holidays lists as public holidays: the
 * fallback drops them, since nobody's working-day deadline stops on them.
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
