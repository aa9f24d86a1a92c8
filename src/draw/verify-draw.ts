import { canonicalDigest, canonicalJson, isSsjError } from '../core/index.js';
import { groupPool } from './canonical-pool.js';
import { commitmentDigest } from './commit-draw.js';
import { replacementRequests, runDraw, sampleOfRecord } from './draw-core.js';
import { normalizeExclusions } from './exclusions.js';
import { deriveSeed } from './seed.js';
import type { DrawProblem, DrawRecord, DrawVerification, PoolEntry } from './types.js';

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

function checkCommitment(record: DrawRecord, problems: DrawProblem[]): void {
  const c = record.commitment;
  if (c === undefined) return;
  if (commitmentDigest(c) !== c.digest)
    problems.push({ code: 'commitment-digest', message: 'the commitment digest does not match its content' });
  if (record.randomness === undefined || deriveSeed(c.digest, record.randomness) !== record.seed)
    problems.push({
      code: 'seed',
      message: 'the seed is not derived from the commitment and the randomness',
    });
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

function compareSelections(record: DrawRecord, expected: DrawRecord, problems: DrawProblem[]): void {
  const want = new Map(expected.selected.map((t) => [t.id, t]));
  const got = new Map(record.selected.map((t) => [t.id, t]));
  const excluded = new Set(expected.exclusions.map((e) => e.id));
  for (const t of record.selected) {
    const w = want.get(t.id);
    if (w === undefined) {
      const code = excluded.has(t.id) ? 'excluded-selected' : 'extra-selection';
      problems.push({ code, id: t.id, stratum: t.stratum, message: `${t.id} should not be selected` });
      continue;
    }
    if (w.key !== t.key)
      problems.push({
        code: 'wrong-key',
        id: t.id,
        stratum: t.stratum,
        message: `${t.id} has the wrong key`,
      });
    if (w.rank !== t.rank || w.stratum !== t.stratum)
      problems.push({
        code: 'wrong-rank',
        id: t.id,
        stratum: t.stratum,
        message: `${t.id} has rank ${t.rank}, expected ${w.rank}`,
      });
  }
  for (const t of expected.selected)
    if (!got.has(t.id))
      problems.push({
        code: 'missing-selection',
        id: t.id,
        stratum: t.stratum,
        message: `${t.id} should be selected`,
      });
  const order = (r: DrawRecord) => r.selected.map((t) => t.id).filter((id) => want.has(id) && got.has(id));
  if (!same(order(record), order(expected)))
    problems.push({ code: 'wrong-order', message: 'the selection is not in stratum and key order' });
}

function compareRest(record: DrawRecord, expected: DrawRecord, problems: DrawProblem[]): void {
  if (record.pool.digest !== expected.pool.digest)
    problems.push({
      code: 'pool-digest',
      message: `the pool digest is ${expected.pool.digest}, not ${record.pool.digest}`,
    });
  if (record.pool.count !== expected.pool.count)
    problems.push({
      code: 'pool-count',
      message: `the pool has ${expected.pool.count} entries, not ${record.pool.count}`,
    });
  for (const name of new Set([...Object.keys(record.strata), ...Object.keys(expected.strata)])) {
    const a = record.strata[name];
    const b = expected.strata[name];
    if (a?.nextKey !== b?.nextKey)
      problems.push({
        code: 'next-key',
        stratum: name,
        message: `the next key of stratum ${JSON.stringify(name)} is wrong`,
      });
    if (a === undefined || b === undefined || !same({ ...a, nextKey: null }, { ...b, nextKey: null }))
      problems.push({
        code: 'stratum-counts',
        stratum: name,
        message: `the counts of stratum ${JSON.stringify(name)} are wrong`,
      });
  }
  if (!same(record.replacements, expected.replacements))
    problems.push({ code: 'replacement', message: 'the replacements do not follow the key order' });
  if (!same(record.exclusions, expected.exclusions))
    problems.push({ code: 'exclusions', message: 'the exclusions are not in canonical form' });
}

/**
 * Verifies a draw record against the pool (核验抽取结果): re-runs the draw from the pool, the seed, the sizes,
 * the exclusions, the extensions and the replacements, and checks the record digest, the commitment and the
 * seed derivation (ceremony form). Every difference is named.
 *
 * @param record - the published record
 * @param pool - the pool (any order)
 * @returns `{ valid, problems }`; `valid` is `true` when there are no problems
 * @throws {SsjError} `DRAW_INVALID_REQUEST` / `DRAW_DUPLICATE_IDS` when the pool itself is malformed
 * @example
 * ```ts
 * const { valid, problems } = verifyDraw(record, pool);
 * if (!valid) console.log(problems.map((p) => p.code));
 * ```
 *
 * @example
 * The whole flow, from `examples/draw-ceremony.ts`:
 *
 * {@includeCode ../../examples/draw-ceremony.ts#verify}
 */
export function verifyDraw(record: DrawRecord, pool: readonly PoolEntry[]): DrawVerification {
  const grouped = groupPool(pool);
  const problems: DrawProblem[] = [];
  try {
    const { digest, ...body } = record;
    if (canonicalDigest(body) !== digest)
      problems.push({ code: 'record-digest', message: 'the record digest does not match its content' });
    if (
      record.algorithm !== 'ssj-draw/1' ||
      (record.commitment?.algorithm !== undefined && record.commitment.algorithm !== 'ssj-draw/1')
    )
      problems.push({
        code: 'malformed',
        message: `unknown algorithm ${JSON.stringify(record.algorithm)}, expected ssj-draw/1`,
      });
    checkCommitment(record, problems);
    const { list, ids } = normalizeExclusions(record.exclusions);
    const { record: expected, problems: replay } = runDraw({
      pool: grouped,
      seed: record.seed,
      sample: sampleOfRecord(record),
      exclusions: list,
      excludedIds: ids,
      replacements: replacementRequests(record),
      extensions: record.extensions,
      commitment: record.commitment,
      randomness: record.randomness,
    });
    for (const message of replay) problems.push({ code: 'replacement', message });
    compareRest(record, expected, problems);
    compareSelections(record, expected, problems);
  } catch (error) {
    const message = isSsjError(error) || error instanceof Error ? error.message : String(error);
    problems.push({ code: 'malformed', message: `the record cannot be checked: ${message}` });
  }
  return { valid: problems.length === 0, problems };
}
