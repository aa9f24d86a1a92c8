import * as z from 'zod/mini';
import { compareDates, isoDateSchema, type SsjIssue } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import { INSPECTION_KIND_LIST, type InspectionKind } from '../sampling/index.js';
import type { WorkflowContext } from './context.js';
import { toJsonValue } from './json-value.js';
import { failIf, type StepResult } from './step-result.js';
import type { InspectionTask } from './task.js';
import type { TaskId } from './task-types.js';

/**
 * The inspection kinds each task mode may take: a random draw is 日常 (or part of a 专项 campaign); a targeted case
 * is 个案 (or part of a 专项 campaign). The first is the default.
 */
const KINDS_OF_MODE = {
  random: ['routine', 'special', 'superior-special'],
  targeted: ['case', 'special', 'superior-special'],
} as const satisfies Record<'random' | 'targeted', readonly InspectionKind[]>;

const modeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('random'), directed: z.boolean() }),
  z.object({
    kind: z.literal('targeted'),
    trigger: z.enum(['complaint', 'referral', 'monitoring']),
    reference: z.string().check(z.minLength(1)),
  }),
]);

/**
 * Zod schema of the input of {@link createTask}.
 *
 * @example
 * ```ts
 * createTaskInputSchema.safeParse(input).success;
 * ```
 */
export const createTaskInputSchema = z.object({
  name: z.string().check(z.minLength(1)),
  year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  mode: modeSchema,
  initiator: z.string().check(z.minLength(1)),
  participants: z._default(z.readonly(z.array(z.string().check(z.minLength(1)))), []),
  inspectionKind: z.optional(z.enum(INSPECTION_KIND_LIST as [InspectionKind, ...InspectionKind[]])),
  items: z.readonly(
    z
      .array(
        z.object({
          id: z.string().check(z.minLength(1)),
          department: z.string().check(z.minLength(1)),
          label: z.string().check(z.minLength(1)),
        }),
      )
      .check(z.minLength(1)),
  ),
  period: z.object({ from: isoDateSchema, to: isoDateSchema }),
  industry: z.optional(z.string().check(z.minLength(1))),
  planId: z.optional(z.string().check(z.minLength(1))),
  actor: z.string().check(z.minLength(1)),
});

/** The input of {@link createTask} (新建抽查任务). */
export type CreateTaskInput = z.input<typeof createTaskInputSchema>;

/**
 * Creates a task in state `planned` (新建抽查任务), random (双随机) or targeted (重点监管, with its trigger), with its
 * inspection kind (日常 by default for a random task, 个案 for a targeted one; 专项 or 上级部署专项 when given). A task
 * with participants is a joint task: every department must inspect at least one item, and every item belongs to one
 * of the task’s departments.
 *
 * @param input - name, year, mode, initiator, participants, items, period, optional industry and plan id, actor
 * @param ctx - clock and ids
 * @returns the new task and its `task.created` event
 * @throws {SsjError} `INVALID_INPUT` when the input has the wrong shape
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when the period ends before it starts, a department repeats, a
 *   department has no item, an item names a department that does not take part, or the kind does not fit the mode
 * @example
 * ```ts
 * const { task, event } = createTask({ name: '2025 食品经营联合抽查', year: 2025, mode: { kind: 'random', directed: true },
 *   initiator: 'market', participants: ['health'], items: [...], period: { from: '2025-04-01', to: '2025-06-30' },
 *   actor: 'officer-1' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#designate}
 */
export function createTask(input: CreateTaskInput, ctx: WorkflowContext): StepResult {
  const data = parseWith(createTaskInputSchema, input, 'task');
  const departments = [data.initiator, ...data.participants];
  const issues: SsjIssue[] = [];
  if (compareDates(data.period.from, data.period.to) > 0) {
    issues.push({
      path: ['period'],
      message: `The period ends (${data.period.to}) before it starts (${data.period.from})`,
    });
  }
  if (new Set(departments).size !== departments.length) {
    issues.push({
      path: ['participants'],
      message: 'A department is named twice among initiator and participants',
    });
  }
  data.items.forEach((item, i) => {
    if (!departments.includes(item.department)) {
      issues.push({
        path: ['items', i, 'department'],
        message: `Item ${item.id} belongs to ${item.department}, which does not take part`,
      });
    }
  });
  departments.forEach((d) => {
    if (!data.items.some((item) => item.department === d)) {
      issues.push({ path: ['items'], message: `Department ${d} has no item to inspect` });
    }
  });
  const allowedKinds: readonly InspectionKind[] = KINDS_OF_MODE[data.mode.kind];
  const inspectionKind = data.inspectionKind ?? allowedKinds[0] ?? 'routine';
  if (!allowedKinds.includes(inspectionKind)) {
    issues.push({
      path: ['inspectionKind'],
      message: `A ${data.mode.kind} task cannot be a ${inspectionKind} inspection`,
      expected: allowedKinds.join(' | '),
    });
  }
  failIf(issues, 'Cannot create the task');
  const at = ctx.clock();
  const task: InspectionTask = {
    id: ctx.newId('task') as TaskId,
    revision: 1,
    name: data.name,
    year: data.year,
    mode: data.mode,
    initiator: data.initiator,
    participants: data.participants,
    items: data.items,
    period: data.period,
    ...(data.industry === undefined ? {} : { industry: data.industry }),
    ...(data.planId === undefined ? {} : { planId: data.planId }),
    inspectionKind,
    approvals: [],
    createdAt: at,
    state: { status: 'planned' },
  };
  const { state: _state, ...described } = task;
  return {
    task,
    event: { at, actor: data.actor, type: 'task.created', subject: task.id, payload: toJsonValue(described) },
  };
}
