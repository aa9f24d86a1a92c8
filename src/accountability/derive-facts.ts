import type { WorkCalendar } from '../calendar/index.js';
import { type Clock, compareDates, SsjError, toChinaDate } from '../core/index.js';
import { expectOptions, parseWith } from '../core/internal.js';
import { type SourcedRule, WORKFLOW_RULES } from '../workflow/index.js';
import type { AccountabilityFacts, FactValue } from './facts.js';
import { type AccountabilityTaskRecord, accountabilityTaskRecordSchema } from './task-record.js';

/** A rule of the regulation in working days, with where it comes from (规则及出处): the workflow's rule type. */
export type WorkdayRule = SourcedRule<'workdays'>;

/**
 * Results are entered and published within 20 working days from the inspection date
 * (在检查之日起20个工作日内…向社会公示): the workflow's own rule, so both modules count the same deadline.
 *
 * @example
 * ```ts
 * RESULT_PUBLICATION_DEADLINE.source; // '达政办发〔2023〕70号 三（九）'
 * ```
 */
export const RESULT_PUBLICATION_DEADLINE = WORKFLOW_RULES.resultPublication satisfies WorkdayRule;

/**
 * The world {@link deriveFacts} reads (认定环境): the working-day calendar and the clock that says "today". A
 * workflow context has both, so it can be passed as is; an assessment replays with the same clock.
 */
export interface FactsEnvironment {
  /** The working-day calendar (the calendar module's `WorkCalendar`). */
  readonly calendar: WorkCalendar;
  /** The clock that says "today" for results not yet published. */
  readonly clock: Clock;
}

/** Options of {@link deriveFacts}. */
export interface DeriveFactsOptions {
  /** The publication deadline (default {@link RESULT_PUBLICATION_DEADLINE}). */
  readonly publicationDeadline?: WorkdayRule;
}

function lateness(
  record: AccountabilityTaskRecord,
  env: FactsEnvironment,
  options: DeriveFactsOptions,
): FactValue {
  if (record.inspectedOn === undefined) return 'unknown';
  const rule = options.publicationDeadline ?? RESULT_PUBLICATION_DEADLINE;
  const due = env.calendar.deadline(record.inspectedOn, rule.value).due;
  const seen = record.publishedOn ?? toChinaDate(env.clock());
  return compareDates(seen, due) > 0;
}

/**
 * Derives the facts a task's records can show about an officer's part (由任务记录认定事实):
 * - `resultsNotPublishedInTime`: published after the 20th working day from the inspection date, or still
 *   unpublished after it as of today (the clock); not late while the deadline has not passed;
 * - `crimeLeadNotTransferred`: a crime lead without a transfer date (`false` for `[]`);
 * - `inspectionNotAsRequired`: the assigned inspection was not carried out;
 * - `nothingFound`: the inspection found no problem.
 * A field the record lacks makes its fact `'unknown'`. The facts no record can show (followed the checklist,
 * beyond technical means, misled, problem found later, consequences) are left for the host to add.
 *
 * @param record - the officer's part of the task
 * @param env - the working-day calendar and the clock (a workflow context fits)
 * @param options - the publication deadline
 * @returns the four facts a record can show, each `true`, `false` or `'unknown'`
 * @throws {SsjError} `ACCOUNTABILITY_TASK_RECORD_INVALID` for a malformed record (bad date, publication before
 *   the inspection, transfer before the lead was found)
 * @throws {SsjError} `INVALID_INPUT` when `env` lacks a calendar or a clock, or `options` names a key other than
 *   `publicationDeadline`
 * @example
 * ```ts
 * const facts = deriveFacts({ inspectedOn: d('2025-01-20'), publishedOn: d('2025-02-24'), crimeLeads: [] },
 *   { calendar: createWorkCalendar(), clock: fixedClock('2025-03-01T09:00:00+08:00') });
 * facts.resultsNotPublishedInTime; // true: due 2025-02-21
 * ```
 *
 * @example
 * Run in `examples/accountability.ts`:
 *
 * {@includeCode ../../examples/accountability.ts#assess}
 */
export function deriveFacts(
  record: AccountabilityTaskRecord,
  env: FactsEnvironment,
  options: DeriveFactsOptions = {},
): AccountabilityFacts {
  parseWith(accountabilityTaskRecordSchema, record, 'task record', 'ACCOUNTABILITY_TASK_RECORD_INVALID');
  checkEnvironment(env);
  expectOptions(options, ['publicationDeadline'], 'deriveFacts');
  const r = record;
  const leads = r.crimeLeads;
  const carried = r.assignmentCarriedOut;
  return {
    resultsNotPublishedInTime: lateness(r, env, options),
    crimeLeadNotTransferred:
      leads === undefined ? 'unknown' : leads.some((l) => l.transferredOn === undefined),
    inspectionNotAsRequired: carried === undefined ? 'unknown' : !carried,
    nothingFound: r.problemsFound === undefined ? 'unknown' : !r.problemsFound,
  };
}

/** Refuses an environment without a calendar or a clock: "today" is never taken from the host's clock. */
function checkEnvironment(env: FactsEnvironment): void {
  const e = env as Partial<Record<'calendar' | 'clock', unknown>> | null | undefined;
  const missing = (['calendar', 'clock'] as const).filter((k) =>
    k === 'clock'
      ? typeof e?.clock !== 'function'
      : typeof (e?.calendar as { deadline?: unknown } | undefined)?.deadline !== 'function',
  );
  if (missing.length === 0) return;
  const message = `deriveFacts needs the working-day calendar and the clock; missing: ${missing.join(', ')}`;
  throw new SsjError('INVALID_INPUT', message, {
    issues: missing.map((k) => ({
      path: ['env', k],
      message: `Missing ${k}`,
      expected: k === 'clock' ? 'a Clock function' : 'a WorkCalendar',
    })),
  });
}
