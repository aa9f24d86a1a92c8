import { compareDates, type IsoDate, SsjError } from '../core/index.js';
import { departmentsOf, type InspectionTask } from './task.js';
import { expectReadableTasks } from './task-guard.js';
import type { TaskTarget } from './task-types.js';

/** One merged visit (联合检查): a target, every task and department that inspects it, every item. */
export interface JointVisit {
  readonly targetId: string;
  readonly targetName: string;
  readonly taskIds: readonly string[];
  readonly departments: readonly string[];
  readonly itemIds: readonly string[];
}

/** The merged visit plan: the common window, the visits, and how many visits merging saves. */
export interface JointVisitPlan {
  readonly window: { readonly from: IsoDate; readonly to: IsoDate };
  readonly visits: readonly JointVisit[];
  /** Visits if every department of every task went alone. */
  readonly separateVisits: number;
  /** `separateVisits - visits.length`. */
  readonly visitsSaved: number;
}

/**
 * Merges the drawn targets of several tasks in the same period into one visit per target (进一次门、查多项事): each
 * visit covers every item of every department that drew the target.
 *
 * @param tasks - tasks with targets (drawn or later; cancelled tasks are left out)
 * @returns the visit plan and the visits saved
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when the tasks’ periods have no common day, a task has no
 *   targets yet, or no task is left once the cancelled ones are set apart
 * @throws {SsjError} `WORKFLOW_INVALID_TASK` when `tasks` is not an array of tasks, naming the index and field
 * @example
 * ```ts
 * const plan = planJointVisits([marketTask, healthTask, fireTask]);
 * plan.visitsSaved; // e.g. 14
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function planJointVisits(tasks: readonly InspectionTask[]): JointVisitPlan {
  expectReadableTasks(tasks);
  const live = tasks.filter((t) => t.state.status !== 'cancelled');
  if (live.length === 0) {
    const message = 'No task to merge: joint visits need at least one task that is not cancelled';
    throw new SsjError('WORKFLOW_PRECONDITION_FAILED', message, {
      issues: [{ path: [], message, expected: 'at least one live task' }],
    });
  }
  const withTargets = live.map((t) => ({ task: t, targets: targetsOf(t) }));
  const missing = withTargets.filter((w) => w.targets === undefined).map((w) => w.task.id);
  if (missing.length > 0) {
    throw new SsjError('WORKFLOW_PRECONDITION_FAILED', `Tasks without drawn targets: ${missing.join(', ')}`);
  }
  const from = live.map((t) => t.period.from).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
  const to = live.map((t) => t.period.to).reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
  if (compareDates(from, to) > 0) {
    throw new SsjError(
      'WORKFLOW_PRECONDITION_FAILED',
      `The task periods have no common day (latest start ${from}, earliest end ${to})`,
    );
  }
  const byTarget = new Map<
    string,
    { name: string; tasks: Set<string>; departments: Set<string>; items: Set<string> }
  >();
  let separateVisits = 0;
  for (const { task, targets } of withTargets) {
    const departments = departmentsOf(task);
    for (const target of targets ?? []) {
      separateVisits += departments.length;
      const entry = byTarget.get(target.id) ?? {
        name: target.name,
        tasks: new Set(),
        departments: new Set(),
        items: new Set(),
      };
      entry.tasks.add(task.id);
      for (const d of departments) entry.departments.add(d);
      for (const item of task.items) entry.items.add(item.id);
      byTarget.set(target.id, entry);
    }
  }
  const visits = [...byTarget].map(([targetId, e]) => ({
    targetId,
    targetName: e.name,
    taskIds: [...e.tasks],
    departments: [...e.departments],
    itemIds: [...e.items],
  }));
  return { window: { from, to }, visits, separateVisits, visitsSaved: separateVisits - visits.length };
}

function targetsOf(task: InspectionTask): readonly TaskTarget[] | undefined {
  return 'targets' in task.state ? task.state.targets : undefined;
}
