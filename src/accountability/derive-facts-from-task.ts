import * as z from 'zod/mini';
import { parseWith } from '../core/internal.js';
import { type InspectionTask, isProblemResult, type TaskState } from '../workflow/index.js';
import { type DeriveFactsOptions, deriveFacts, type FactsEnvironment } from './derive-facts.js';
import type { AccountabilityFacts } from './facts.js';
import type { AccountabilityTaskRecord, CrimeLead } from './task-record.js';

/** Whose conduct is assessed (履职对象): one department's inspection of one target of a task. */
export interface OfficerPart {
  /** The target inspected (检查对象). */
  readonly targetId: string;
  /** The department whose team inspected it (谁检查). */
  readonly department: string;
}

const partSchema = z.object({
  targetId: z.string().check(z.minLength(1)),
  department: z.string().check(z.minLength(1)),
});

/** States from which every visit has been recorded: the results have been reviewed. */
const VISITS_CLOSED: readonly TaskState['status'][] = [
  'reviewed',
  'published',
  'follow-up-closed',
  'archived',
];

/**
 * Reads one officer part of a workflow task as the record {@link deriveFacts} needs (任务记录映射):
 * `inspectedOn` from the result's inspection date (or the visit), `publishedOn` from the publication record,
 * `assignmentCarriedOut` from the visit (false once the results are reviewed without one), `problemsFound` from
 * the result's categories, and `crimeLeads` from a `judicial-transfer` follow-up (transferred when that measure
 * is closed). What the task does not show yet is left out.
 *
 * @param task - a workflow task in any state
 * @param part - the target and the department
 * @returns the structural record
 * @throws {SsjError} `ACCOUNTABILITY_TASK_RECORD_INVALID` when the part has no target or department
 * @example
 * ```ts
 * const record = accountabilityRecordOf(task, { targetId: 'target_1', department: 'market' });
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function accountabilityRecordOf(task: InspectionTask, part: OfficerPart): AccountabilityTaskRecord {
  parseWith(partSchema, part, 'officer part', 'ACCOUNTABILITY_TASK_RECORD_INVALID');
  const state = task.state.status === 'cancelled' ? task.state.before : task.state;
  const mine = <T extends { readonly targetId: string; readonly department: string }>(xs: readonly T[]) =>
    xs.filter((x) => x.targetId === part.targetId && x.department === part.department);
  const visit =
    'visits' in state
      ? state.visits.find((v) => v.targetId === part.targetId && v.departments.includes(part.department))
      : undefined;
  const result = 'results' in state ? mine(state.results)[0] : undefined;
  const published = 'publications' in state ? mine(state.publications)[0] : undefined;
  const transfers =
    'followUps' in state ? mine(state.followUps).filter((m) => m.kind === 'judicial-transfer') : [];
  const carried = visit !== undefined ? true : VISITS_CLOSED.includes(state.status) ? false : undefined;
  const inspectedOn = result?.inspectionDate ?? visit?.date;
  const leads: CrimeLead[] | undefined =
    result === undefined
      ? undefined
      : result.followUp.includes('judicial-transfer')
        ? [
            {
              foundOn: result.inspectionDate,
              ...(transfers[0]?.closedOn === undefined ? {} : { transferredOn: transfers[0].closedOn }),
            },
          ]
        : [];
  return {
    ...(inspectedOn === undefined ? {} : { inspectedOn }),
    ...(published === undefined ? {} : { publishedOn: published.publishedOn }),
    ...(carried === undefined ? {} : { assignmentCarriedOut: carried }),
    ...(result === undefined ? {} : { problemsFound: isProblemResult(result.categories) }),
    ...(leads === undefined ? {} : { crimeLeads: leads }),
  };
}

/**
 * Derives the facts a workflow task shows about one officer part (由抽查任务认定事实): {@link accountabilityRecordOf}
 * then {@link deriveFacts}.
 *
 * @param task - a workflow task
 * @param part - the target and the department
 * @param env - the working-day calendar and the clock (the workflow context fits)
 * @param options - the publication deadline
 * @returns the facts, each `true`, `false` or `'unknown'`
 * @throws {SsjError} `ACCOUNTABILITY_TASK_RECORD_INVALID` for a bad part or inconsistent dates
 * @throws {SsjError} `INVALID_INPUT` when `env` lacks a calendar or a clock
 * @example
 * ```ts
 * const facts = deriveFactsFromTask(task, { targetId: 'target_1', department: 'market' }, ctx);
 * assessAccountability({ ...facts, followedChecklist: true });
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function deriveFactsFromTask(
  task: InspectionTask,
  part: OfficerPart,
  env: FactsEnvironment,
  options: DeriveFactsOptions = {},
): AccountabilityFacts {
  return deriveFacts(accountabilityRecordOf(task, part), env, options);
}
