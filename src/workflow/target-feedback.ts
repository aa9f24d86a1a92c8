import type { IsoDate } from '../core/index.js';
import { recordedState } from './recorded-state.js';
import type { ResultCategoryId } from './result-vocabulary.js';
import type { InspectionTask } from './task.js';
import { expectReadableTask } from './task-guard.js';
import type { FollowUpMeasure, ItemFinding } from './task-types.js';

/** What an inspection adds to a target’s record (检查结果反馈至检查对象档案). */
export interface TargetFeedback {
  readonly targetId: string;
  readonly taskId: string;
  readonly department: string;
  readonly inspectionDate: IsoDate;
  readonly categories: readonly ResultCategoryId[];
  readonly findings: readonly ItemFinding[];
  /** The measures for this target and department, open or closed. */
  readonly measures: readonly FollowUpMeasure[];
}

/**
 * The feedback of a task’s results into its targets’ records (结果运用): per target and department, the result,
 * the findings and the follow-up measures with their status, ready for the directory or the credit system.
 *
 * @param task - a task with results (any later state)
 * @returns one entry per result, in recording order
 * @example
 * ```ts
 * targetFeedback(task).filter((f) => f.measures.some((m) => m.closedOn === undefined)); // still open
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function targetFeedback(task: InspectionTask): readonly TargetFeedback[] {
  expectReadableTask(task);
  const state = recordedState(task);
  if (!('results' in state)) return [];
  const measures = 'followUps' in state ? state.followUps : [];
  return state.results.map((r) => ({
    targetId: r.targetId,
    taskId: task.id,
    department: r.department,
    inspectionDate: r.inspectionDate,
    categories: r.categories,
    findings: r.findings,
    measures: measures.filter((m) => m.targetId === r.targetId && m.department === r.department),
  }));
}
