import { SsjError } from '../core/index.js';
import type { InspectionTask } from './task.js';
import type { TaskMode, TaskStatus } from './task-types.js';

/** The name of a task step (任务环节). */
export type TaskStep =
  | 'commit'
  | 'draw'
  | 'designate'
  | 'preCheck'
  | 'assign'
  | 'recordInspection'
  | 'recordResult'
  | 'review'
  | 'publish'
  | 'recordFollowUp'
  | 'closeFollowUps'
  | 'archive'
  | 'cancel';

/** One allowed transition: a step, the state it starts from, the state it leads to, and for which task modes. */
export interface TaskTransition {
  readonly step: TaskStep;
  readonly from: TaskStatus;
  readonly to: TaskStatus;
  readonly modes: readonly TaskMode['kind'][];
}

const BOTH = ['random', 'targeted'] as const;

/**
 * The task state machine as data (任务流转表): every allowed (step, from) pair. Random tasks publish a draw
 * commitment and then draw; targeted tasks (重点监管) designate their targets instead. Anything not listed is refused.
 *
 * @example
 * ```ts
 * TASK_TRANSITIONS.filter((t) => t.from === 'reviewed').map((t) => t.step); // ['publish']
 * ```
 */
export const TASK_TRANSITIONS = [
  { step: 'commit', from: 'planned', to: 'committed', modes: ['random'] },
  { step: 'draw', from: 'committed', to: 'drawn', modes: ['random'] },
  { step: 'designate', from: 'planned', to: 'drawn', modes: ['targeted'] },
  { step: 'preCheck', from: 'drawn', to: 'drawn', modes: ['random'] },
  { step: 'assign', from: 'drawn', to: 'assigned', modes: BOTH },
  { step: 'recordInspection', from: 'assigned', to: 'inspected', modes: BOTH },
  { step: 'recordInspection', from: 'inspected', to: 'inspected', modes: BOTH },
  { step: 'recordInspection', from: 'results-recorded', to: 'results-recorded', modes: BOTH },
  { step: 'recordResult', from: 'inspected', to: 'results-recorded', modes: BOTH },
  { step: 'recordResult', from: 'results-recorded', to: 'results-recorded', modes: BOTH },
  { step: 'review', from: 'results-recorded', to: 'reviewed', modes: BOTH },
  { step: 'publish', from: 'reviewed', to: 'published', modes: BOTH },
  { step: 'recordFollowUp', from: 'published', to: 'published', modes: BOTH },
  { step: 'closeFollowUps', from: 'published', to: 'follow-up-closed', modes: BOTH },
  { step: 'archive', from: 'follow-up-closed', to: 'archived', modes: BOTH },
  { step: 'cancel', from: 'planned', to: 'cancelled', modes: BOTH },
  { step: 'cancel', from: 'committed', to: 'cancelled', modes: BOTH },
  { step: 'cancel', from: 'drawn', to: 'cancelled', modes: BOTH },
  { step: 'cancel', from: 'assigned', to: 'cancelled', modes: BOTH },
  { step: 'cancel', from: 'inspected', to: 'cancelled', modes: BOTH },
  { step: 'cancel', from: 'results-recorded', to: 'cancelled', modes: BOTH },
] as const satisfies readonly TaskTransition[];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Refuses, in constant work, anything that is not shaped as a task: no step reads a field of garbage. */
export function checkTaskShape(task: unknown, needsId: boolean): void {
  const problems: { path: (string | number)[]; message: string; expected: string }[] = [];
  if (!isRecord(task)) problems.push({ path: [], message: 'Expected a task object', expected: 'object' });
  else {
    if (needsId && (typeof task.id !== 'string' || task.id === ''))
      problems.push({ path: ['id'], message: 'Expected a non-empty string id', expected: 'string' });
    if (!isRecord(task.state) || typeof task.state.status !== 'string')
      problems.push({ path: ['state', 'status'], message: 'Expected the task state', expected: 'string' });
    if (!isRecord(task.mode) || typeof task.mode.kind !== 'string')
      problems.push({ path: ['mode', 'kind'], message: 'Expected the task mode', expected: 'string' });
    if (needsId && (typeof task.initiator !== 'string' || task.initiator === ''))
      problems.push({
        path: ['initiator'],
        message: 'Expected the initiating department',
        expected: 'string',
      });
    if (
      needsId &&
      !(Array.isArray(task.participants) && task.participants.every((p) => typeof p === 'string'))
    )
      problems.push({
        path: ['participants'],
        message: 'Expected the participating departments',
        expected: 'string[]',
      });
  }
  if (problems.length === 0) return;
  const message = `Not an inspection task: ${problems.map((p) => `${p.path.join('.') || '(root)'}: ${p.message}`).join('; ')}`;
  throw new SsjError('WORKFLOW_INVALID_TASK', message, { issues: problems });
}

