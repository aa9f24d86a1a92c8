import * as z from 'zod/mini';
import type { SsjIssue } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import { INSPECTION_METHOD_LIST } from '../directories/index.js';
import type { WorkflowContext } from './context.js';
import { FOLLOW_UP_KINDS } from './follow-up-measures.js';
import { toJsonValue } from './json-value.js';
import { isProblemResult, parseResultSelection } from './result-selection.js';
import { failIf, type StepResult, stepResult } from './step-result.js';
import type { InspectionTask, TaskIn } from './task.js';
import type { InspectionMethod, InspectionResult } from './task-types.js';
import { assertStep } from './transitions.js';

/**
 * Zod schema of the input of {@link recordResult}.
 *
 * @example
 * ```ts
 * recordResultInputSchema.safeParse(input).success;
 * ```
 */
export const recordResultInputSchema = z.object({
  targetId: z.string().check(z.minLength(1)),
  department: z.string().check(z.minLength(1)),
  methods: z.readonly(
    z
      .array(z.enum(INSPECTION_METHOD_LIST as [InspectionMethod, ...InspectionMethod[]]))
      .check(z.minLength(1)),
  ),
  entrusted: z._default(
    z.readonly(
      z.array(
        z.object({ body: z.string().check(z.minLength(1)), opinion: z.string().check(z.minLength(1)) }),
      ),
    ),
    [],
  ),
  result: z.object({
    categories: z.readonly(z.array(z.string())),
    subReasons: z.optional(z.readonly(z.array(z.string()))),
  }),
  findings: z._default(
    z.readonly(
      z.array(
        z.object({ itemId: z.string().check(z.minLength(1)), finding: z.string().check(z.minLength(1)) }),
      ),
    ),
    [],
  ),
  followUp: z.readonly(z.array(z.enum(FOLLOW_UP_KINDS)).check(z.minLength(1))),
  enteredBy: z.string().check(z.minLength(1)),
});

/** The input of {@link recordResult}: the result as the inspecting department enters it. */
export type RecordResultInput = z.input<typeof recordResultInputSchema>;

/**
 * Records one department’s result for one visited target (录入检查结果, 谁检查、谁录入): methods, entrusted bodies and
 * their opinions, the result categories (by id, label or alias, checked by the vocabulary’s multi-select rules, with
 * the scheme id and version stored), per-item findings and the follow-up measures. Inspected → results recorded.
 *
 * @param task - an inspected task
 * @param input - the result and who entered it (a member of the department’s team)
 * @param ctx - the workflow context
 * @returns the task with the result and a `task.recordResult` event
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when no visit has been recorded yet
 * @throws {SsjError} `WORKFLOW_RESULT_CATEGORY_UNKNOWN` / `WORKFLOW_RESULT_CATEGORIES_CONFLICT` for a bad result
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when the department was not at the visit, the result is already
 *   recorded, the person entering is not on the team, a finding names another department’s item, `entrusted` and
 *   the methods disagree, `none` is combined with a measure, or a problem has only `none` without findings
 * @example
 * ```ts
 * recordResult(task, { targetId: 't1', department: 'market', methods: ['on-site'], result: { categories: ['未发现问题'] },
 *   followUp: ['none'], enteredBy: 'i1' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#listing}
 */
export function recordResult(
  task: InspectionTask,
  input: RecordResultInput,
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'recordResult');
  const data = parseWith(recordResultInputSchema, input, 'inspection result');
  const selection = parseResultSelection(data.result);
  const state = (task as TaskIn<'inspected' | 'results-recorded'>).state;
  const results = 'results' in state ? state.results : [];
  const visit = state.visits.find((v) => v.targetId === data.targetId);
  const team = state.teams.find((t) => t.targetId === data.targetId && t.department === data.department);
  const issues: SsjIssue[] = [];
  if (visit === undefined || !visit.departments.includes(data.department)) {
    issues.push({
      path: ['targetId'],
      message: `No visit of ${data.department} to ${data.targetId} is recorded`,
    });
  }
  if (results.some((r) => r.targetId === data.targetId && r.department === data.department)) {
    issues.push({
      path: ['targetId'],
      message: `The result of ${data.department} for ${data.targetId} is already recorded`,
    });
  }
  if (team !== undefined && !team.inspectors.includes(data.enteredBy)) {
    issues.push({
      path: ['enteredBy'],
      message: `${data.enteredBy} is not on the team that inspected (谁检查、谁录入)`,
    });
  }
  data.findings.forEach((f, i) => {
    if (!task.items.some((item) => item.id === f.itemId && item.department === data.department)) {
      issues.push({
        path: ['findings', i, 'itemId'],
        message: `${f.itemId} is not an item of ${data.department} in this task`,
      });
    }
  });
  if (data.methods.includes('entrusted') !== data.entrusted.length > 0) {
    issues.push({
      path: ['entrusted'],
      message: 'Entrusted bodies are given exactly when the method "entrusted" is used',
    });
  }
  if (data.followUp.includes('none') && data.followUp.length > 1) {
    issues.push({ path: ['followUp'], message: '"none" cannot be combined with a follow-up measure' });
  }
  if (isProblemResult(selection.categories) && data.findings.length === 0) {
    issues.push({
      path: ['findings'],
      message: 'A problem result needs at least one finding saying what was found',
    });
  }
  failIf(issues, 'Cannot record the result');
  const result: InspectionResult = {
    targetId: data.targetId,
    department: data.department,
    inspectionDate: visit!.date,
    methods: data.methods,
    entrusted: data.entrusted,
    categories: selection.categories,
    subReasons: selection.subReasons,
    findings: data.findings,
    scheme: selection.scheme,
    followUp: data.followUp,
    enteredBy: data.enteredBy,
    enteredAt: ctx.clock(),
  };
  const next = { ...state, status: 'results-recorded', results: [...results, result] } as const;
  return stepResult(task, next, 'recordResult', data.enteredBy, toJsonValue({ result }), ctx);
}
