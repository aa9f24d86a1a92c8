import * as z from 'zod/mini';
import { parseInstant as checkInstant, type IsoInstant, SsjError, toChinaInstant } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { WorkflowContext } from './context.js';
import { toJsonValue } from './json-value.js';
import { recordedState } from './recorded-state.js';
import { type StepResult, stepResult } from './step-result.js';
import { departmentsOf, type InspectionTask } from './task.js';
import { expectReadableTask } from './task-guard.js';
import type { InspectionApproval } from './task-types.js';

const text = z.string().check(z.trim(), z.minLength(1));
const approveSchema = z.object({
  department: text,
  approver: text,
  reference: z.optional(text),
  actor: text,
});

/** The input of {@link approveInspection}. */
export interface ApproveInspectionInput {
  /** The department whose inspection is approved. */
  readonly department: string;
  /** Who approves (主体负责人). */
  readonly approver: string;
  /** The approval form's reference (《行政检查审批表》编号). */
  readonly reference?: string;
  /** Who records it. */
  readonly actor: string;
}

const CLOSED = ['cancelled', 'archived'] as const;

/**
 * Records the approval of a department's inspection by the head of its inspecting body (主体负责人批准), dated by the
 * clock: before the visit, or afterwards to back-fill an emergency visit (紧急情况需事后补办). Any state but
 * cancelled and archived; the state is kept and the revision moves on.
 *
 * @param task - a task that is not closed
 * @param input - the department, the approver, the approval form's reference, the actor
 * @param ctx - the clock
 * @returns the task with the approval and a `task.approve` event
 * @throws {SsjError} `INVALID_INPUT` for a bad input
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when the task is closed, the department does not take part, or
 *   it is approved already
 * @example
 * ```ts
 * approveInspection(task, { department: 'market', approver: '局长 李俊峰', reference: '达市监检审〔2025〕12号',
 *   actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#emergency}
 */
export function approveInspection(
  task: InspectionTask,
  input: ApproveInspectionInput,
  ctx: WorkflowContext,
): StepResult {
  const data = parseWith(approveSchema, input, 'inspection approval');
  const problem = (CLOSED as readonly string[]).includes(task.state.status)
    ? `task ${task.id} is ${task.state.status}`
    : !departmentsOf(task).includes(data.department)
      ? `${data.department} does not take part in task ${task.id}`
      : task.approvals.some((a) => a.department === data.department)
        ? `${data.department} is approved already`
        : undefined;
  if (problem !== undefined) {
    const message = `Cannot record the approval: ${problem}`;
    throw new SsjError('WORKFLOW_PRECONDITION_FAILED', message, {
      issues: [{ path: ['department'], message }],
    });
  }
  const approval: InspectionApproval = {
    department: data.department,
    approver: data.approver,
    approvedAt: ctx.clock(),
    ...(data.reference === undefined ? {} : { reference: data.reference }),
  };
  const next = { ...task, approvals: [...task.approvals, approval] };
  return stepResult(next, task.state, 'approve', data.actor, toJsonValue({ approval }), ctx);
}

/** An emergency visit whose approval was not back-filled in time (事后补办逾期). */
export interface MissedApproval {
  readonly taskId: string;
  readonly targetId: string;
  readonly department: string;
  readonly approvalDueBy: IsoInstant;
  /** The approval, when it came late; absent while it is still missing. */
  readonly approvedAt?: IsoInstant;
}

/**
 * Flags emergency visits whose approval was back-filled late or not at all by `now` (紧急检查事后补办逾期), against
 * `rules.approvalBackfill`.
 *
 * @param task - any task
 * @param now - the instant to judge by
 * @returns one entry per (visit, department) approved late or still unapproved after the deadline
 * @example
 * ```ts
 * missedApprovals(task, ctx.clock()); // [{ targetId: 't1', department: 'health', approvalDueBy: '…' }]
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#emergency}
 */
export function missedApprovals(task: InspectionTask, now: IsoInstant): readonly MissedApproval[] {
  expectReadableTask(task);
  checkInstant(now, ['now']);
  const state = recordedState(task);
  if (!('visits' in state)) return [];
  const at = (i: IsoInstant) => Date.parse(i);
  return state.visits.flatMap((visit) => {
    const e = visit.emergency;
    if (e === undefined) return [];
    return e.departments.flatMap((department): MissedApproval[] => {
      const approval = task.approvals.find((a) => a.department === department);
      const base = { taskId: task.id, targetId: visit.targetId, department, approvalDueBy: e.approvalDueBy };
      if (approval === undefined) return at(now) > at(e.approvalDueBy) ? [base] : [];
      return at(approval.approvedAt) > at(e.approvalDueBy)
        ? [{ ...base, approvedAt: approval.approvedAt }]
        : [];
    });
  });
}

/** The instant `hours` after `at` (China time). @internal */
export function addHours(at: IsoInstant, hours: number): IsoInstant {
  return toChinaInstant(new Date(Date.parse(at) + hours * 3_600_000));
}
