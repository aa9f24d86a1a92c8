import * as z from 'zod/mini';
import { instantSchema } from '../core/index.js';
import { expectDenseArray, expectOptions } from '../core/internal.js';
import { type AuditEvent, GENESIS_HASH, hashAuditEvent } from './audit-event.js';

/** What kind of damage a problem shows (留痕校验问题类型). */
export type AuditProblemKind =
  | 'malformed'
  | 'hash-mismatch'
  | 'bad-genesis'
  | 'broken-link'
  | 'seq-gap'
  | 'seq-disorder'
  | 'head-mismatch';

/** One problem found in an audit log, and where: the array index and the event’s own `seq`. */
export interface AuditProblem {
  /** What is wrong. */
  readonly kind: AuditProblemKind;
  /** Index in the array that was checked. */
  readonly index: number;
  /** The `seq` the event carries (or `null` when it has none). */
  readonly seq: number | null;
  /** Plain words: what was found and what was expected. */
  readonly message: string;
}

/** The outcome of {@link verifyAuditLog}. */
export interface AuditVerification {
  /** `true` when no problem was found. */
  readonly valid: boolean;
  /** Every problem, in log order. */
  readonly problems: readonly AuditProblem[];
}

/** A head (最新摘要) recorded elsewhere earlier: the last `seq` and `hash` the log must still end with or pass. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

const eventSchema = z.object({
  seq: z.number().check(z.int(), z.positive()),
  at: instantSchema,
  actor: z.string().check(z.minLength(1)),
  type: z.string().check(z.minLength(1)),
  subject: z.string().check(z.minLength(1)),
  payload: z.unknown(), // JSON-ness is checked by hashing it (canonical JSON rejects anything else)
  prevHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

/**
 * Verifies an audit log (校验全程留痕): every event must match its own hash (catches edits), link to the event
 * before (catches insertions, deletions and reordering), and carry `seq` 1, 2, 3 … in order (says which).
 *
 * A chain alone cannot show that events were cut off its end, or that the whole chain was rewritten and re-hashed;
 * pass a `head` recorded earlier (published, or kept by another party) to catch those too.
 *
 * @param events - the log as read back from storage
 * @param options - `head`: an earlier head the log must contain unchanged
 * @returns `{ valid, problems }`, each problem with its index and seq
 * @example
 * ```ts
 * const { valid, problems } = verifyAuditLog(await store.read());
 * if (!valid) console.log(problems.map((p) => `#${p.index} seq ${p.seq}: ${p.message}`));
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#audit}
 */
export function verifyAuditLog(
  events: readonly unknown[],
  options: { readonly head?: AuditHead } = {},
): AuditVerification {
  expectDenseArray(events, 'audit log');
  expectOptions(options, ['head'], 'verifyAuditLog');
  const problems: AuditProblem[] = [];
  let previous: AuditEvent | undefined;
  events.forEach((raw, index) => {
    const parsed = eventSchema.safeParse(raw);
    if (!parsed.success) {
      const seq = typeof raw === 'object' && raw !== null && 'seq' in raw ? Number(raw.seq) : null;
      problems.push({ kind: 'malformed', index, seq, message: `Event #${index} is not a well-formed event` });
      previous = undefined;
      return;
    }
    const event = raw as AuditEvent; // checked above; hash the event as stored, not a parsed copy
    problems.push(...checkEvent(event, index, previous));
    previous = event;
  });
  if (options.head !== undefined) problems.push(...checkHead(events, options.head));
  return { valid: problems.length === 0, problems };
}

function checkEvent(event: AuditEvent, index: number, previous: AuditEvent | undefined): AuditProblem[] {
  const out: AuditProblem[] = [];
  const at = { index, seq: event.seq };
  if (hashOrNull(event) !== event.hash) {
    out.push({ kind: 'hash-mismatch', ...at, message: `Event #${index} (seq ${event.seq}) was altered` });
  }
  const expectedSeq = previous === undefined ? index + 1 : previous.seq + 1;
  if (event.seq > expectedSeq) {
    out.push({
      kind: 'seq-gap',
      ...at,
      message: `Event #${index} has seq ${event.seq}, expected ${expectedSeq}: events are missing before it`,
    });
  } else if (event.seq < expectedSeq) {
    out.push({
      kind: 'seq-disorder',
      ...at,
      message: `Event #${index} has seq ${event.seq}, expected ${expectedSeq}: events were inserted or reordered`,
    });
  }
  if (index === 0 && event.prevHash !== GENESIS_HASH) {
    out.push({ kind: 'bad-genesis', ...at, message: 'The first event does not start from the genesis hash' });
  }
  if (index > 0 && (previous === undefined || event.prevHash !== previous.hash)) {
    out.push({
      kind: 'broken-link',
      ...at,
      message: `Event #${index} (seq ${event.seq}) does not follow event #${index - 1}: the chain is broken here`,
    });
  }
  return out;
}

function checkHead(events: readonly unknown[], head: AuditHead): AuditProblem[] {
  const found = events[head.seq - 1];
  const ok =
    typeof found === 'object' &&
    found !== null &&
    'hash' in found &&
    'seq' in found &&
    found.hash === head.hash &&
    found.seq === head.seq;
  if (ok) return [];
  const message = `The recorded head (seq ${head.seq}) is not in the log unchanged: events were cut or rewritten`;
  return [{ kind: 'head-mismatch', index: head.seq - 1, seq: head.seq, message }];
}

function hashOrNull(event: AuditEvent): string | null {
  try {
    return hashAuditEvent(event);
  } catch {
    return null; // a payload JSON cannot hold never matches a hash
  }
}
