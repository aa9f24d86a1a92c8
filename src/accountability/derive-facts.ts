import { defaultCalendar } from '../calendar/index.js';
import {
  type Clock,
  compareDates,
  type IsoDate,
  parseWith,
  systemClock,
  toChinaDate,
} from '../core/index.js';
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

/** What {@link deriveFacts} needs of a calendar: `deadline(from, n).due`, as the calendar has. */
export interface PublicationCalendar {
  /** "Within n working days from `from`" (n个工作日内): the last day allowed. */
  deadline(from: IsoDate, workdays: number): { readonly due: IsoDate };
}

/** Options of {@link deriveFacts}. */
export interface DeriveFactsOptions {
  /** The clock that says "today" for results not yet published (default: the system clock). */
  readonly clock?: Clock;
  /** The publication deadline (default {@link RESULT_PUBLICATION_DEADLINE}). */
  readonly publicationDeadline?: WorkdayRule;
}

function lateness(
  record: AccountabilityTaskRecord,
  calendar: PublicationCalendar,
  options: DeriveFactsOptions,
): FactValue {
  if (record.inspectedOn === undefined) return 'unknown';
  const rule = options.publicationDeadline ?? RESULT_PUBLICATION_DEADLINE;
  const due = calendar.deadline(record.inspectedOn, rule.value).due;
  const seen = record.publishedOn ?? toChinaDate((options.clock ?? systemClock)());
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
 * @param calendar - a working-day calendar (default: the calendar module's `defaultCalendar()`)
 * @param options - the clock for "today" and the publication deadline
 * @returns the four facts a record can show, each `true`, `false` or `'unknown'`
 * @throws {SsjError} `ACCOUNTABILITY_TASK_RECORD_INVALID` for a malformed record (bad date, publication before
 *   the inspection, transfer before the lead was found)
 * @example
 * ```ts
 * const facts = deriveFacts({ inspectedOn: d('2025-01-20'), publishedOn: d('2025-02-24'), crimeLeads: [] },
 *   createWorkCalendar());
 * facts.resultsNotPublishedInTime; // true: due 2025-02-21
 * ```
 */
export function deriveFacts(
  record: AccountabilityTaskRecord,
  calendar: PublicationCalendar = defaultCalendar(),
  options: DeriveFactsOptions = {},
): AccountabilityFacts {
  parseWith(accountabilityTaskRecordSchema, record, 'task record', 'ACCOUNTABILITY_TASK_RECORD_INVALID');
  const r = record;
  const leads = r.crimeLeads;
  const carried = r.assignmentCarriedOut;
  return {
    resultsNotPublishedInTime: lateness(r, calendar, options),
    crimeLeadNotTransferred:
      leads === undefined ? 'unknown' : leads.some((l) => l.transferredOn === undefined),
    inspectionNotAsRequired: carried === undefined ? 'unknown' : !carried,
    nothingFound: r.problemsFound === undefined ? 'unknown' : !r.problemsFound,
  };
}
