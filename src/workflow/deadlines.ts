import { parseIsoDate as checkIsoDate, compareDates, type IsoDate, SsjError } from '../core/index.js';
import {
  ABNORMAL_LISTING_GROUNDS,
  type AbnormalListingGround,
  type AbnormalListingGroundRule,
} from './abnormal-list-grounds.js';
import type { WorkflowContext } from './context.js';
import { expectContext, ruleIssues } from './context-guard.js';
import type { InspectionTask } from './task.js';
import { expectReadableTask } from './task-guard.js';

/**
 * The date results must be published by (结果公示期限): the `rules.resultPublication` working days (20) after the
 * inspection date, the inspection date itself not counted.
 *
 * @param inspectionDate - the day of the visit
 * @param ctx - the calendar and the rules
 * @returns the last day for publication
 * @throws {SsjError} as `ctx.calendar.addWorkdays`: `CALENDAR_DATE_OUT_OF_RANGE` past 2199, `CALENDAR_YEAR_NOT_OFFICIAL`
 *   for a year without a schedule when the calendar is strict
 * @example
 * ```ts
 * resultDueDate('2025-01-20', ctx); // '2025-02-21' with the official 2025 calendar (across 春节)
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#deadlines}
 */
export function resultDueDate(
  inspectionDate: IsoDate,
  ctx: Pick<WorkflowContext, 'calendar' | 'rules'>,
): IsoDate {
  return resultDeadline(inspectionDate, ctx).dueOn;
}

/**
 * The publication deadline with whether it is provisional (结果公示期限及是否暂定): as {@link resultDueDate}, and
 * `provisional` when a day counted lies in a year with no official or custom calendar schedule (an inspection in
 * December whose 20 working days run into a year whose holiday notice is not out).
 *
 * @param inspectionDate - the day of the visit
 * @param ctx - the calendar and the rules
 * @returns the last day for publication, whether it may still move, and the rule's source
 * @throws {SsjError} as {@link resultDueDate}
 * @example
 * ```ts
 * resultDeadline('2026-12-21', ctx); // { dueOn: '2027-01-19', provisional: true, source: '达政办发〔2023〕70号 三（九）' }
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#deadlines}
 */
export function resultDeadline(
  inspectionDate: IsoDate,
  ctx: Pick<WorkflowContext, 'calendar' | 'rules'>,
): { readonly dueOn: IsoDate; readonly provisional: boolean; readonly source: string } {
  checkIsoDate(inspectionDate, ['inspectionDate']);
  expectContext(ctx, { calendar: ['deadline'], rules: ['resultPublication'] });
  const rule = ctx.rules.resultPublication;
  const d = ctx.calendar.deadline(inspectionDate, rule.value);
  return { dueOn: d.due, provisional: d.provisional, source: rule.source };
}

/** A visit whose result has not been published in time (逾期未公示). */
export interface OverdueResult {
  readonly taskId: string;
  readonly targetId: string;
  readonly department: string;
  readonly inspectionDate: IsoDate;
  readonly dueOn: IsoDate;
  /** Whether the due date rests on a year without an official or custom calendar schedule. */
  readonly provisional: boolean;
}

