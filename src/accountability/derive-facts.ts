import type { WorkCalendar } from '../calendar/index.js';
import { type Clock, compareDates, type IsoDate, SsjError, toChinaDate } from '../core/index.js';
import { expectOptions, parseWith } from '../core/internal.js';
import { type SourcedRule, WORKFLOW_RULES } from '../workflow/index.js';
import type { AccountabilityFacts } from './facts.js';
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

/**
 * The publication deadline a lateness fact rests on (公示时限依据): when the inspection was, the day results were due,
 * the day they were seen published (or "today" while unpublished), the rule's source, and whether the due day was
 * counted from a provisional calendar year (`provisional`: no official holiday schedule yet, so the day may move
 * when the State Council notice is published).
 */
export interface PublicationDeadlineBasis {
  /** The inspection date counted from (检查日期). */
  readonly inspectedOn: IsoDate;
  /** The last working day for publication (公示截止日). */
  readonly due: IsoDate;
  /** The publication date, or today as of the clock while unpublished. */
  readonly seen: IsoDate;
  /** True when the count ran through a year without an official schedule (暂定). */
  readonly provisional: boolean;
  /** Where the rule comes from (出处). */
  readonly source: string;
}

/** What {@link deriveFactsWithBasis} gives: the facts, and the deadline the lateness fact rests on when there is one. */
export interface DerivedFacts {
  /** The four facts a record can show. */
  readonly facts: AccountabilityFacts;
  /** The publication deadline read; absent when the record has no inspection date (the fact is `'unknown'`). */
  readonly publicationDeadline?: PublicationDeadlineBasis;
}

function publicationBasis(
  record: AccountabilityTaskRecord,
  env: FactsEnvironment,
  options: DeriveFactsOptions,
): PublicationDeadlineBasis | undefined {
  if (record.inspectedOn === undefined) return undefined;
  const rule = options.publicationDeadline ?? RESULT_PUBLICATION_DEADLINE;
  const { due, provisional } = env.calendar.deadline(record.inspectedOn, rule.value);
  const seen = record.publishedOn ?? toChinaDate(env.clock());
  return { inspectedOn: record.inspectedOn, due, seen, provisional, source: rule.source };
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
  return deriveFactsWithBasis(record, env, options).facts;
}

/**
 * Derives the facts as {@link deriveFacts} does and says what the lateness fact rests on (事实及认定依据): the
 * publication deadline with its source and its `provisional` flag. A deadline counted into a year whose holiday
 * schedule is not yet official may move, so a "published late" read from it is provisional too; a host shows that
 * beside the assessment, or passes the year's schedule to the calendar.
 *
 * @param record - the officer's part of the task
 * @param env - the working-day calendar and the clock (a workflow context fits)
 * @param options - the publication deadline
 * @returns the facts and, when the record has an inspection date, the deadline read
 * @throws {SsjError} `ACCOUNTABILITY_TASK_RECORD_INVALID` for a malformed record
 * @throws {SsjError} `INVALID_INPUT` when `env` lacks a calendar or a clock, or `options` names a key other than
 *   `publicationDeadline`
 * @example
 * ```ts
 * const { facts, publicationDeadline } = deriveFactsWithBasis({ inspectedOn: d('2026-12-21'), crimeLeads: [] },
 *   { calendar: createWorkCalendar(), clock: fixedClock('2027-01-25T09:00:00+08:00') });
 * facts.resultsNotPublishedInTime; // true
 * publicationDeadline?.provisional; // true: 2027 has no official schedule yet
 * ```
 *
 * @example
 * Run in `examples/accountability.ts`:
 *
 * {@includeCode ../../examples/accountability.ts#basis}
 */
export function deriveFactsWithBasis(
  record: AccountabilityTaskRecord,
  env: FactsEnvironment,
  options: DeriveFactsOptions = {},
): DerivedFacts {
  parseWith(accountabilityTaskRecordSchema, record, 'task record', 'ACCOUNTABILITY_TASK_RECORD_INVALID');
  checkEnvironment(env);
  expectOptions(options, ['publicationDeadline'], 'deriveFacts');
  const r = record;
  const leads = r.crimeLeads;
  const carried = r.assignmentCarriedOut;
  const basis = publicationBasis(r, env, options);
  const facts: AccountabilityFacts = {
    resultsNotPublishedInTime: basis === undefined ? 'unknown' : compareDates(basis.seen, basis.due) > 0,
    crimeLeadNotTransferred:
      leads === undefined ? 'unknown' : leads.some((l) => l.transferredOn === undefined),
    inspectionNotAsRequired: carried === undefined ? 'unknown' : !carried,
    nothingFound: r.problemsFound === undefined ? 'unknown' : !r.problemsFound,
  };
  return basis === undefined ? { facts } : { facts, publicationDeadline: basis };
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
