import { compareDates, type SsjIssue, toChinaDate } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { WorkflowContext } from './context.js';
import { resultDeadline } from './deadlines.js';
import { FOLLOW_UP_MEASURES } from './follow-up-measures.js';
import { toJsonValue } from './json-value.js';
import { PUBLICATION_FORMAT } from './publication-format.js';
import { resultLabels } from './result-selection.js';
import { actorInputSchema, reviewInputSchema } from './step-inputs.js';
import { failIf, type StepResult, stepResult } from './step-result.js';
import type { InspectionTask, TaskIn } from './task.js';
import type { FollowUpMeasure, PublicationRecord } from './task-types.js';
import { assertStep } from './transitions.js';

/**
 * Reviews the results (审核): every team’s result must be recorded, and the reviewer must not have entered any of
 * them (four eyes). Results recorded → reviewed.
 *
 * @param task - a task with results recorded
 * @param input - the reviewer and an optional note
 * @param ctx - the workflow context
 * @returns the reviewed task and a `task.review` event
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the task has no results yet
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` naming each missing result, or when the reviewer entered one
 * @example
 * ```ts
 * reviewTask(task, { reviewer: 'chief-1' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function reviewTask(
  task: InspectionTask,
  input: { readonly reviewer: string; readonly note?: string },
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'review');
  parseWith(reviewInputSchema, input, 'review');
  const state = (task as TaskIn<'results-recorded'>).state;
  const issues: SsjIssue[] = state.teams
    .filter(
      (team) => !state.results.some((r) => r.targetId === team.targetId && r.department === team.department),
    )
    .map((team) => ({
      path: ['results'],
      message: `No result of ${team.department} for ${team.targetId} yet`,
    }));
  if (state.results.some((r) => r.enteredBy === input.reviewer)) {
    issues.push({ path: ['reviewer'], message: `${input.reviewer} entered results and cannot review them` });
  }
  failIf(issues, 'Cannot review the task');
  const review = {
    reviewer: input.reviewer,
    at: ctx.clock(),
    ...(input.note === undefined ? {} : { note: input.note }),
  };
  return stepResult(
    task,
    { ...state, status: 'reviewed', review },
    'review',
    input.reviewer,
    toJsonValue({ review }),
    ctx,
  );
}

/**
 * Publishes the reviewed results (结果公示, 谁公示): one publication record per result with what the announcement
 * shows (task, department, target name and USCC, inspection date, result), its due date (20 working days after the
 * inspection), whether it was on time, and whether that due date is provisional (counted over a year with no
 * official or custom calendar schedule: {@link PUBLICATION_FORMAT} v2); the follow-up measures open (`none` closes
 * at once). Reviewed → published.
 *
 * @param task - a reviewed task (no publication before review)
 * @param input - the actor
 * @param ctx - the workflow context (the clock gives the publication date)
 * @returns the published task and a `task.publish` event
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the task is not reviewed
 * @example
 * ```ts
 * const { task: published } = publishTask(task, { actor: 'market' }, ctx);
 * await sink.publish(published.state.publications);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function publishTask(
  task: InspectionTask,
  input: { readonly actor: string },
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'publish');
  parseWith(actorInputSchema, input, 'publication input');
  const state = (task as TaskIn<'reviewed'>).state;
  const publishedOn = toChinaDate(ctx.clock());
  const publications: PublicationRecord[] = state.results.map((r) => {
    const target = state.targets.find((t) => t.id === r.targetId);
    const { dueOn, provisional } = resultDeadline(r.inspectionDate, ctx);
    return {
      format: PUBLICATION_FORMAT,
      id: ctx.newId('publication'),
      taskId: task.id,
      taskName: task.name,
      department: r.department,
      targetId: r.targetId,
      targetName: target?.name ?? r.targetId,
      ...(target?.uscc === undefined ? {} : { uscc: target.uscc }),
      inspectionDate: r.inspectionDate,
      result: resultLabels(r.categories),
      scheme: r.scheme,
      publishedOn,
      dueOn,
      onTime: compareDates(publishedOn, dueOn) <= 0,
      provisional,
    };
  });
  const followUps: FollowUpMeasure[] = state.results.flatMap((r) =>
    r.followUp.map((kind) => {
      const closes = FOLLOW_UP_MEASURES.find((m) => m.id === kind)?.closedOnRecord === true;
      return {
        id: ctx.newId('measure'),
        targetId: r.targetId,
        department: r.department,
        kind,
        openedOn: publishedOn,
        ...(closes ? { closedOn: publishedOn, outcome: '无需后续处置' } : {}),
      };
    }),
  );
  const next = { ...state, status: 'published', publications, followUps } as const;
  return stepResult(task, next, 'publish', input.actor, toJsonValue({ publications, followUps }), ctx);
}
