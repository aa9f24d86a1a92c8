import * as z from 'zod/mini';
import { compareDates, isoDateSchema, type SsjIssue, toChinaDate } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { WorkflowContext } from './context.js';
import { actorInputSchema } from './step-inputs.js';
import { failIf, type StepResult, stepResult } from './step-result.js';
import type { InspectionTask, TaskIn } from './task.js';
import { expectReadableTask } from './task-guard.js';
import { assertStep } from './transitions.js';

/**
 * Zod schema of the input of {@link recordFollowUp}.
 *
 * @example
 * ```ts
 * recordFollowUpInputSchema.safeParse({ measureId: 'measure_1', closedOn: '2025-06-20', outcome: '已整改', actor: 'samr' }).success;
 * ```
 */
export const recordFollowUpInputSchema = z.object({
  measureId: z.string().check(z.minLength(1)),
  closedOn: isoDateSchema,
  outcome: z.string().check(z.minLength(1)),
  actor: z.string().check(z.minLength(1)),
});

/** The input of {@link recordFollowUp}. */
export type RecordFollowUpInput = z.input<typeof recordFollowUpInputSchema>;

/**
 * Closes one follow-up measure (后续处置办结) with its date and outcome. Published → published.
 *
 * @param task - a published task
 * @param input - the measure id, the closing date, the outcome, the actor
 * @param ctx - the workflow context
 * @returns the task with the measure closed and a `task.recordFollowUp` event
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the task is not published
 * @throws {SsjError} `INVALID_INPUT` / `INVALID_DATE` for a bad input
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when the measure is unknown, already closed, or closes before
 *   it opened
 * @example
 * ```ts
 * recordFollowUp(task, { measureId: 'measure_2', closedOn: '2025-06-20', outcome: '已整改', actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function recordFollowUp(
  task: InspectionTask,
  input: RecordFollowUpInput,
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'recordFollowUp');
  const data = parseWith(recordFollowUpInputSchema, input, 'follow-up');
  const state = (task as TaskIn<'published'>).state;
  const measure = state.followUps.find((m) => m.id === data.measureId);
  const issues: SsjIssue[] = [];
  if (measure === undefined)
    issues.push({ path: ['measureId'], message: `No follow-up measure ${data.measureId}` });
  else if (measure.closedOn !== undefined)
    issues.push({ path: ['measureId'], message: `${data.measureId} is already closed` });
  else if (compareDates(data.closedOn, measure.openedOn) < 0) {
    issues.push({
      path: ['closedOn'],
      message: `${data.closedOn} is before the measure opened (${measure.openedOn})`,
    });
  }
  failIf(issues, 'Cannot close the follow-up measure');
  const followUps = state.followUps.map((m) =>
    m.id === data.measureId ? { ...m, closedOn: data.closedOn, outcome: data.outcome } : m,
  );
  const payload = { measureId: data.measureId, closedOn: data.closedOn, outcome: data.outcome };
  return stepResult(task, { ...state, followUps }, 'recordFollowUp', data.actor, payload, ctx);
}

/**
 * Closes the follow-up of a task (后续处置完毕): every measure must be closed. Published → follow-up closed.
 *
 * @param task - a published task
 * @param input - the actor
 * @param ctx - the workflow context (the clock gives the date)
 * @returns the task and a `task.closeFollowUps` event
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the task is not published
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` naming each open measure
 * @example
 * ```ts
 * closeFollowUps(task, { actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function closeFollowUps(
  task: InspectionTask,
  input: { readonly actor: string },
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'closeFollowUps');
  expectReadableTask(task);
  parseWith(actorInputSchema, input, 'follow-up closing');
  const state = (task as TaskIn<'published'>).state;
  failIf(
    state.followUps
      .filter((m) => m.closedOn === undefined)
      .map((m) => ({
        path: ['followUps'],
        message: `Measure ${m.id} (${m.kind}, ${m.targetId}) is still open`,
      })),
    'Cannot close the follow-up',
  );
  const followUpsClosedOn = toChinaDate(ctx.clock());
  const next = { ...state, status: 'follow-up-closed', followUpsClosedOn } as const;
  return stepResult(task, next, 'closeFollowUps', input.actor, { followUpsClosedOn }, ctx);
}