/**
 * Finds overdue results (逾期未公示检查结果): for every visit and department present, no publication by the due date,
 * as of `today`.
 *
 * @param task - any task
 * @param today - the date to judge by (China civil date)
 * @param ctx - the calendar and the rules
 * @returns one entry per (target, department) past its deadline without a publication
 * @throws {SsjError} `WORKFLOW_INVALID_TASK` when `task` is not shaped as a task; `INVALID_DATE` when `today` is
 *   not a real date; `INVALID_INPUT` when `ctx` lacks the calendar or the rule
 * @throws {SsjError} as `ctx.calendar.addWorkdays`: `CALENDAR_DATE_OUT_OF_RANGE` past 2199, `CALENDAR_YEAR_NOT_OFFICIAL`
 *   for a year without a schedule when the calendar is strict
 * @example
 * ```ts
 * findOverdueResults(task, toChinaDate(ctx.clock()), ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function findOverdueResults(
  task: InspectionTask,
  today: IsoDate,
  ctx: Pick<WorkflowContext, 'calendar' | 'rules'>,
): readonly OverdueResult[] {
  expectReadableTask(task);
  checkIsoDate(today, ['today']);
  expectContext(ctx, { calendar: ['deadline'], rules: ['resultPublication'] });
  const state = task.state.status === 'cancelled' ? undefined : task.state;
  if (state === undefined || !('visits' in state)) return [];
  const published = 'publications' in state ? state.publications : [];
  return state.visits.flatMap((visit) => {
    const { dueOn, provisional } = resultDeadline(visit.date, ctx);
    if (compareDates(today, dueOn) <= 0) return [];
    return visit.departments
      .filter((d) => !published.some((p) => p.department === d && p.targetId === visit.targetId))
      .map((department) => ({
        taskId: task.id,
        targetId: visit.targetId,
        department,
        inspectionDate: visit.date,
        dueOn,
        provisional,
      }));
  });
}

/** A target to be put on the abnormal-operation list (列入经营异常名录) and by when. */
export interface AbnormalListing {
  readonly taskId: string;
  readonly targetId: string;
  /** Every department that found the registered address unreachable. */
  readonly departments: readonly string[];
  /** The listing ground (列入情形). */
  readonly ground: AbnormalListingGround;
  /** The day that starts the clock (not counted). */
  readonly foundOn: IsoDate;
  /** The last day for the listing decision. */
  readonly dueOn: IsoDate;
  readonly source: string;
  /** Whether the due date rests on a year without an official or custom calendar schedule. */
  readonly provisional: boolean;
}

/**
 * The last day to list an enterprise on a ground (列入时限): the ground's working days (10) after the day that
 * starts its clock, that day not counted.
 *
 * @param ground - a built-in ground, or the host's own rule
 * @param from - the day that starts the clock: verified unreachable, the annual-report window closed, the ordered
 *   period ended
 * @param ctx - the calendar
 * @returns the due date, whether it is provisional, and the source
 * @throws {SsjError} `INVALID_INPUT` when `ground` is neither a built-in ground nor a rule with a whole number of
 *   working days and a source, or `ctx` has no calendar; `INVALID_DATE` when `from` is not a real date
 * @throws {SsjError} as `ctx.calendar.deadline`
 * @example
 * ```ts
 * abnormalListingDeadline('annual-report-late', '2025-06-30', ctx).dueOn; // '2025-07-14'
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#deadlines}
 */
export function abnormalListingDeadline(
  ground: AbnormalListingGround | AbnormalListingGroundRule,
  from: IsoDate,
  ctx: Pick<WorkflowContext, 'calendar'>,
): { readonly dueOn: IsoDate; readonly provisional: boolean; readonly source: string } {
  const rule = listingRule(ground);
  checkIsoDate(from, ['from']);
  expectContext(ctx, { calendar: ['deadline'] });
  const d = ctx.calendar.deadline(from, rule.value);
  return { dueOn: d.due, provisional: d.provisional, source: rule.source };
}

/** A built-in ground by its name (an own key of the table, never `toString`), or the host's own rule, checked. */
function listingRule(ground: unknown): AbnormalListingGroundRule {
  if (typeof ground === 'string' && Object.hasOwn(ABNORMAL_LISTING_GROUNDS, ground))
    return ABNORMAL_LISTING_GROUNDS[ground as AbnormalListingGround];
  const issues =
    typeof ground === 'string'
      ? [
          {
            path: ['ground'],
            message: `Unknown listing ground "${ground.slice(0, 40)}"`,
            expected: Object.keys(ABNORMAL_LISTING_GROUNDS).join(' | '),
          },
        ]
      : ruleIssues(ground, 'listing ground', ['ground']);
  if (issues.length === 0) return ground as AbnormalListingGroundRule;
  throw new SsjError('INVALID_INPUT', `Invalid listing ground: ${issues.map((i) => i.message).join('; ')}`, {
    issues,
  });
}

