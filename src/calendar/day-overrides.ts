import { type IsoDate, isoWeekday } from '../core/index.js';
import { toDayNumber } from '../core/internal.js';
import { OFFICIAL_SCHEDULES } from './official-schedules.js';
import type { ParsedWorkCalendarOptions } from './schedule-schema.js';
import type { DayKind, DaySource } from './types.js';

/** What a schedule or a local day says of one day, overriding the weekday rule. */
export interface DayOverride {
  readonly kind: Exclude<DayKind, 'weekend'>;
  readonly name?: string;
  readonly source: DaySource;
}

/** The days every schedule and local day sets, by day number, and the coverage of each scheduled year. */
export interface CalendarRules {
  readonly overrides: ReadonlyMap<number, DayOverride>;
  readonly scheduled: ReadonlyMap<number, 'official' | 'custom'>;
}

function withName(kind: DayOverride['kind'], source: DaySource, name: string | undefined): DayOverride {
  return name === undefined ? { kind, source } : { kind, name, source };
}

/** A schedule as written by the library or as parsed from the host (optional fields may be `undefined`). */
interface ScheduleDays {
  readonly periods: readonly {
    readonly name: string;
    readonly from: string;
    readonly to?: string | undefined;
    readonly makeupWork?: readonly string[] | undefined;
  }[];
}

function applySchedule(into: Map<number, DayOverride>, schedule: ScheduleDays, source: DaySource): void {
  for (const period of schedule.periods) {
    const first = toDayNumber(period.from as IsoDate);
    const last = period.to === undefined ? first : toDayNumber(period.to as IsoDate);
    for (let day = first; day <= last; day++) into.set(day, withName('holiday', source, period.name));
    for (const date of period.makeupWork ?? []) {
      into.set(toDayNumber(date as IsoDate), withName('makeup-workday', source, period.name));
    }
  }
}

/**
 * Gathers the days set by the official schedules, the host's schedules (which replace an official year) and the
 * host's local days, in that order of precedence (later wins). Options must already be validated.
 */
export function buildCalendarRules(options: ParsedWorkCalendarOptions): CalendarRules {
  const custom = options.schedules ?? [];
  const replaced = new Set(custom.map((s) => s.year));
  const overrides = new Map<number, DayOverride>();
  const scheduled = new Map<number, 'official' | 'custom'>();
  for (const schedule of OFFICIAL_SCHEDULES) {
    if (replaced.has(schedule.year)) continue;
    applySchedule(overrides, schedule, 'official');
    scheduled.set(schedule.year, 'official');
  }
  for (const schedule of custom) {
    applySchedule(overrides, schedule, 'custom');
    scheduled.set(schedule.year, 'custom');
  }
  for (const day of options.extraHolidays ?? []) {
    const [date, name] = typeof day === 'string' ? [day, undefined] : [day.date, day.name];
    overrides.set(toDayNumber(date), withName('holiday', 'custom', name));
  }
  for (const day of options.extraWorkdays ?? []) {
    const [date, name] = typeof day === 'string' ? [day, undefined] : [day.date, day.name];
    const kind = isoWeekday(date) >= 6 ? 'makeup-workday' : 'workday';
    overrides.set(toDayNumber(date), withName(kind, 'custom', name));
  }
  return { overrides, scheduled };
}
