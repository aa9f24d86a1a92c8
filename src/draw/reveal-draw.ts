import { SsjError } from '../core/index.js';
import { groupPool } from './canonical-pool.js';
import { commitmentDigest } from './commit-draw.js';
import { runDraw } from './draw-core.js';
import { normalizeExclusions } from './exclusions.js';
import { deriveSeed } from './seed.js';
import type { DrawCommitment, DrawRecord, PoolEntry } from './types.js';

/**
 * Draws after the randomness is revealed (揭示随机数并抽取): the seed is {@link deriveSeed}(commitment digest,
 * randomness), and the draw uses exactly the committed sample and exclusions. The record holds the commitment
 * and the randomness, so anyone can check the seed.
 *
 * @param commitment - the published commitment
 * @param pool - the committed pool (any order)
 * @param randomness - the public randomness values, in order
 * @returns the draw record
 * @throws {SsjError} `DRAW_COMMITMENT_TAMPERED` when the commitment's digest does not match its content
 * @throws {SsjError} `DRAW_POOL_MISMATCH` when the pool's digest is not the committed one
 * @throws {SsjError} `DRAW_INVALID_SEED_INPUT` when no randomness is given
 * @throws {SsjError} `DRAW_INVALID_REQUEST` / `DRAW_DUPLICATE_IDS` for a malformed pool
 * @example
 * ```ts
 * const record = revealDraw(commitment, pool, ['drand quicknet 1234567: 3f5a…']);
 * ```
 *
 * @example
 * The whole flow, from `examples/draw-ceremony.ts`:
 *
 * {@includeCode ../../examples/draw-ceremony.ts#reveal}
 */
export function revealDraw(
  commitment: DrawCommitment,
  pool: readonly PoolEntry[],
  randomness: readonly string[],
): DrawRecord {
  if (commitmentDigest(commitment) !== commitment.digest)
    throw new SsjError('DRAW_COMMITMENT_TAMPERED', 'The commitment digest does not match its content');
  const seed = deriveSeed(commitment.digest, randomness);
  const { list, ids } = normalizeExclusions(commitment.exclusions);
  const { record } = runDraw({
    pool: groupPool(pool),
    seed,
    sample: commitment.sample,
    exclusions: list,
    excludedIds: ids,
    commitment,
    randomness: [...randomness],
  });
  if (record.pool.digest !== commitment.pool.digest)
    throw new SsjError(
      'DRAW_POOL_MISMATCH',
      `The pool digest ${record.pool.digest} is not the committed ${commitment.pool.digest}`,
    );
  return record;
}
