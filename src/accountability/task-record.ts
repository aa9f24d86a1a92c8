import * as z from 'zod/mini';
import { compareDates, type IsoDate, isoDateSchema } from '../core/index.js';

/** A lead of a suspected crime found in an inspection (涉嫌犯罪案件线索), and when it was transferred. */
export interface CrimeLead {
  /** When the lead was found (发现日期). */
  readonly foundOn?: IsoDate;
  /** When it was transferred to the judicial organs (移送司法机关日期); absent while not transferred. */
  readonly transferredOn?: IsoDate;
}

/**
 * What {@link deriveFacts} reads about one officer's part in a task (履职记录): the inspection of one target by
 * one department's team. Every field is optional: a missing field leaves its facts unknown. From the workflow's
 * records: `inspectedOn` is the result's `inspectionDate`, `publishedOn` the publication's `publishedOn`,
 * `assignmentCarriedOut` whether a visit to the target by the assigned team's department was recorded,
 * `problemsFound` whether the result has a category other than 未发现问题, and `crimeLeads` the follow-up
 * measures of kind `judicial-transfer` (`openedOn` → `foundOn`, `closedOn` → `transferredOn`).
 */
export interface AccountabilityTaskRecord {
  /** The inspection date (检查日期), from which the publication deadline runs. */
  readonly inspectedOn?: IsoDate;
  /** When the results were published (结果公示日期); absent while unpublished. */
  readonly publishedOn?: IsoDate;
  /** Whether the inspection assigned to the team was carried out (按要求实施检查). */
  readonly assignmentCarriedOut?: boolean;
  /** Whether the inspection found any problem (发现问题). */
  readonly problemsFound?: boolean;
  /** The crime leads found (涉嫌犯罪案件线索); `[]` when none were found. */
  readonly crimeLeads?: readonly CrimeLead[];
}

const notBefore = (a: IsoDate | undefined, b: IsoDate | undefined): boolean =>
  a === undefined || b === undefined || compareDates(a, b) >= 0;

const crimeLeadSchema = z
  .looseObject({ foundOn: z.optional(isoDateSchema), transferredOn: z.optional(isoDateSchema) })
  .check(
    z.refine((l) => notBefore(l.transferredOn, l.foundOn), {
      message: 'A lead cannot be transferred before it was found',
      path: ['transferredOn'],
    }),
  );

/** Zod schema for an {@link AccountabilityTaskRecord}: real dates, publication not before the inspection. */
export const accountabilityTaskRecordSchema = z
  .looseObject({
    inspectedOn: z.optional(isoDateSchema),
    publishedOn: z.optional(isoDateSchema),
    assignmentCarriedOut: z.optional(z.boolean()),
    problemsFound: z.optional(z.boolean()),
    crimeLeads: z.optional(z.array(crimeLeadSchema)),
  })
  .check(
    z.refine((r) => notBefore(r.publishedOn, r.inspectedOn), {
      message: 'Results cannot be published before the inspection date',
      path: ['publishedOn'],
    }),
  );
