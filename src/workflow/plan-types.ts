import * as z from 'zod/mini';
import {
  type IsoDate,
  type IsoInstant,
  isoDateSchema,
  type SafeResult,
  SsjError,
  type SsjIssue,
  yearOf,
} from '../core/index.js';
import { parseWith, safely } from '../core/internal.js';
import { INSPECTION_METHOD_LIST } from '../directories/index.js';
import type { InspectionMethod } from './task-types.js';

const text = z.string().check(z.trim(), z.minLength(1));
const methods = z.readonly(
  z.array(z.enum(INSPECTION_METHOD_LIST as [InspectionMethod, ...InspectionMethod[]])).check(z.minLength(1)),
);
const period = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .check(z.refine((p) => p.from <= p.to, { message: 'The period ends before it starts' }));
const ratioOrCount = z
  .object({
    ratio: z.optional(z.number().check(z.gt(0), z.lte(1))),
    count: z.optional(z.number().check(z.int(), z.positive())),
  })
  .check(
    z.refine((r) => r.ratio !== undefined || r.count !== undefined, {
      message: 'Give a ratio, a count, or both',
    }),
  );

/**
 * Zod schema of one entry of a department plan: the fields 三（七）1 requires.
 *
 * @example
 * ```ts
 * departmentPlanEntrySchema.safeParse(entry).success;
 * ```
 */
export const departmentPlanEntrySchema = z.object({
  project: text,
  targets: text,
  methods,
  level: text,
  sample: ratioOrCount,
  content: text,
  creditRequirement: text,
  schedule: period,
  industry: z.optional(text),
});

/**
 * Zod schema of a department annual plan (部门年度随机抽查计划).
 *
 * @example
 * ```ts
 * departmentPlanSchema.safeParse({ kind: 'department', id: 'dp', year: 2025, department: 'samr', entries: [entry] }).success;
 * ```
 */
export const departmentPlanSchema = z.object({
  kind: z.literal('department'),
  id: text,
  year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  department: text,
  entries: z.readonly(z.array(departmentPlanEntrySchema).check(z.minLength(1))),
});

/**
 * Zod schema of one task of a joint plan: the fields 三（七）2 requires.
 *
 * @example
 * ```ts
 * jointPlanTaskSchema.safeParse(task).success;
 * ```
 */
export const jointPlanTaskSchema = z.object({
  task: text,
  items: z.readonly(z.array(text).check(z.minLength(1))),
  targets: text,
  sample: ratioOrCount,
  initiator: text,
  participants: z.readonly(z.array(text).check(z.minLength(1))),
  inspectionDates: period,
  industry: z.optional(text),
});

/**
 * Zod schema of a joint annual plan (部门联合年度随机抽查计划).
 *
 * @example
 * ```ts
 * jointPlanSchema.safeParse({ kind: 'joint', id: 'jp', year: 2025, initiator: 'samr', tasks: [task] }).success;
 * ```
 */
export const jointPlanSchema = z.object({
  kind: z.literal('joint'),
  id: text,
  year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  initiator: text,
  tasks: z.readonly(z.array(jointPlanTaskSchema).check(z.minLength(1))),
});

/** One entry of a department plan (抽查项目、检查对象、检查方式、实施层级、抽查比例、检查内容、信用分级分类要求、实施时间). */
export type DepartmentPlanEntry = z.output<typeof departmentPlanEntrySchema>;
/** One task of a joint plan (抽查任务、抽查事项、检查对象、抽查比例或数量、发起部门、参与部门、抽查检查日期). */
export type JointPlanTask = z.output<typeof jointPlanTaskSchema>;
/** A plan’s content as written (dates as `YYYY-MM-DD` strings): what {@link parsePlan} and amendments take. */
export type PlanContentInput = z.input<typeof departmentPlanSchema> | z.input<typeof jointPlanSchema>;
/** The content of a department plan, as drafted. */
export type DepartmentPlanContent = z.output<typeof departmentPlanSchema>;
/** The content of a joint plan, as drafted. */
export type JointPlanContent = z.output<typeof jointPlanSchema>;

/** An amendment of a published plan (计划调整): the reason is recorded and the amendment published. */
export interface PlanAmendment {
  readonly revision: number;
  readonly reason: string;
  readonly actor: string;
  readonly at: IsoInstant;
  readonly digestBefore: string;
  readonly digestAfter: string;
}

/** When a plan was published or filed, its deadline, and whether it was in time (a provisional deadline may move). */
export interface PlanStepDate {
  readonly on: IsoDate;
  readonly dueOn: IsoDate;
  readonly onTime: boolean;
  /** Whether the deadline rests on a year without an official or custom calendar schedule. */
  readonly provisional: boolean;
}

/** Where a plan stands: drafted, published (公示) and filed (备案), with the dates and whether they were in time. */
export interface PlanRecord<
  C extends DepartmentPlanContent | JointPlanContent = DepartmentPlanContent | JointPlanContent,
> {
  readonly content: C;
  readonly revision: number;
  readonly published?: PlanStepDate;
  readonly filed?: PlanStepDate;
  readonly amendments: readonly PlanAmendment[];
}

/**
 * Checks a department or joint annual plan (年度抽查计划) against the fields the regulation requires and returns a
 * draft plan record.
 *
 * @param input - the plan content (`kind: 'department'` or `'joint'`)
 * @returns a draft {@link PlanRecord} at revision 1
 * @throws {SsjError} `WORKFLOW_PLAN_INVALID` listing every missing or bad field with its path, and every
 *   实施时间 or 抽查检查日期 that falls outside the plan year (an annual plan covers its own year)
 * @example
 * ```ts
 * const plan = parsePlan({ kind: 'joint', id: 'jp-2025', year: 2025, initiator: 'market', tasks: [...] });
 * ```
 *
 * @example
 * The whole flow, from `examples/joint-inspection.ts`:
 *
 * {@includeCode ../../examples/joint-inspection.ts#plan}
 */
export function parsePlan(input: unknown): PlanRecord {
  const content = parseWith(
    z.discriminatedUnion('kind', [departmentPlanSchema, jointPlanSchema]),
    input,
    'annual plan',
    'WORKFLOW_PLAN_INVALID',
  );
  const issues = periodsOutsideYear(content);
  if (issues.length > 0) {
    const message = `The ${content.year} plan ${content.id} schedules work outside its year: ${issues.map((i) => i.message).join('; ')}`;
    throw new SsjError('WORKFLOW_PLAN_INVALID', message, { issues });
  }
  return { content, revision: 1, amendments: [] };
}

/** Every period of a plan that does not lie within the plan year (实施时间 of an annual plan). */
function periodsOutsideYear(content: DepartmentPlanContent | JointPlanContent): SsjIssue[] {
  const periods =
    content.kind === 'department'
      ? content.entries.map((e, i) => ({ path: ['entries', i, 'schedule'], period: e.schedule }))
      : content.tasks.map((t, i) => ({ path: ['tasks', i, 'inspectionDates'], period: t.inspectionDates }));
  return periods.flatMap(({ path, period }) =>
    yearOf(period.from) === content.year && yearOf(period.to) === content.year
      ? []
      : [
          {
            path,
            message: `${period.from}–${period.to} is not within ${content.year}`,
            expected: `dates from ${content.year}-01-01 to ${content.year}-12-31`,
          },
        ],
  );
}

/**
 * The non-throwing form of {@link parsePlan}.
 *
 * @param input - the plan content
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeParsePlan({ kind: 'department' }).success; // false
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#plans}
 */
export function safeParsePlan(input: unknown): SafeResult<PlanRecord> {
  return safely(() => parsePlan(input));
}
