import { parseWith } from '../core/internal.js';
import type { WorkflowContext } from './context.js';
import { actorInputSchema, cancelInputSchema } from './step-inputs.js';
import { type StepResult, stepResult } from './step-result.js';
import type { ActiveTaskState, InspectionTask, TaskIn } from './task.js';
import { assertStep } from './transitions.js';

/**
 * Archives a task whose follow-up is closed (归档). Follow-up closed → archived; nothing is allowed after.
 *
 * @param task - a task with its follow-up closed
 * @param input - the actor
 * @param ctx - the workflow context
 * @returns the archived task and a `task.archive` event
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the follow-up is not closed
 * @example
 * ```ts
 * archiveTask(task, { actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function archiveTask(
  task: InspectionTask,
  input: { readonly actor: string },
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'archive');
  parseWith(actorInputSchema, input, 'archive input');
  const state = (task as TaskIn<'follow-up-closed'>).state;
  const archivedAt = ctx.clock();
  return stepResult(
    task,
    { ...state, status: 'archived', archivedAt },
    'archive',
    input.actor,
    { archivedAt },
    ctx,
  );
}

/**
 * Cancels a task with a recorded reason (撤销任务): allowed until the results are reviewed. The state before is
 * kept inside the cancelled state, so nothing that was done is lost.
 *
 * @param task - a task not yet reviewed
 * @param input - the reason (required, not blank) and the actor
 * @param ctx - the workflow context
 * @returns the cancelled task and a `task.cancel` event with the reason
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the task is reviewed or later
 * @throws {SsjError} `INVALID_INPUT` when the reason is blank
 * @example
 * ```ts
 * cancelTask(task, { reason: '上级部门统一部署专项行动，本任务并入', actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#audit}
 */
export function cancelTask(
  task: InspectionTask,
  input: { readonly reason: string; readonly actor: string },
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'cancel');
  parseWith(cancelInputSchema, input, 'cancellation (a reason is required)');
  const before = (task as TaskIn<ActiveTaskState['status']>).state;
  const cancellation = { reason: input.reason, actor: input.actor, at: ctx.clock() };
  const payload = { reason: input.reason, from: before.status };
  return stepResult(task, { status: 'cancelled', cancellation, before }, 'cancel', input.actor, payload, ctx);
}
