/** The part of date-chinese the cross-check uses (its package.json "exports" hides its own types). */
declare module 'date-chinese' {
  export class CalendarChinese {
    fromGregorian(year: number, month: number, day: number): this;
    /** [cycle, year, month, leap, day] */
    get(): [number, number, number, boolean, number];
  }
}
