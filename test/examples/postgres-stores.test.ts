import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createPostgresAuditStore,
  createPostgresTaskStore,
  main,
  STORES_DDL,
} from '../../examples/postgres-stores.js';
import { isSsjError, parseInstant } from '../../src/core/index.js';
import { verifyAuditLog } from '../../src/workflow/index.js';
import { storeContract } from '../workflow/store-contract.js';

/**
 * The PostgreSQL stores against a real server: `.ci/run` starts one with `scripts/postgres.sh` (on a local
 * socket); elsewhere set SSJ_PG_HOST / SSJ_PG_PORT, or the tests are skipped with the reason. Each test gets an
 * empty schema of its own, named after this process so that two test runs against one server keep apart.
 */
const host = process.env.SSJ_PG_HOST ?? '/tmp/ssj-pg';
const port = Number(process.env.SSJ_PG_PORT ?? '55432');
const SCHEMA = `ssj_store_contract_${process.pid}`;
const pool = new pg.Pool({ host, port, user: 'postgres', options: `-c search_path=${SCHEMA}`, max: 8 });
pool.on('error', () => {});

async function unavailable(): Promise<string | undefined> {
  try {
    await pool.query('select 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL is not reachable at ${host}:${port} (${(error as Error).message}); run scripts/postgres.sh start`;
  }
}

const reason = await unavailable();
if (reason !== undefined) console.warn(`skipping the PostgreSQL store tests: ${reason}`);

async function emptySchema(): Promise<void> {
  await pool.query(`drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA};`);
  await pool.query(STORES_DDL);
}

afterAll(async () => {
  if (reason === undefined) await pool.query(`drop schema if exists ${SCHEMA} cascade`);
  await pool.end();
});

describe.skipIf(reason !== undefined)('the PostgreSQL stores', () => {
  storeContract('PostgreSQL', async () => {
    await emptySchema();
    return { audit: createPostgresAuditStore(pool), tasks: createPostgresTaskStore(pool) };
  });

  describe('what only a database adds', () => {
    beforeEach(emptySchema);
    const at = parseInstant('2025-04-28T09:30:00+08:00');
    const append = (audit: ReturnType<typeof createPostgresAuditStore>, n: number) =>
      audit.append({ at, actor: 'samr', type: 'test.step', subject: 'task_1', payload: { n } });
    const refusal = (sql: string) =>
      pool.query(sql).then(
        () => 'done',
        (e: Error) => e.message,
      );
    const behindItsBack = (sql: string) =>
      pool.query(
        `alter table ssj_audit_event disable trigger user; ${sql}; alter table ssj_audit_event enable trigger user;`,
      );

    it('runs its example: two events, verified against the stored head', async () => {
      expect(await main(pool)).toEqual(['2 events, head seq 2', 'verifyAuditLog: true']);
    });

    it('refuses to change or delete a stored event', async () => {
      const audit = createPostgresAuditStore(pool);
      await append(audit, 1);
      expect(await refusal("update ssj_audit_event set actor = 'x'")).toBe(
        'ssj_audit_event is append-only: UPDATE refused',
      );
      expect(await refusal('delete from ssj_audit_event')).toBe(
        'ssj_audit_event is append-only: DELETE refused',
      );
      expect(await refusal('truncate ssj_audit_event')).toBe(
        'ssj_audit_event is append-only: TRUNCATE refused',
      );
      expect((await audit.read()).length).toBe(1);
    });

    it('stores the head and refuses to append after events were cut off the end', async () => {
      const audit = createPostgresAuditStore(pool);
      for (const n of [1, 2, 3]) await append(audit, n);
      const head = await audit.head();
      expect(head).toEqual({ seq: 3, hash: (await audit.read())[2]?.hash });
      await behindItsBack('delete from ssj_audit_event where seq = 3');
      const error = await append(audit, 4).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isSsjError(error, 'WORKFLOW_AUDIT_BROKEN')).toBe(true);
      expect(String(error)).toMatch(/last stored event \(seq 2\) is not the stored head \(seq 3\)/);
      const cut = verifyAuditLog(await audit.read(), { head });
      expect(cut.problems.map((p) => p.kind)).toEqual(['head-mismatch']);
    });

    it('refuses to append after the last event was edited, and the log shows which', async () => {
      const audit = createPostgresAuditStore(pool);
      for (const n of [1, 2]) await append(audit, n);
      await behindItsBack(`update ssj_audit_event set payload = '{"n":20}' where seq = 2`);
      const error = await append(audit, 3).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isSsjError(error, 'WORKFLOW_AUDIT_BROKEN')).toBe(true);
      const log = verifyAuditLog(await audit.read());
      expect(log.problems.map((p) => [p.kind, p.seq])).toEqual([['hash-mismatch', 2]]);
    });
  });
});
