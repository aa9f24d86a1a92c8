import { canonicalJson } from '../core/index.js';
import { commitmentDigest } from './commitment-digest.js';
import { resolveSizes } from './sizes.js';
import type { DrawCommitment, DrawProblem, DrawRecord } from './types.js';

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** Checks a record's commitment against the record: digest, pool, exclusions and sizes (internal). */
export function checkCommitment(record: DrawRecord, problems: DrawProblem[]): void {
  const c = record.commitment;
  if (c === undefined) return;
  if (commitmentDigest(c) !== c.digest)
    problems.push({ code: 'commitment-digest', message: 'the commitment digest does not match its content' });
  if (c.pool.digest !== record.pool.digest || c.pool.count !== record.pool.count)
    problems.push({ code: 'commitment-mismatch', message: 'the record pool is not the committed pool' });
  if (!same(c.exclusions, record.exclusions))
    problems.push({
      code: 'commitment-mismatch',
      message: 'the record exclusions are not the committed ones',
    });
  for (const [name, size] of Object.entries(c.sizes)) {
    const s = record.strata[name];
    const added = record.extensions.filter((e) => e.stratum === name).reduce((n, e) => n + e.added, 0);
    if (s === undefined || !same(s.requested, size.requested) || s.size !== size.size + added)
      problems.push({
        code: 'commitment-mismatch',
        stratum: name,
        message: `stratum ${JSON.stringify(name)} differs from the committed size`,
      });
  }
}

/**
 * `ssj-draw/2`: the committed counts per stratum and sizes must be what the committed sample gives on the pool
 * (recomputed from the replayed counts), so a commitment cannot state sizes its sample does not give (internal).
 */
export function checkCommittedSizes(c: DrawCommitment, replayed: DrawRecord, problems: DrawProblem[]): void {
  const counts = new Map<string, { pool: number; excluded: number }>();
  const strata: Record<string, number> = {};
  for (const [name, s] of Object.entries(replayed.strata)) {
    counts.set(name, { pool: s.pool, excluded: s.excluded });
    if (s.pool > 0) strata[name] = s.pool;
  }
  if (!same(c.pool.strata, strata))
    problems.push({
      code: 'commitment-mismatch',
      message: 'the committed counts per stratum are not the pool’s',
    });
  if (!same(c.sizes, resolveSizes(c.sample, counts)))
    problems.push({
      code: 'commitment-mismatch',
      message: 'the committed sizes are not what the committed sample gives',
    });
}

/** The digest given as published, from a digest or a commitment file, and whether that file is intact. */
export function publishedDigest(given: string | DrawCommitment): { digest: string; intact: boolean } {
  if (typeof given === 'string') return { digest: given, intact: true };
  return { digest: given.digest, intact: commitmentDigest(given) === given.digest };
}
