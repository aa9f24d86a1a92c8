/**
 * What the in-database snippet takes from the host: the seed of the draw, the exclusions and sample it commits to,
 * and the row `SELECT ssj_shard($seed, $keep)` returns. The row is built here with the library's `drawShard` on
 * the same pool; test/draw/in-database.test.ts shows that PostgreSQL returns exactly this.
 */
import { drawShard, type Exclusion, type PoolEntry } from '../../../src/draw/index.js';

export const seed = 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00';
export const exclude: Exclusion[] = [
  { id: 'T-1', reason: 'inspected on 2026-03-02', code: 'exclusion-window' },
];
export const sample = { strata: { A: { ratio: 0.05 }, B: { count: 10 } } };

const pool: PoolEntry[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `T-${i}`,
  stratum: i % 2 === 0 ? 'A' : 'B',
}));
const {
  algorithm: _a,
  seed: _s,
  exclusionsDigest: _e,
  ...fromSql
} = drawShard({ pool, seed, exclude, keep: 200 });

/** The row as a PostgreSQL client returns it: the shard as JSON text. */
export const row = { ssj_shard: JSON.stringify(fromSql) };
