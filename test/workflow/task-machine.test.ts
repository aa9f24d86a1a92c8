import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../src/core/index.js';
import type { DrawRecord } from '../../src/draw/index.js';
import {
  allowedSteps,
  archiveTask,
  assignTask,
  cancelTask,
  closeFollowUps,
  commitTask,
  createTask,
  designateTargets,
  type InspectionTask,
  preCheckTargets,
  publishTask,
  recordDraw,
  recordFollowUp,
  recordInspection,
  recordResult,
  reviewTask,
  TASK_TRANSITIONS,
  type TaskStatus,
  type TaskStep,
  verifyAuditLog,
  type WorkflowContext,
} from '../../src/workflow/index.js';
import { closeAllFollowUps, JOINT_INPUT, makeCtx, WALK_ORDER, walkTo } from './fixtures.js';

/** Runs any step with a throw-away input: the state check comes first, so the input never matters when refused. */
const STEPS: Record<TaskStep, (task: InspectionTask, ctx: WorkflowContext) => unknown> = {
  commit: (t, c) => commitTask(t, { commitment: { digest: 'd', randomnessSource: 'r' }, actor: 'a' }, c),
  draw: (t, c) =>
    recordDraw(t, { record: { digest: 'd', seed: 's', selected: [] }, targets: [], actor: 'a' }, c),
  designate: (t, c) => designateTargets(t, { targets: [{ id: 'x', name: 'x' }], actor: 'a' }, c),
  preCheck: (t, c) =>
    preCheckTargets(
      t,
      { record: {} as DrawRecord, statuses: {}, replace: (r) => r, directory: [], actor: 'a' },
      c,
    ),
  assign: (t, c) => assignTask(t, { teams: [], mandates: [], actor: 'a' }, c),
  recordInspection: (t, c) => recordInspection(t, { targetId: 'x', date: '2025-04-01', actor: 'a' }, c),
  recordResult: (t, c) =>
    recordResult(
      t,
      {
        targetId: 'x',
        department: 'market',
        methods: ['on-site'],
        result: { categories: ['未发现问题'] },
        followUp: ['none'],
        enteredBy: 'a',
      },
      c,
    ),
  review: (t, c) => reviewTask(t, { reviewer: 'chief' }, c),
  publish: (t, c) => publishTask(t, { actor: 'a' }, c),
  recordFollowUp: (t, c) =>
    recordFollowUp(t, { measureId: 'm', closedOn: '2025-05-01', outcome: 'o', actor: 'a' }, c),
  closeFollowUps: (t, c) => closeFollowUps(t, { actor: 'a' }, c),
  archive: (t, c) => archiveTask(t, { actor: 'a' }, c),
  cancel: (t, c) => cancelTask(t, { reason: '并入专项行动', actor: 'a' }, c),
};

function taskIn(status: TaskStatus): { task: InspectionTask; ctx: WorkflowContext } {
  if (status === 'follow-up-closed' || status === 'archived') {
    const { task, ctx } = walkTo('published');
    let t = closeFollowUps(closeAllFollowUps(task, ctx), { actor: 'market' }, ctx).task;
    if (status === 'archived') t = archiveTask(t, { actor: 'market' }, ctx).task;
    return { task: t, ctx };
  }
  if (status === 'cancelled') {
    const { task, ctx } = walkTo('assigned');
    return { task: cancelTask(task, { reason: '并入上级专项行动', actor: 'market' }, ctx).task, ctx };
  }
  const { task, ctx } = walkTo(status);
  return { task, ctx };
}

const ALL: readonly TaskStatus[] = [...WALK_ORDER, 'follow-up-closed', 'archived', 'cancelled'];

