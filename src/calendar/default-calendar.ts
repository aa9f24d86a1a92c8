import type { WorkCalendar } from './types.js';
import { createWorkCalendar } from './work-calendar.js';

let shared: WorkCalendar | undefined;

/**
 * The shared default calendar (默认工作日历): `createWorkCalendar()` with the official schedules and the provisional
 * fallback, created on first use and then reused.
 *
 * @returns the same {@link WorkCalendar} on every call
 * @example
 * ```ts
 * defaultCalendar().isWorkday(parseIsoDate('2025-10-04')); // false (国庆节、中秋节)
 * ```
 */
export function defaultCalendar(): WorkCalendar {
  shared ??= createWorkCalendar();
  return shared;
}
