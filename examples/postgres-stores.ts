/**
 * The audit and task ports (存储端口) on PostgreSQL, with `pg` and the tables of `sql/postgres-stores.sql`: an
 * adapter to copy. The audit table is append-only and its head is stored and checked on every append; a task is
 * written only over the revision it follows, so no concurrent write is lost.
 *
 * Run (with a server, e.g. `bash scripts/postgres.sh start`): `SSJ_PG_HOST=/tmp/ssj-pg npx tsx examples/postgres-stores.ts`
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { parseInstant, SsjError } from '../src/core/index.js';
import {
  type AuditEvent,
  type AuditHead,
  type AuditStore,
  chainAuditEvent,
  GENESIS_HASH,
  type InspectionTask,
  type TaskStore,
  verifyAuditLog,
} from '../src/workflow/index.js';

/** The DDL of the two stores. */
export const STORES_DDL = readFileSync(new URL('../sql/postgres-stores.sql', import.meta.url), 'utf8');

/** An audit store that can also say its stored head, to publish or to verify against. */
export interface PostgresAuditStore extends AuditStore {
  /** The stored head: the seq and hash of the last event (seq 0 and the genesis hash when empty). */
  readonly head: () => Promise<AuditHead>;
}

interface EventRow {
  seq: string;
  at: string;
  actor: string;
  type: string;
  subject: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

const toEvent = (r: EventRow): AuditEvent => ({
  seq: Number(r.seq),
  at: parseInstant(r.at),
  actor: r.actor,
  type: r.type,
  subject: r.subject,
  payload: JSON.parse(r.payload),
  prevHash: r.prev_hash,
  hash: r.hash,
});

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The audit store: `append` locks the head row (so appends queue up), checks that the last stored event is the
 * head, chains the new event after it, and stores both in one transaction.
 *
 * @throws {SsjError} `WORKFLOW_AUDIT_BROKEN` from `append` when the last event is not the stored head, or was altered
 */
export function createPostgresAuditStore(pool: pg.Pool): PostgresAuditStore {
  return {
    append: (input) =>
      inTransaction(pool, async (client) => {
        const head = (await client.query('select seq, hash from ssj_audit_head for update')).rows[0];
        const row = (await client.query('select * from ssj_audit_event order by seq desc limit 1')).rows[0];
        const last = row === undefined ? undefined : toEvent(row as EventRow);
        const seq = Number(head?.seq ?? -1);
        if ((last?.seq ?? 0) !== seq || (last?.hash ?? GENESIS_HASH) !== head?.hash) {
          const message = `The last stored event (seq ${last?.seq ?? 0}) is not the stored head (seq ${seq}): the trail was cut or rewritten`;
          throw new SsjError('WORKFLOW_AUDIT_BROKEN', message);
        }
        const event = chainAuditEvent(last, input);
        await client.query(
          'insert into ssj_audit_event (seq, at, actor, type, subject, payload, prev_hash, hash) values ($1, $2, $3, $4, $5, $6, $7, $8)',
          [
            event.seq,
            event.at,
            event.actor,
            event.type,
            event.subject,
            JSON.stringify(event.payload),
            event.prevHash,
            event.hash,
          ],
        );
        await client.query('update ssj_audit_head set seq = $1, hash = $2', [event.seq, event.hash]);
        return event;
      }),
    read: async () => (await pool.query('select * from ssj_audit_event order by seq')).rows.map(toEvent),
    head: async () => {
      const row = (await pool.query('select seq, hash from ssj_audit_head')).rows[0];
      return { seq: Number(row?.seq ?? 0), hash: String(row?.hash ?? GENESIS_HASH) };
    },
  };
}

function stale(task: InspectionTask, stored: number | undefined): SsjError {
  const expected = (stored ?? 0) + 1;
  const message = `Task ${task.id} has revision ${task.revision}, expected ${expected}: it was changed meanwhile`;
  return new SsjError('WORKFLOW_STALE_TASK', message, {
    issues: [{ path: ['revision'], message, expected: String(expected) }],
  });
}

/**
 * The task store: a new task (revision 1) is inserted only if its id is free; a later revision replaces the row
 * only where the stored revision is the one before it (an optimistic lock), so of two writers of one revision
 * exactly one wins and the other is told.
 *
 * @throws {SsjError} `WORKFLOW_STALE_TASK` from `put` when the revision does not follow the stored one
 */
export function createPostgresTaskStore(pool: pg.Pool): TaskStore {
  const storedRevision = async (id: string) => {
    const row = (await pool.query('select revision from ssj_task where id = $1', [id])).rows[0];
    return row === undefined ? undefined : Number(row.revision);
  };
  return {
    get: async (id) => (await pool.query('select task from ssj_task where id = $1', [id])).rows[0]?.task,
    put: async (task) => {
      const body = JSON.stringify(task);
      const written =
        task.revision === 1
          ? await pool.query(
              'insert into ssj_task (id, revision, task) values ($1, 1, $2::jsonb) on conflict (id) do nothing',
              [task.id, body],
            )
          : await pool.query(
              'update ssj_task set revision = $2, task = $3::jsonb where id = $1 and revision = $2 - 1',
              [task.id, task.revision, body],
            );
      if (written.rowCount !== 1) throw stale(task, await storedRevision(task.id));
    },
    list: async () => (await pool.query('select task from ssj_task order by id')).rows.map((r) => r.task),
  };
}

/** Creates the tables (if missing) and appends two events, then verifies the trail against its stored head. */
export async function main(pool: pg.Pool): Promise<string[]> {
  await pool.query(STORES_DDL);
  const audit = createPostgresAuditStore(pool);
  const at = parseInstant('2025-04-28T09:30:00+08:00');
  await audit.append({
    at,
    actor: 'samr',
    type: 'example.started',
    subject: 'example',
    payload: { step: 1 },
  });
  await audit.append({ at, actor: 'samr', type: 'example.done', subject: 'example', payload: { step: 2 } });
  const head = await audit.head();
  const events = await audit.read();
  return [
    `${events.length} events, head seq ${head.seq}`,
    `verifyAuditLog: ${verifyAuditLog(events, { head }).valid}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pool = new pg.Pool({
    host: process.env.SSJ_PG_HOST ?? '/tmp/ssj-pg',
    port: Number(process.env.SSJ_PG_PORT ?? 55432),
    user: 'postgres',
  });
  for (const line of await main(pool)) console.log(line);
  await pool.end();
}
