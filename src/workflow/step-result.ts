import { SsjError, type SsjIssue } from '../core/index.js';
import type { AuditEventInput } from './audit-event.js';
import type { WorkflowContext } from './context.js';
import type { JsonValue } from './json-value.js';
import type { InspectionTask, TaskState } from './task.js';
import type { TaskStep } from './transitions.js';

/** What every step returns (环节结果): the new task and the audit event to append. */
export interface StepResult {
  readonly task: InspectionTask;
  readonly event: AuditEventInput;
}

/** A step that adds a record to a task without moving its state (approval, a scan made up). @internal */
export type RecordStep = 'approve' | 'makeUpScanIn';

/** Builds a step result: the task with its new state and revision, and the matching event. @internal */
export function stepResult(
  task: InspectionTask,
  state: TaskState,
  step: TaskStep | RecordStep,
  actor: string,
  payload: JsonValue,
  ctx: WorkflowContext,
): StepResult {
  const next: InspectionTask = { ...task, revision: task.revision + 1, state };
  const event: AuditEventInput = {
    at: ctx.clock(),
    actor,
    type: `task.${step}`,
    subject: task.id,
    payload: { status: state.status, revision: next.revision, ...asObject(payload) },
  };
  return { task: next, event };
}

function asObject(payload: JsonValue): { readonly [key: string]: JsonValue } {
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
    ? (payload as { readonly [key: string]: JsonValue })
    : { value: payload };
}

/** Throws `WORKFLOW_PRECONDITION_FAILED` with the issues when there are any. @internal */
export function failIf(issues: readonly SsjIssue[], what: string): void {
  if (issues.length === 0) return;
  throw new SsjError('WORKFLOW_PRECONDITION_FAILED', `${what}: ${issues.map((i) => i.message).join('; ')}`, {
    issues,
  });
}
