import * as z from 'zod/mini';
import { compareDates, type IsoDate, isoDateSchema, type SsjIssue } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { WorkflowContext } from './context.js';
import { toJsonValue } from './json-value.js';
import { failIf, type StepResult, stepResult } from './step-result.js';
import { departmentsOf, type InspectedData, type InspectionTask, type TaskIn } from './task.js';
import { assertStep } from './transitions.js';
import { applyVisitRules, visitRulesShape } from './visit-rules.js';

/**
 * Zod schema of the input of {@link recordInspection}.
 *
 * @example
 * ```ts
 * recordInspectionInputSchema.safeParse({ targetId: 't1', date: '2025-05-12', actor: 'i1' }).success; // true
 * ```
 */
export const recordInspectionInputSchema = z.object({
  targetId: z.string().check(z.minLength(1)),
  date: isoDateSchema,
  departments: z.optional(z.readonly(z.array(z.string().check(z.minLength(1))).check(z.minLength(1)))),
  ...visitRulesShape,
  actor: z.string().check(z.minLength(1)),
});

/** The input of {@link recordInspection}. */
export type RecordInspectionInput = z.input<typeof recordInspectionInputSchema>;

/**
 * Records one visit (实施检查): the target, the date, and the departments present (all the task’s departments by
 * default: 进一次门、查多项事). The visit date starts the 20-working-day publication clock. Assigned → inspected;
 * further visits keep the state. The 2024 rules (国办发〔2024〕54号) apply: every department present is approved
 * before the visit (`approveInspection`) or the visit is an `emergency` whose approval is due within
 * `rules.approvalBackfill`; every item has a method (`methods`, non-on-site first); an on-site item needs an
 * `onSiteReason`; an on-site visit needs a `scanIn` (shown, or deferred with its make-up day).
 *
 * @param task - an assigned or inspected task (or one with some results already)
 * @param input - target id, date (YYYY-MM-DD), departments present, actor
 * @param ctx - the workflow context
 * @returns the task with the visit and a `task.recordInspection` event
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the task has no assignment yet or is past results
 * @throws {SsjError} `INVALID_INPUT` / `INVALID_DATE` for a bad input
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when the target is not in the task, was already visited, the
 *   date is outside the task period, or a department present has no team for the target
 * @throws {SsjError} `WORKFLOW_APPROVAL_MISSING`, `WORKFLOW_METHOD_MISSING`, `WORKFLOW_ONSITE_REASON_MISSING`,
 *   `WORKFLOW_SCAN_IN_MISSING` for the first 2024 rule the visit breaks
 * @example
 * ```ts
 * recordInspection(task, { targetId: 't1', date: '2025-05-12', actor: 'i1',
 *   methods: [{ itemId: 'food-license', method: 'on-site' }], onSiteReason: '核对后厨实际状况',
 *   scanIn: { kind: 'shown', shown: 'code', at: '2025-05-12T09:30:00+08:00', place: '经营场所' } }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#emergency}
 */
export function recordInspection(
  task: InspectionTask,
  input: RecordInspectionInput,
  ctx: WorkflowContext,
): StepResult {
  const to = assertStep(task, 'recordInspection');
  const data = parseWith(recordInspectionInputSchema, input, 'inspection visit');
  const state = (task as TaskIn<'assigned' | 'inspected' | 'results-recorded'>).state;
  const visits = 'visits' in state ? state.visits : [];
  const departments = data.departments ?? departmentsOf(task);
  const issues: SsjIssue[] = [];
  if (!state.targets.some((t) => t.id === data.targetId)) {
    issues.push({ path: ['targetId'], message: `${data.targetId} is not a target of task ${task.id}` });
  }
  if (visits.some((v) => v.targetId === data.targetId)) {
    issues.push({ path: ['targetId'], message: `${data.targetId} was already visited` });
  }
  if (!withinPeriod(data.date, task.period)) {
    issues.push({
      path: ['date'],
      message: `The visit date ${data.date} is outside the task period ${task.period.from}–${task.period.to}`,
    });
  }
  departments.forEach((d, i) => {
    if (!state.teams.some((t) => t.targetId === data.targetId && t.department === d)) {
      issues.push({ path: ['departments', i], message: `${d} has no team for ${data.targetId}` });
    }
  });
  failIf(issues, 'Cannot record the inspection');
  const where = { targetId: data.targetId, date: data.date, departments };
  const visit = { ...where, ...applyVisitRules(task, where, data, ctx) };
  const base: InspectedData = { ...state, visits: [...visits, visit] };
  const next =
    to === 'results-recorded' && 'results' in state
      ? { ...base, status: 'results-recorded' as const, results: state.results }
      : { ...base, status: 'inspected' as const };
  return stepResult(task, next, 'recordInspection', data.actor, toJsonValue({ visit }), ctx);
}

function withinPeriod(date: IsoDate, period: { readonly from: IsoDate; readonly to: IsoDate }): boolean {
  return compareDates(date, period.from) >= 0 && compareDates(date, period.to) <= 0;
}
