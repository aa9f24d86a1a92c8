import { describe, expectTypeOf, it } from 'vitest';
import type { WorkCalendar } from '../../src/calendar/index.js';
import type { IsoDate } from '../../src/core/index.js';
import {
  type AuditEvent,
  allowedSteps,
  type InspectionTask,
  type PublicationRecord,
  type ResultCategoryId,
  type StepResult,
  type TaskId,
  type TaskIn,
  type TaskState,
  type TaskStatus,
  type TaskStep,
  verifyAuditLog,
  type WorkflowContext,
} from '../../src/workflow/index.js';

describe('workflow types', () => {
  it('a task id is not a plain string', () => {
    expectTypeOf<TaskId>().toExtend<string>();
    // @ts-expect-error a plain string is not a TaskId
    const id: TaskId = 'task_1';
    expectTypeOf(id).toEqualTypeOf<TaskId>();
  });

  it('each state carries only what has been done', () => {
    type Planned = Extract<TaskState, { status: 'planned' }>;
    expectTypeOf<Planned>().not.toHaveProperty('targets');
    expectTypeOf<TaskIn<'published'>['state']>().toHaveProperty('publications');
    expectTypeOf<TaskIn<'assigned'>['state']>().not.toHaveProperty('results');
    expectTypeOf<TaskState['status']>().toEqualTypeOf<TaskStatus>();
  });

  it('narrowing on the status gives the state’s fields', () => {
    const check = (task: InspectionTask) => {
      if (task.state.status === 'reviewed') expectTypeOf(task.state.review.reviewer).toEqualTypeOf<string>();
      // @ts-expect-error results exist only from results-recorded on
      task.state.results;
    };
    expectTypeOf(check).toBeFunction();
  });

  it('result categories are a closed set of ids', () => {
    expectTypeOf<'no-problem'>().toExtend<ResultCategoryId>();
    // @ts-expect-error not a category id
    const bad: ResultCategoryId = '未发现问题';
    expectTypeOf(bad).toEqualTypeOf<ResultCategoryId>();
  });

  it('steps and records have the documented shapes', () => {
    expectTypeOf<StepResult['task']>().toEqualTypeOf<InspectionTask>();
    expectTypeOf(allowedSteps).returns.toEqualTypeOf<readonly TaskStep[]>();
    expectTypeOf(verifyAuditLog).parameter(0).toEqualTypeOf<readonly unknown[]>();
    expectTypeOf<AuditEvent['seq']>().toEqualTypeOf<number>();
    expectTypeOf<PublicationRecord['inspectionDate']>().toEqualTypeOf<IsoDate>();
  });

  it('the workflow context holds the calendar module’s WorkCalendar: one calendar shape everywhere', () => {
    expectTypeOf<WorkflowContext['calendar']>().toEqualTypeOf<WorkCalendar>();
  });
});
