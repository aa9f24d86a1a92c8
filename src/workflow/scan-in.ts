import * as z from 'zod/mini';
import {
  parseIsoDate as checkDate,
  compareDates,
  type IsoDate,
  instantSchema,
  SsjError,
  toChinaDate,
} from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { WorkflowContext } from './context.js';
import { toJsonValue } from './json-value.js';
import { recordedState } from './recorded-state.js';
import { type StepResult, stepResult } from './step-result.js';
import type { InspectionTask, TaskState } from './task.js';
import { expectReadableTask } from './task-guard.js';
import type { InspectionVisit } from './task-types.js';

const text = z.string().check(z.trim(), z.minLength(1));
const makeUpSchema = z.object({
  targetId: text,
  shown: z.enum(['code', 'certificate']),
  at: instantSchema,
  place: text,
  actor: text,
});

/** The input of {@link makeUpScanIn}. */
export interface MakeUpScanInInput {
  /** The visited target. */
  readonly targetId: string;
  /** What was shown: the inspection code or the enforcement certificates. */
  readonly shown: 'code' | 'certificate';
  /** When (ISO-8601 with offset). */
  readonly at: string;
  /** Where. */
  readonly place: string;
  /** Who records it. */
  readonly actor: string;
}

/**
 * Records the scan made up for a visit whose scan-in was deferred (补充扫码): the code or certificates shown, when and
 * where. The state is kept and the revision moves on; a make-up after its day is kept and flagged by
 * {@link missedScanIns}.
 *
 * @param task - a task with visits
 * @param input - the target, what was shown, when, where, the actor
 * @param ctx - the clock
 * @returns the task with the made-up scan and a `task.makeUpScanIn` event
 * @throws {SsjError} `INVALID_INPUT` for a bad input
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when the target's visit has no deferred scan-in to make up
 * @example
 * ```ts
 * makeUpScanIn(task, { targetId: 't1', shown: 'code', at: '2025-05-15T10:00:00+08:00', place: '经营场所',
 *   actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#emergency}
 */
export function makeUpScanIn(
  task: InspectionTask,
  input: MakeUpScanInInput,
  ctx: WorkflowContext,
): StepResult {
  const data = parseWith(makeUpSchema, input, 'scan-in make-up');
  const state = task.state;
  const visits = 'visits' in state ? state.visits : [];
  const visit = visits.find((v) => v.targetId === data.targetId);
  const scan = visit?.scanIn;
  if (scan === undefined || scan.kind !== 'deferred' || scan.madeUp !== undefined) {
    const message = `The visit to ${data.targetId} has no deferred scan-in to make up`;
    throw new SsjError('WORKFLOW_PRECONDITION_FAILED', message, {
      issues: [{ path: ['targetId'], message }],
    });
  }
  const madeUp = { shown: data.shown, at: data.at, place: data.place };
  const updated: InspectionVisit = { ...(visit as InspectionVisit), scanIn: { ...scan, madeUp } };
  const next = { ...state, visits: visits.map((v) => (v === visit ? updated : v)) } as TaskState;
  return stepResult(
    task,
    next,
    'makeUpScanIn',
    data.actor,
    toJsonValue({ targetId: data.targetId, madeUp }),
    ctx,
  );
}

/** A deferred scan-in not made up by its day (补充扫码逾期). */
export interface MissedScanIn {
  readonly taskId: string;
  readonly targetId: string;
  readonly cause: 'emergency' | 'network-failure';
  readonly dueOn: IsoDate;
  /** When it was made up late; absent while still missing. */
  readonly madeUpOn?: IsoDate;
}

/**
 * Flags deferred scan-ins made up late or not at all by `today` (补充扫码逾期): an emergency scan is made up before
 * leaving the enterprise, a network failure's within the rule's calendar days (深圳: 10).
 *
 * @param task - any task
 * @param today - the day to judge by
 * @returns one entry per visit whose deferred scan is late or missing past its day
 * @example
 * ```ts
 * missedScanIns(task, toChinaDate(ctx.clock()));
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#emergency}
 */
export function missedScanIns(task: InspectionTask, today: IsoDate): readonly MissedScanIn[] {
  expectReadableTask(task);
  checkDate(today, ['today']);
  const state = recordedState(task);
  if (!('visits' in state)) return [];
  return state.visits.flatMap((v): MissedScanIn[] => {
    const s = v.scanIn;
    if (s === undefined || s.kind !== 'deferred') return [];
    const base = { taskId: task.id, targetId: v.targetId, cause: s.cause, dueOn: s.dueOn };
    if (s.madeUp === undefined) return compareDates(today, s.dueOn) > 0 ? [base] : [];
    const on = toChinaDate(s.madeUp.at);
    return compareDates(on, s.dueOn) > 0 ? [{ ...base, madeUpOn: on }] : [];
  });
}
