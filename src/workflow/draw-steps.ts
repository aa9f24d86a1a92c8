import type { SsjIssue } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import {
  type DrawCommitment,
  type DrawRecord,
  describeRandomness,
  type PoolEntry,
  verifyDraw,
} from '../draw/index.js';
import type { WorkflowContext } from './context.js';
import { toJsonValue } from './json-value.js';
import { commitInputSchema, designateInputSchema, recordDrawInputSchema } from './step-inputs.js';
import { failIf, type StepResult, stepResult } from './step-result.js';
import { checkTargets } from './target-checks.js';
import type { InspectionTask, TaskIn } from './task.js';
import type { TaskTarget } from './task-types.js';
import { assertStep } from './transitions.js';

/**
 * Publishes the draw commitment of a random task (公布抽取承诺): the draw is fixed before anyone can know the
 * randomness. Planned → committed.
 *
 * @param task - a planned random task
 * @param input - the draw module’s commitment and the actor
 * @param ctx - the workflow context
 * @returns the committed task and its `task.commit` event
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the task is not a planned random task
 * @example
 * ```ts
 * ({ task, event } = commitTask(task, { commitment: commitDraw(request), actor: 'market' }, ctx));
 * ```
 *
 * @example
 * Run in `examples/joint-inspection.ts`:
 *
 * {@includeCode ../../examples/joint-inspection.ts#task}
 */
export function commitTask(
  task: InspectionTask,
  input: {
    readonly commitment: Pick<DrawCommitment, 'digest' | 'randomnessSource' | 'randomness'>;
    readonly actor: string;
  },
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'commit');
  parseWith(commitInputSchema, input, 'commit input');
  const commitment = {
    digest: input.commitment.digest,
    randomnessSource: describeRandomness(input.commitment),
  };
  return stepResult(task, { status: 'committed', commitment }, 'commit', input.actor, { commitment }, ctx);
}

/**
 * Records the revealed draw of a committed random task (记录抽取结果): the record must come from the published
 * commitment, and every selected id needs its directory entry (name, USCC). Committed → drawn.
 *
 * @param task - a committed random task
 * @param input - the draw record, the directory entries of the selected targets, the actor, and optionally the
 *   pool to verify the record against
 * @param ctx - the workflow context
 * @returns the drawn task and its `task.draw` event
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the task is not committed
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when the record is not from the commitment, does not verify
 *   against the given pool, or a selected target has no directory entry
 * @example
 * ```ts
 * ({ task, event } = recordDraw(task, { record: revealDraw(commitment, pool, [beacon]), targets, actor: 'market' }, ctx));
 * ```
 *
 * @example
 * Run in `examples/joint-inspection.ts`:
 *
 * {@includeCode ../../examples/joint-inspection.ts#task}
 */
export function recordDraw(
  task: InspectionTask,
  input: {
    readonly record: Pick<DrawRecord, 'digest' | 'seed' | 'selected' | 'commitment'>;
    readonly targets: readonly TaskTarget[];
    readonly actor: string;
    /** The draw’s pool: when given, the record is verified against it (`verifyDraw`) before it is recorded. */
    readonly pool?: readonly PoolEntry[];
  },
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'draw');
  parseWith(recordDrawInputSchema, input, 'draw input');
  const state = (task as TaskIn<'committed'>).state;
  const issues: SsjIssue[] = [];
  if (input.record.commitment?.digest !== state.commitment.digest) {
    issues.push({
      path: ['record', 'commitment', 'digest'],
      message: 'The draw record does not come from the commitment published for this task',
      expected: state.commitment.digest,
    });
  }
  if (input.pool !== undefined) {
    for (const p of verifyDraw(input.record as DrawRecord, input.pool).problems) {
      issues.push({ path: ['record'], message: `The draw record does not verify: ${p.message}` });
    }
  }
  const targets = input.record.selected.map((s) => input.targets.find((t) => t.id === s.id));
  input.record.selected.forEach((s, i) => {
    if (targets[i] === undefined) {
      issues.push({ path: ['targets'], message: `Selected target ${s.id} has no directory entry` });
    }
  });
  failIf(issues, 'Cannot record the draw');
  const chosen = (targets as readonly TaskTarget[]).map((t, i) => ({
    ...t,
    stratum: input.record.selected[i]?.stratum ?? '',
  }));
  const draw = { digest: input.record.digest, seed: input.record.seed };
  const next = {
    status: 'drawn',
    commitment: state.commitment,
    draw,
    targets: chosen,
    replacements: [],
  } as const;
  const payload = { draw, targets: chosen.map((t) => t.id) };
  return stepResult(task, next, 'draw', input.actor, toJsonValue(payload), ctx);
}

/**
 * Designates the targets of a targeted inspection (重点监管、个案处置确定检查对象): no draw, the trigger on the task
 * says why. Planned → drawn.
 *
 * @param task - a planned targeted task
 * @param input - the targets and the actor
 * @param ctx - the workflow context
 * @returns the task with its targets and a `task.designate` event
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the task is not a planned targeted task
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when no target is given or one repeats
 * @example
 * ```ts
 * designateTargets(task, { targets: [{ id: 't1', name: '某餐饮店' }], actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#designate}
 */
export function designateTargets(
  task: InspectionTask,
  input: { readonly targets: readonly TaskTarget[]; readonly actor: string },
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'designate');
  parseWith(designateInputSchema, input, 'designation');
  failIf(checkTargets(input.targets), 'Cannot designate the targets');
  const next = { status: 'drawn', targets: input.targets, replacements: [] } as const;
  const payload = { mode: task.mode, targets: input.targets.map((t) => t.id) };
  return stepResult(task, next, 'designate', input.actor, toJsonValue(payload), ctx);
}
