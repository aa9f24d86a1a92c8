import * as z from 'zod/mini';
import { canonicalDigest, type IsoInstant, instantSchema, isSsjError, SsjError } from '../core/index.js';
import { expectDenseArray, expectRecord, parseWith } from '../core/internal.js';
import type { JsonValue } from './json-value.js';

/**
 * The `prevHash` of the first event of a log (创世哈希): 64 zeros.
 *
 * @example
 * ```ts
 * log[0].prevHash === GENESIS_HASH; // true
 * ```
 */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * What a step reports (留痕事项) before it is chained: when, who, what kind, about what, and the details.
 */
export interface AuditEventInput {
  /** When it happened. */
  readonly at: IsoInstant;
  /** Who did it (an officer id, a department, `system`). */
  readonly actor: string;
  /** What happened, e.g. `task.committed`. */
  readonly type: string;
  /** What it is about, e.g. the task id. */
  readonly subject: string;
  /** The details, as plain JSON. */
  readonly payload: JsonValue;
}

/**
 * One event of the tamper-evident audit trail (全程留痕): the input plus its place in the chain.
 * `hash = sha256(canonicalJson(event without hash))`, and `prevHash` is the hash of the event before.
 */
export interface AuditEvent extends AuditEventInput {
  /** Position in the log, from 1. */
  readonly seq: number;
  /** The hash of the previous event, or {@link GENESIS_HASH} for the first. */
  readonly prevHash: string;
  /** SHA-256 (hex) of the canonical JSON of this event without `hash`. */
  readonly hash: string;
}

/**
 * Zod schema for an {@link AuditEventInput}.
 *
 * @example
 * ```ts
 * auditEventInputSchema.safeParse({ at: '2025-05-12T09:00:00+08:00', actor: 'samr', type: 't', subject: 's', payload: {} }).success; // true
 * ```
 */
export const auditEventInputSchema = z.object({
  at: instantSchema,
  actor: z.string().check(z.minLength(1)),
  type: z.string().check(z.minLength(1)),
  subject: z.string().check(z.minLength(1)),
  payload: z.unknown().check(z.refine((v) => v !== undefined, { message: 'Expected a JSON payload' })),
});

/**
 * The hash of an event (事件哈希): SHA-256 of the canonical JSON (RFC 8785) of every field but `hash`.
 *
 * @param event - the event, with or without its `hash`
 * @returns 64 lowercase hex characters
 * @example
 * ```ts
 * hashAuditEvent(log[0]) === log[0].hash; // true for an untouched event
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#audit}
 */
export function hashAuditEvent(event: Omit<AuditEvent, 'hash'> & { readonly hash?: string }): string {
  expectRecord(event, 'audit event');
  const { hash: _omit, ...rest } = event;
  return canonicalDigest(rest);
}

/**
 * Appends one event to an audit log (追加留痕) and returns the new log; the input log is not changed. The new event
 * gets the next `seq` and the hash of the last event as `prevHash`.
 *
 * @param log - the log so far (may be empty)
 * @param input - the event to append
 * @returns a new array: the old events and the chained new one at the end
 * @throws {SsjError} `INVALID_INPUT` when the input is not a valid event (bad instant, empty actor, non-JSON payload)
 * @throws {SsjError} `WORKFLOW_AUDIT_BROKEN` when the last event of `log` does not match its own hash
 * @example
 * ```ts
 * const log = appendAudit([], { at, actor: 'officer-1', type: 'task.created', subject: 'task_1', payload: {} });
 * log[0].prevHash === GENESIS_HASH; // true
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#audit}
 */
export function appendAudit(log: readonly AuditEvent[], input: AuditEventInput): readonly AuditEvent[] {
  expectDenseArray(log, 'audit log');
  return [...log, chainAuditEvent(log.at(-1), input)];
}

/**
 * Chains one event after `last` (the last event of a log, or `undefined` for an empty log): the building block of
 * {@link appendAudit} and of audit stores.
 *
 * @param last - the last event so far, if any
 * @param input - the event to chain
 * @returns the chained event
 * @throws {SsjError} `INVALID_INPUT` for an invalid input; `WORKFLOW_AUDIT_BROKEN` when `last` was altered
 * @example
 * ```ts
 * const event = chainAuditEvent(undefined, input); // seq 1, prevHash GENESIS_HASH
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#audit}
 */
export function chainAuditEvent(last: AuditEvent | undefined, input: AuditEventInput): AuditEvent {
  const data = parseWith(auditEventInputSchema, input, 'audit event');
  if (last !== undefined && hashAuditEvent(last) !== last.hash) {
    throw new SsjError(
      'WORKFLOW_AUDIT_BROKEN',
      `The last audit event (seq ${last.seq}) does not match its hash; verify the log before appending`,
      { issues: [{ path: ['log', last.seq - 1], message: 'hash mismatch', expected: last.hash }] },
    );
  }
  const body = {
    seq: last === undefined ? 1 : last.seq + 1,
    at: data.at,
    actor: data.actor,
    type: data.type,
    subject: data.subject,
    payload: data.payload as JsonValue,
    prevHash: last === undefined ? GENESIS_HASH : last.hash,
  };
  return { ...body, hash: hashPayloadChecked(body) };
}

/** Hashes a new event; a payload that JSON cannot hold is bad input (the payload is checked by hashing it once). */
function hashPayloadChecked(body: Omit<AuditEvent, 'hash'>): string {
  try {
    return hashAuditEvent(body);
  } catch (error) {
    if (!isSsjError(error, 'CANONICAL_JSON_UNSUPPORTED')) throw error;
    const issues = error.issues.map((i) => ({ ...i, path: ['payload', ...i.path] }));
    throw new SsjError(
      'INVALID_INPUT',
      `Invalid audit event: the payload is not JSON data (${error.message})`,
      {
        issues,
        cause: error,
      },
    );
  }
}