/**
 * The abnormal-operation listings a task’s results call for (经营异常名录): a target whose result says 通过登记的
 * 住所（经营场所）无法联系 starts a `rules.abnormalOperationListing` working-day clock (10) from the inspection date.
 * One listing per target, however many departments recorded it. Record the decision with
 * `decideAbnormalListing` and the removal with `removeFromAbnormalList`.
 *
 * @param task - a task with results
 * @param ctx - the calendar and the rules
 * @returns one listing per such target
 * @throws {SsjError} `WORKFLOW_INVALID_TASK` when `task` is not shaped as a task; `INVALID_INPUT` when `ctx` lacks
 *   the calendar or the rule
 * @throws {SsjError} as `ctx.calendar.addWorkdays`: `CALENDAR_DATE_OUT_OF_RANGE` past 2199, `CALENDAR_YEAR_NOT_OFFICIAL`
 *   for a year without a schedule when the calendar is strict
 * @example
 * ```ts
 * abnormalListings(task, ctx); // [{ targetId: 't3', departments: ['samr'], dueOn: '2025-05-29', … }]
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#listing}
 */
export function abnormalListings(
  task: InspectionTask,
  ctx: Pick<WorkflowContext, 'calendar' | 'rules'>,
): readonly AbnormalListing[] {
  expectReadableTask(task);
  expectContext(ctx, { calendar: ['deadline'], rules: ['abnormalOperationListing'] });
  const state = task.state;
  if (!('results' in state)) return [];
  const rule = ctx.rules.abnormalOperationListing;
  const found = state.results.filter((r) => r.categories.includes('unreachable'));
  const targets = [...new Set(found.map((r) => r.targetId))];
  return targets.map((targetId) => {
    const mine = found.filter((r) => r.targetId === targetId);
    const foundOn = mine.map((r) => r.inspectionDate).reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
    const due = ctx.calendar.deadline(foundOn, rule.value);
    return {
      taskId: task.id,
      targetId,
      departments: mine.map((r) => r.department),
      ground: 'unreachable' as const,
      foundOn,
      dueOn: due.due,
      source: rule.source,
      provisional: due.provisional,
    };
  });
}

/**
 * The date a changed checklist must be entered into the platform by (清单调整录入期限): `rules.checklistChange`
 * working days (10) after the law was made, amended or repealed.
 *
 * @param changedOn - the day the change took effect
 * @param ctx - the calendar and the rules
 * @returns the last day for entering the changed checklist
 * @throws {SsjError} `INVALID_DATE` when `changedOn` is not a real date; `INVALID_INPUT` when `ctx` lacks the
 *   calendar or the rule
 * @throws {SsjError} as `ctx.calendar.addWorkdays`: `CALENDAR_DATE_OUT_OF_RANGE` past 2199, `CALENDAR_YEAR_NOT_OFFICIAL`
 *   for a year without a schedule when the calendar is strict
 * @example
 * ```ts
 * checklistEntryDueDate('2025-09-26', ctx); // '2025-10-16' (国庆节、中秋节 in between, 09-28 and 10-11 worked)
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#deadlines}
 */
export function checklistEntryDueDate(
  changedOn: IsoDate,
  ctx: Pick<WorkflowContext, 'calendar' | 'rules'>,
): IsoDate {
  checkIsoDate(changedOn, ['changedOn']);
  expectContext(ctx, { calendar: ['addWorkdays'], rules: ['checklistChange'] });
  return ctx.calendar.addWorkdays(changedOn, ctx.rules.checklistChange.value);
}
