import * as z from 'zod/mini';
import { compareDates, type IsoDate, isoDateSchema, SsjError } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { AuditEventInput } from './audit-event.js';
import type { WorkflowContext } from './context.js';
import type { AbnormalListing } from './deadlines.js';
import { toJsonValue } from './json-value.js';

/** The decision to list (列入决定): its number, the day, the authority, and whether it met the listing clock. */
export interface AbnormalListingDecision {
  readonly decisionNo: string;
  readonly decidedOn: IsoDate;
  readonly authority: string;
  readonly actor: string;
  /** Whether the decision came by the listing's due date. */
  readonly onTime: boolean;
}

/** The removal from the list (移出经营异常名录): the day, why, and who; publication ends with it. */
export interface AbnormalListingRemoval {
  readonly removedOn: IsoDate;
  readonly reason: string;
  readonly actor: string;
}

/**
 * A listing on the abnormal-operation list as it stands (经营异常名录记录): the listing that called for it, the
 * decision, and the removal. `publicUntil` is the removal day: once removed, the entry is no longer published
 * (移出后停止公示).
 */
export interface AbnormalListingRecord {
  readonly listing: AbnormalListing;
  readonly decision: AbnormalListingDecision;
  readonly removal?: AbnormalListingRemoval;
  /** Whether the entry is published now (列入后公示, 移出后停止公示). */
  readonly published: boolean;
  readonly publicFrom: IsoDate;
  readonly publicUntil?: IsoDate;
}

const text = z.string().check(z.trim(), z.minLength(1));
const decideSchema = z.object({
  decisionNo: text,
  decidedOn: isoDateSchema,
  authority: text,
  actor: text,
});
const removeSchema = z.object({ removedOn: isoDateSchema, reason: text, actor: text });

/**
 * Records the decision to list an enterprise (作出列入经营异常名录决定) for a listing the results called for, and
 * whether it met the listing's working-day clock.
 *
 * @param listing - a listing from `abnormalListings`
 * @param input - decision number, day (`YYYY-MM-DD`), authority, actor
 * @param ctx - the clock for the audit event
 * @returns the record (published from the decision day) and an `abnormal-list.decide` event
 * @throws {SsjError} `INVALID_INPUT` / `INVALID_DATE` for a bad input
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when the decision is dated before the ground was found
 * @example
 * ```ts
 * decideAbnormalListing(listing, { decisionNo: '达市监异列〔2025〕3号', decidedOn: '2025-05-20',
 *   authority: '达拉特旗市场监督管理局', actor: 'samr' }, ctx).record.decision.onTime;
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#listing}
 */
export function decideAbnormalListing(
  listing: AbnormalListing,
  input: z.input<typeof decideSchema>,
  ctx: Pick<WorkflowContext, 'clock'>,
): { readonly record: AbnormalListingRecord; readonly event: AuditEventInput } {
  const data = parseWith(decideSchema, input, 'abnormal-list decision');
  if (compareDates(data.decidedOn, listing.foundOn) < 0) {
    const message = `The decision of ${data.decidedOn} comes before the ground was found on ${listing.foundOn}`;
    throw new SsjError('WORKFLOW_PRECONDITION_FAILED', message, {
      issues: [{ path: ['decidedOn'], message, expected: `a date on or after ${listing.foundOn}` }],
    });
  }
  const decision = { ...data, onTime: compareDates(data.decidedOn, listing.dueOn) <= 0 };
  const record = { listing, decision, published: true, publicFrom: data.decidedOn };
  return { record, event: event(ctx, data.actor, 'abnormal-list.decide', listing, { decision }) };
}

/**
 * Removes an enterprise from the abnormal-operation list (移出经营异常名录): the removal is recorded and the entry is
 * no longer published from that day (停止公示).
 *
 * @param record - a record with a decision and no removal
 * @param input - the removal day, the reason (e.g. 已补报年度报告), the actor
 * @param ctx - the clock for the audit event
 * @returns the closed record and an `abnormal-list.remove` event
 * @throws {SsjError} `INVALID_INPUT` / `INVALID_DATE` for a bad input
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when it was removed already or the day is before the decision
 * @example
 * ```ts
 * removeFromAbnormalList(record, { removedOn: '2025-08-01', reason: '依法办理住所变更登记', actor: 'samr' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#listing}
 */
export function removeFromAbnormalList(
  record: AbnormalListingRecord,
  input: z.input<typeof removeSchema>,
  ctx: Pick<WorkflowContext, 'clock'>,
): { readonly record: AbnormalListingRecord; readonly event: AuditEventInput } {
  const data = parseWith(removeSchema, input, 'abnormal-list removal');
  const problem =
    record.removal !== undefined
      ? `it was removed on ${record.removal.removedOn}`
      : compareDates(data.removedOn, record.decision.decidedOn) < 0
        ? `${data.removedOn} is before the decision of ${record.decision.decidedOn}`
        : undefined;
  if (problem !== undefined) {
    const message = `Cannot remove ${record.listing.targetId} from the abnormal-operation list: ${problem}`;
    throw new SsjError('WORKFLOW_PRECONDITION_FAILED', message, {
      issues: [{ path: ['removedOn'], message }],
    });
  }
  const closed = { ...record, removal: data, published: false, publicUntil: data.removedOn };
  return {
    record: closed,
    event: event(ctx, data.actor, 'abnormal-list.remove', record.listing, { removal: data }),
  };
}

function event(
  ctx: Pick<WorkflowContext, 'clock'>,
  actor: string,
  type: string,
  listing: AbnormalListing,
  payload: unknown,
): AuditEventInput {
  return {
    at: ctx.clock(),
    actor,
    type,
    subject: listing.targetId,
    payload: toJsonValue({ taskId: listing.taskId, ground: listing.ground, ...(payload as object) }),
  };
}