/**
 * Refuses what is not shaped as a task before a reader of tasks looks inside it (internal).
 *
 * @throws {SsjError} `WORKFLOW_INVALID_TASK`
 */
export const expectTask = (task: unknown): void => checkTaskShape(task, true);

/**
 * Refuses what is not an array of tasks, naming the first entry that is not one (internal).
 *
 * @throws {SsjError} `WORKFLOW_INVALID_TASK`
 */
export function expectTasks(tasks: unknown): void {
  if (!Array.isArray(tasks)) {
    const message = `Expected an array of tasks, received ${tasks === null ? 'null' : typeof tasks}`;
    throw new SsjError('WORKFLOW_INVALID_TASK', message, {
      issues: [{ path: [], message, expected: 'array' }],
    });
  }
  for (let i = 0; i < tasks.length; i++) {
    try {
      checkTaskShape(tasks[i], true);
    } catch (error) {
      const e = error as SsjError;
      const issues = e.issues.map((x) => ({ ...x, path: [i, ...x.path] }));
      throw new SsjError('WORKFLOW_INVALID_TASK', `tasks[${i}]: ${e.message}`, { issues });
    }
  }
}

/**
 * The steps allowed for a task now (可执行环节).
 *
 * @param task - the task (its state and mode)
 * @returns the step names, in table order, without repeats
 * @throws {SsjError} `WORKFLOW_INVALID_TASK` when `task` is not shaped as a task
 * @example
 * ```ts
 * allowedSteps(plannedRandomTask); // ['commit', 'cancel']
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#task}
 */
export function allowedSteps(task: Pick<InspectionTask, 'state' | 'mode'>): readonly TaskStep[] {
  checkTaskShape(task, false);
  const steps = TASK_TRANSITIONS.filter(
    (t) => t.from === task.state.status && (t.modes as readonly string[]).includes(task.mode.kind),
  ).map((t) => t.step);
  return [...new Set(steps)];
}

/**
 * Checks that `step` may run on `task` and returns the state it leads to (校验流转).
 *
 * @param task - the task
 * @param step - the step to run
 * @returns the status after the step
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` naming the current state and the allowed steps
 * @example
 * ```ts
 * assertStep(reviewedTask, 'publish'); // 'published'
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#task}
 */
export function assertStep(task: Pick<InspectionTask, 'state' | 'mode' | 'id'>, step: TaskStep): TaskStatus {
  checkTaskShape(task, true);
  const found = TASK_TRANSITIONS.find(
    (t) =>
      t.step === step &&
      t.from === task.state.status &&
      (t.modes as readonly string[]).includes(task.mode.kind),
  );
  if (found !== undefined) return found.to;
  const allowed = allowedSteps(task);
  const shown = allowed.length === 0 ? 'none (the task is closed)' : allowed.join(', ');
  const message = `Step "${step}" is not allowed for ${task.mode.kind} task ${task.id} in state "${task.state.status}"; allowed steps: ${shown}`;
  throw new SsjError('WORKFLOW_ILLEGAL_TRANSITION', message, {
    issues: [{ path: ['state', 'status'], message, expected: shown }],
  });
}
