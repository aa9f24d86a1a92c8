import * as z from 'zod/mini';
import { isoDateSchema } from '../core/index.js';
import { expectDenseArray, parseWith } from '../core/internal.js';
import { TASK_TRANSITIONS } from './transitions.js';

/**
 * The fields of a task that the readers of tasks (statistics, joint visits, deadlines, overlaps) look at, checked
 * before they look: a task read back from storage with `participants: null` or a visit without `departments` is
 * refused with the path, instead of breaking half-way or being counted wrong. Other fields pass unchecked.
 */

const id = z.string().check(z.minLength(1, 'Expected a non-empty string'));
const ids = z.array(z.string());
const STATUSES = [...new Set(TASK_TRANSITIONS.flatMap((t) => [t.from, t.to]))] as [string, ...string[]];

const activeState = z.looseObject({
  status: z.enum(STATUSES),
  targets: z.optional(z.array(z.looseObject({ id, name: z.string() }))),
  visits: z.optional(z.array(z.looseObject({ targetId: id, date: isoDateSchema, departments: ids }))),
  results: z.optional(
    z.array(z.looseObject({ targetId: id, department: id, inspectionDate: isoDateSchema, categories: ids })),
  ),
  publications: z.optional(z.array(z.looseObject({ targetId: id, department: id, onTime: z.boolean() }))),
  followUps: z.optional(z.array(z.looseObject({ department: id }))),
});

/** A task as its readers need it; a cancelled task keeps the state it was cancelled in. */
const taskSchema = z.looseObject({
  id,
  initiator: id,
  participants: ids,
  items: z.array(z.looseObject({ id })),
  period: z.looseObject({ from: isoDateSchema, to: isoDateSchema }),
  industry: z.optional(z.string()),
  mode: z.looseObject({ kind: z.enum(['random', 'targeted']) }),
  state: z.looseObject({ ...activeState.shape, before: z.optional(activeState) }),
});

const tasksSchema = z.array(taskSchema);

/**
 * Refuses what is not a task as the readers of tasks need it (internal).
 *
 * @throws {SsjError} `WORKFLOW_INVALID_TASK` with the path of each wrong field
 */
export function expectReadableTask(task: unknown): void {
  parseWith(taskSchema, task, 'inspection task', 'WORKFLOW_INVALID_TASK');
}

/**
 * Refuses what is not an array of tasks as the readers of tasks need them (internal).
 *
 * @throws {SsjError} `WORKFLOW_INVALID_TASK` with the index and path of each wrong field
 */
export function expectReadableTasks(tasks: unknown): void {
  expectDenseArray(tasks, 'array of tasks', 'WORKFLOW_INVALID_TASK');
  parseWith(tasksSchema, tasks, 'inspection tasks', 'WORKFLOW_INVALID_TASK');
}
