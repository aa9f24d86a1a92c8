import { SsjError, type SsjIssue } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { TargetStatus } from '../directories/index.js';
import type { DrawRecord } from '../draw/index.js';
import type { WorkflowContext } from './context.js';
import type { ReplaceInDraw } from './draw-replacement.js';
import { toJsonValue } from './json-value.js';
import { preCheckInputSchema } from './step-inputs.js';
import { failIf, type StepResult, stepResult } from './step-result.js';
import type { InspectionTask, TaskIn } from './task.js';
import type { TargetReplacement, TaskTarget } from './task-types.js';
import { assertStep } from './transitions.js';

/**
 * Which registration statuses still allow an inspection (检查前预查比对规则), as data. A drawn target whose status
 * does not is replaced through the draw’s recorded replacement.
 *
 * @example
 * ```ts
 * PRE_CHECK_RULES.find((r) => r.status === 'deregistered')?.inspect; // false
 * ```
 */
export const PRE_CHECK_RULES = [
  { status: 'operating', inspect: true, label: '在营' },
  { status: 'suspended', inspect: true, label: '停业 (result may be 已关闭停业或正在组织清算)' },
  { status: 'deregistered', inspect: false, label: '注销' },
  { status: 'revoked', inspect: false, label: '吊销' },
  { status: 'cancelled', inspect: false, label: '撤销' },
  { status: 'moved-out', inspect: false, label: '迁出' },
] as const satisfies readonly {
  readonly status: TargetStatus;
  readonly inspect: boolean;
  readonly label: string;
}[];

/** The input of {@link preCheckTargets}. */
export interface PreCheckInput {
  /** The current draw record of the task (its digest must match the task’s). */
  readonly record: DrawRecord;
  /** The current registration status of each drawn target (missing = operating). */
  readonly statuses: Readonly<Record<string, TargetStatus>>;
  /** The draw’s replacement function. */
  readonly replace: ReplaceInDraw;
  /** Directory entries (name, USCC) of possible replacements. */
  readonly directory: readonly TaskTarget[];
  readonly actor: string;
}

/**
 * Pre-visit check (检查前预查比对): every drawn target whose status no longer allows inspection (注销, 迁出 …) is
 * replaced by the draw’s recorded replacement (`replaceInDraw`), never by hand; the new draw record’s digest becomes
 * the task’s. Drawn → drawn.
 *
 * @param task - a drawn random task
 * @param input - the current draw record, statuses, the bound replacement, directory entries, the actor
 * @param ctx - the workflow context
 * @returns the task with replaced targets and a `task.preCheck` event listing the replacements
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the task is not a drawn random task
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when the record is not the task’s current draw or a replacement
 *   has no directory entry
 * @throws {SsjError} `WORKFLOW_REPLACEMENT_INVALID` when the replacement did not come out of the draw record
 * @example
 * ```ts
 * preCheckTargets(task, { record, statuses: { t7: 'deregistered' }, replace: (r, id, why) => replaceInDraw(r, pool, id, why),
 *   directory, actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/joint-inspection.ts`:
 *
 * {@includeCode ../../examples/joint-inspection.ts#task}
 */
export function preCheckTargets(
  task: InspectionTask,
  input: PreCheckInput,
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'preCheck');
  parseWith(preCheckInputSchema, input, 'pre-check input');
  const state = (task as TaskIn<'drawn'>).state;
  failIf(
    input.record.digest === state.draw?.digest
      ? []
      : [
          {
            path: ['record', 'digest'],
            message: 'The draw record is not the task’s current draw',
            expected: state.draw?.digest ?? '',
          },
        ],
    'Cannot pre-check',
  );
  let record = input.record;
  let targets = state.targets;
  const replacements: TargetReplacement[] = [];
  for (const target of state.targets) {
    const status = input.statuses[target.id] ?? 'operating';
    const rule = PRE_CHECK_RULES.find((r) => r.status === status);
    if (rule === undefined || rule.inspect) continue;
    const reason = `检查前预查比对: ${rule.label}`;
    const next = input.replace(record, target.id, reason);
    const replacementId = checkReplacement(record, next, target.id);
    const entry = replacementId === null ? undefined : input.directory.find((t) => t.id === replacementId);
    const missing: SsjIssue[] =
      replacementId !== null && entry === undefined
        ? [{ path: ['directory'], message: `Replacement ${replacementId} has no directory entry` }]
        : [];
    failIf(missing, 'Cannot pre-check');
    targets = targets.flatMap((t) =>
      t.id !== target.id ? [t] : entry === undefined ? [] : [{ ...entry, stratum: t.stratum ?? '' }],
    );
    replacements.push({ replacedId: target.id, replacementId, reason, drawDigest: next.digest });
    record = next;
  }
  const nextState = {
    ...state,
    draw: { digest: record.digest, seed: record.seed },
    targets,
    replacements: [...state.replacements, ...replacements],
  };
  return stepResult(
    task,
    nextState,
    'preCheck',
    input.actor,
    toJsonValue({ replacements, draw: nextState.draw }),
    ctx,
  );
}

function checkReplacement(before: DrawRecord, after: DrawRecord, id: string): string | null {
  const added = after.replacements.slice(before.replacements.length);
  const entry = added.find((r) => r.id === id);
  const ok =
    entry !== undefined &&
    added.length === 1 &&
    after.seed === before.seed &&
    !after.selected.some((s) => s.id === id) &&
    (entry.replacedBy === null || after.selected.some((s) => s.id === entry.replacedBy));
  if (ok) return entry.replacedBy;
  const message = `The replacement of ${id} is not a recorded replacement of the same draw`;
  throw new SsjError('WORKFLOW_REPLACEMENT_INVALID', message, { issues: [{ path: ['replace'], message }] });
}