describe('the task state machine', () => {
  it('walks a random joint task through every state, one audit event per step, and the log verifies', () => {
    const { task, log } = walkTo('published');
    expect(task.state.status).toBe('published');
    expect(log.map((e) => e.type)).toEqual([
      'task.created',
      'task.commit',
      'task.draw',
      'task.assign',
      'task.approve',
      'task.approve',
      'task.recordInspection',
      'task.recordInspection',
      'task.recordResult',
      'task.recordResult',
      'task.recordResult',
      'task.recordResult',
      'task.review',
      'task.publish',
    ]);
    expect(task.revision).toBe(log.length);
    expect(verifyAuditLog(log).valid).toBe(true);
    expect(taskIn('follow-up-closed').task.state.status).toBe('follow-up-closed');
    expect(taskIn('archived').task.state.status).toBe('archived');
  });

  it.each(ALL)(
    'in state "%s" every step outside the table is refused with WORKFLOW_ILLEGAL_TRANSITION',
    (status) => {
      const { task, ctx } = taskIn(status);
      expect(task.state.status).toBe(status);
      const allowed = allowedSteps(task);
      for (const step of Object.keys(STEPS) as TaskStep[]) {
        if (allowed.includes(step)) continue;
        let caught: unknown;
        try {
          STEPS[step](task, ctx);
        } catch (error) {
          caught = error;
        }
        expect(isSsjError(caught, 'WORKFLOW_ILLEGAL_TRANSITION'), `${status} ${step}`).toBe(true);
        const message = (caught as Error).message;
        expect(message).toContain(`"${status}"`);
        expect(message).toContain(allowed.length === 0 ? 'none' : allowed.join(', '));
      }
    },
  );

  it('every status in the table is reached by some walk', () => {
    const reached = new Set(TASK_TRANSITIONS.flatMap((t) => [t.from, t.to]));
    expect([...reached].sort()).toEqual([...ALL].sort());
  });

  it('no publication before review: a task with results cannot be published', () => {
    const { task, ctx } = walkTo('results-recorded');
    expect(() => publishTask(task, { actor: 'market' }, ctx)).toThrow(
      /allowed steps: recordInspection, recordResult, review, cancel/,
    );
  });

  it('no results without an assignment', () => {
    const { task, ctx } = walkTo('drawn');
    expect(() => STEPS.recordResult(task, ctx)).toThrow(
      expect.objectContaining({ code: 'WORKFLOW_ILLEGAL_TRANSITION' }),
    );
  });

  it('does not change the task it is given', () => {
    const { task, ctx } = walkTo('reviewed');
    const before = JSON.stringify(task);
    publishTask(task, { actor: 'market' }, ctx);
    expect(JSON.stringify(task)).toBe(before);
  });

  it('a cancellation keeps the reason and the state before it', () => {
    const { task, ctx } = walkTo('inspected');
    const { task: cancelled, event } = cancelTask(
      task,
      { reason: '目标企业整体并入专项整治', actor: 'market' },
      ctx,
    );
    expect(cancelled.state.status === 'cancelled' && cancelled.state.before.status).toBe('inspected');
    expect(event.payload).toMatchObject({ reason: '目标企业整体并入专项整治', from: 'inspected' });
    expect(() => cancelTask(task, { reason: '  ', actor: 'market' }, ctx)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('a targeted inspection designates its targets instead of drawing, marked with its trigger', () => {
    const { ctx } = makeCtx();
    const { task } = createTask(
      {
        ...JOINT_INPUT,
        participants: [],
        items: [JOINT_INPUT.items[0]],
        mode: { kind: 'targeted', trigger: 'complaint', reference: '12315-2025-0001' },
      },
      ctx,
    );
    expect(allowedSteps(task)).toEqual(['designate', 'cancel']);
    expect(() => STEPS.commit(task, ctx)).toThrow(
      expect.objectContaining({ code: 'WORKFLOW_ILLEGAL_TRANSITION' }),
    );
    const drawn = designateTargets(
      task,
      { targets: [{ id: 't9', name: '某餐饮店' }], actor: 'market' },
      ctx,
    ).task;
    expect(drawn.state.status).toBe('drawn');
    expect(allowedSteps(drawn)).toEqual(['assign', 'cancel']);
  });
});

describe('every step refuses bad input with an SsjError (property)', () => {
  const tasks = ALL.map((s) => taskIn(s));

  it('any step on a task in any state either follows the table or throws an SsjError, never a raw error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...tasks),
        fc.constantFrom(...(Object.keys(STEPS) as TaskStep[])),
        fc.anything(),
        ({ task, ctx }, step, junk) => {
          const before = JSON.stringify(task);
          for (const run of [() => STEPS[step](task, ctx), () => GARBAGE[step](task, junk, ctx)]) {
            try {
              const result = run() as { task: InspectionTask };
              const to = TASK_TRANSITIONS.find((t) => t.step === step && t.from === task.state.status)?.to;
              if (result.task.state.status !== to) return false;
            } catch (error) {
              if (!isSsjError(error)) throw error;
            }
          }
          return JSON.stringify(task) === before;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the bad field of a malformed input', () => {
    const { task, ctx } = walkTo('drawn');
    expect(() => assignTask(task, { teams: 'none' } as never, ctx)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: expect.arrayContaining([expect.objectContaining({ path: ['teams'] })]),
      }),
    );
  });
});

/** Runs any step with an arbitrary value as its input. */
const GARBAGE: Record<TaskStep, (task: InspectionTask, junk: unknown, ctx: WorkflowContext) => unknown> = {
  commit: (t, j, c) => commitTask(t, j as never, c),
  draw: (t, j, c) => recordDraw(t, j as never, c),
  designate: (t, j, c) => designateTargets(t, j as never, c),
  preCheck: (t, j, c) => preCheckTargets(t, j as never, c),
  assign: (t, j, c) => assignTask(t, j as never, c),
  recordInspection: (t, j, c) => recordInspection(t, j as never, c),
  recordResult: (t, j, c) => recordResult(t, j as never, c),
  review: (t, j, c) => reviewTask(t, j as never, c),
  publish: (t, j, c) => publishTask(t, j as never, c),
  recordFollowUp: (t, j, c) => recordFollowUp(t, j as never, c),
  closeFollowUps: (t, j, c) => closeFollowUps(t, j as never, c),
  archive: (t, j, c) => archiveTask(t, j as never, c),
  cancel: (t, j, c) => cancelTask(t, j as never, c),
};
