import { SsjError, yearOf } from '../core/index.js';
import { type CapInspection, INSPECTION_KIND_LIST, type InspectionKind } from '../sampling/index.js';
import { recordedState } from './recorded-state.js';
import type { InspectionTask } from './task.js';
import { expectReadableTasks } from './task-guard.js';

/** One row of the annual enforcement statistics (执法统计年报): one enterprise, one inspecting body, one year. */
export interface AnnualInspectionRow {
  readonly targetId: string;
  readonly department: string;
  /** The inspecting body (实施检查的行政机关): the mandate's body, or the department when none was recorded. */
  readonly body: string;
  readonly year: number;
  /** Inspections by kind (日常 / 个案 / 专项 / 上级部署专项). */
  readonly byKind: Readonly<Record<InspectionKind, number>>;
  readonly total: number;
}

/** The annual statistics: the rows and the totals by kind. */
export interface AnnualInspectionStatistics {
  readonly year: number;
  readonly rows: readonly AnnualInspectionRow[];
  readonly totals: Readonly<Record<InspectionKind, number>> & { readonly all: number };
}

/**
 * Every inspection the tasks record (入企检查记录), one per visit and department present, as frequency caps count
 * them: kind and trigger from the task, body and level from the department's mandate, a joint visit's records
 * sharing one `visitId`. Feed them to `planSample`'s `inspections`.
 *
 * @param tasks - tasks in any state (visits of cancelled tasks were made, so they count)
 * @param options - the level to record when a mandate names none (default `''`)
 * @returns the records, in task and visit order
 * @example
 * ```ts
 * planSample({ ...input, caps, inspections: inspectionRecordsOf(tasks), planned });
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function inspectionRecordsOf(
  tasks: readonly InspectionTask[],
  options: { readonly level?: string } = {},
): readonly CapInspection[] {
  expectReadableTasks(tasks);
  if (
    typeof options !== 'object' ||
    options === null ||
    (options.level !== undefined && typeof options.level !== 'string')
  ) {
    const message = 'Expected options { level?: string }';
    throw new SsjError('INVALID_INPUT', message, {
      issues: [{ path: ['options'], message, expected: 'object' }],
    });
  }
  return tasks.flatMap((task) => {
    const state = recordedState(task);
    if (!('visits' in state)) return [];
    const mandates = state.mandates ?? [];
    const trigger = task.mode.kind === 'targeted' ? { trigger: task.mode.trigger } : {};
    return state.visits.flatMap((visit) => {
      const visitId = `${task.id}#${visit.targetId}`;
      return visit.departments.map((department): CapInspection => {
        const m = mandates.find((x) => x.department === department);
        return {
          id: `${visitId}#${department}`,
          targetId: visit.targetId,
          date: visit.date,
          department,
          body: m?.body ?? department,
          level: m?.level ?? options.level ?? '',
          kind: task.inspectionKind,
          ...trigger,
          ...(visit.departments.length > 1 ? { visitId } : {}),
        };
      });
    });
  });
}

const zeroKinds = (): Record<InspectionKind, number> =>
  Object.fromEntries(INSPECTION_KIND_LIST.map((k) => [k, 0])) as Record<InspectionKind, number>;

/**
 * The annual enforcement statistics (执法统计年报): inspections per enterprise per inspecting body in `year`, by
 * kind. Every visit counts once for each department present, so the totals add up to the visits the tasks record.
 *
 * @param tasks - tasks in any state
 * @param year - the year reported
 * @returns the rows (sorted by target, then department) and the totals by kind
 * @example
 * ```ts
 * annualInspectionStatistics(tasks, 2025).totals.all; // every inspection of 2025
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function annualInspectionStatistics(
  tasks: readonly InspectionTask[],
  year: number,
): AnnualInspectionStatistics {
  expectReadableTasks(tasks);
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
    const message = `Expected the year as an integer from 1000 to 9999, received ${typeof year === 'number' ? year : typeof year}`;
    throw new SsjError('INVALID_INPUT', message, {
      issues: [{ path: ['year'], message, expected: 'integer' }],
    });
  }
  const rows = new Map<
    string,
    { row: Omit<AnnualInspectionRow, 'byKind' | 'total'>; byKind: Record<InspectionKind, number> }
  >();
  const totals = zeroKinds();
  for (const r of inspectionRecordsOf(tasks)) {
    if (yearOf(r.date) !== year) continue;
    const key = `${r.targetId}\u0000${r.department}\u0000${r.body}`;
    const entry = rows.get(key) ?? {
      row: { targetId: r.targetId, department: r.department, body: r.body, year },
      byKind: zeroKinds(),
    };
    entry.byKind[r.kind] += 1;
    totals[r.kind] += 1;
    rows.set(key, entry);
  }
  const out = [...rows.values()]
    .map(({ row, byKind }) => ({
      ...row,
      byKind,
      total: INSPECTION_KIND_LIST.reduce((n, k) => n + byKind[k], 0),
    }))
    .sort((a, b) =>
      a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : a.department < b.department ? -1 : 1,
    );
  const all = INSPECTION_KIND_LIST.reduce((n, k) => n + totals[k], 0);
  return { year, rows: out, totals: { ...totals, all } };
}
