import { OFFICIAL_SCHEDULES_2019_2022 } from './official-schedules-2019-2022.js';
import { OFFICIAL_SCHEDULES_2023_2026 } from './official-schedules-2023-2026.js';
import type { YearSchedule } from './schedule-types.js';

/**
 * The official State Council holiday schedules built into the library (国务院办公厅部分节假日安排), 2019–2026, one
 * per notice year, with holiday names and the notice cited. Each was checked day by day against two independent
 * data sets. Years after the last one are answered provisionally until the host passes the new notice in
 * `createWorkCalendar({ schedules })`.
 *
 * @example
 * ```ts
 * OFFICIAL_SCHEDULES.find((s) => s.year === 2025)?.notice; // '国办发明电〔2024〕12号'
 * ```
 */
export const OFFICIAL_SCHEDULES: readonly YearSchedule[] = [
  ...OFFICIAL_SCHEDULES_2019_2022,
  ...OFFICIAL_SCHEDULES_2023_2026,
];
