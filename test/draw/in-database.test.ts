import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  drawShard,
  drawTargets,
  type Exclusion,
  mergeShards,
  type PoolEntry,
  type ShardResult,
  verifyDraw,
} from '../../src/draw/index.js';

/**
 * The in-database draw against a real PostgreSQL server: `.ci/run` starts one with `scripts/postgres.sh` (on a
 * local socket); elsewhere set SSJ_PG_HOST / SSJ_PG_PORT, or the test is skipped with the reason. The tables live in
 * a schema of this process's own, so two test runs against one server do not drop each other's tables.
 */
const host = process.env.SSJ_PG_HOST ?? '/tmp/ssj-pg';
const port = process.env.SSJ_PG_PORT ?? '55432';
const SCHEMA = `ssj_draw_${process.pid}`;

function psql(sql: string): string {
  return execFileSync(
    'psql',
    ['-h', host, '-p', port, '-U', 'postgres', '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1'],
    {
      input: sql,
      encoding: 'utf8',
      env: { ...process.env, PGOPTIONS: `-c search_path=${SCHEMA}` },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
}

function unavailable(): string | undefined {
  try {
    psql('select 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL is not reachable at ${host}:${port} (${(error as Error).message.split('\n')[0]}); run scripts/postgres.sh start`;
  }
}

const reason = unavailable();
if (reason !== undefined) console.warn(`skipping the in-database draw test: ${reason}`);
else {
  psql(`create schema if not exists ${SCHEMA};`);
  afterAll(() => {
    psql(`drop schema if exists ${SCHEMA} cascade;`);
  });
}

const seed = 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00';
const pool: PoolEntry[] = Array.from({ length: 6000 }, (_, i) => ({
  id: i % 7 === 0 ? `91150621MA${String(i).padStart(7, '0')}X` : `T-${i}`,
  stratum: ['A', 'B', 'C', 'D'][i % 4] as string,
}));
const exclude: Exclusion[] = [
  { id: 'T-1', reason: 'inspected on 2026-03-02', code: 'exclusion-window' },
  { id: 'T-2', reason: '注销', code: 'not-operating' },
];
const sample = { strata: { A: { ratio: 0.03 }, B: { ratio: 0.05 }, C: { count: 40 }, D: { count: 60 } } };

describe.skipIf(reason !== undefined)('drawing inside PostgreSQL', () => {
  it('gives the same record as the in-memory draw, and the library verifies it', () => {
    const copyRows = pool.map((e) => `${e.id}\t${e.stratum ?? ''}`).join('\n');
    psql(`drop table if exists ssj_pool, ssj_excluded;
create table ssj_pool (id text primary key, stratum text not null default '');
create table ssj_excluded (id text primary key);
${readFileSync(join(import.meta.dirname, '../../sql/postgres-draw.sql'), 'utf8')}
copy ssj_pool from stdin;
${copyRows}
\\.
insert into ssj_excluded values ${exclude.map((x) => `('${x.id}')`).join(', ')};`);

    const fromSql = JSON.parse(psql(`select ssj_shard('${seed}', 100)::text`)) as Omit<
      ShardResult,
      'algorithm' | 'seed' | 'exclusionsDigest'
    >;
    // 6,000 ids cut about six chunks: the head, whole chunks and the tail all come from SQL.
    expect(fromSql.head).not.toBeNull();
    expect(fromSql.chunks.length).toBeGreaterThan(0);
    // The digest of the exclusions is the library's to compute: the host passes the same list to both.
    const { exclusionsDigest } = drawShard({ pool: [], seed, exclude, keep: 0 });
    const shard: ShardResult = { ...fromSql, algorithm: 'ssj-draw/1', seed, exclusionsDigest };

    const fromDatabase = mergeShards({ shards: [shard], sample, seed, exclude });
    const inMemory = drawTargets({ pool, sample, seed, exclude });
    expect(fromDatabase).toEqual(inMemory);
    expect(verifyDraw(fromDatabase, pool, { allowDirect: true })).toMatchObject({
      valid: true,
      problems: [],
    });
    expect(fromDatabase.selected.length).toBe(Math.ceil(1500 * 0.03) + Math.ceil(1500 * 0.05) + 40 + 60);
  });

  it('computes the same key for an entry as the library', () => {
    const row = psql(
      `select encode(sha256(ssj_prefix('B', '${seed}') || convert_to('T-5', 'UTF8')), 'hex')`,
    ).trim();
    const record = drawTargets({ pool: [{ id: 'T-5', stratum: 'B' }], sample: { count: 1 }, seed });
    expect(row).toBe(record.selected[0]?.key);
  });
});
