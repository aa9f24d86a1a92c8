import { z } from 'zod';
import { canonicalDigest } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import { groupPool } from './canonical-pool.js';
import { normalizeExclusions } from './exclusions.js';
import { runPool } from './run-pool.js';
import { exclusionSchema, jsonValueSchema, sampleSpecSchema } from './schemas.js';
import { resolveSizes } from './sizes.js';
import type { DrawCommitment, DrawRequest } from './types.js';

const requestSchema = z.object({
  sample: sampleSpecSchema,
  exclude: z.array(exclusionSchema).optional(),
  filter: jsonValueSchema.optional(),
  randomnessSource: z.string().min(1),
  label: z.string().optional(),
  meta: jsonValueSchema.optional(),
});

/**
 * Commits to a draw before any randomness exists (抽取承诺): the pool digest and count per stratum, the sizes and
 * how they were computed, the exclusions with reasons, the 定向 filter, the algorithm and where the randomness
 * will come from, with a digest over all of it. Publish it; then reveal the randomness with {@link revealDraw}.
 *
 * @param request - pool, sample, exclusions, filter, randomness source, label, meta
 * @returns the commitment, with `digest` (hex)
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when the request or a pool entry is malformed
 * @throws {SsjError} `DRAW_DUPLICATE_IDS` when the pool has an id twice (after NFC)
 * @throws {SsjError} `DRAW_DUPLICATE_EXCLUSIONS` when an id is excluded twice
 * @example
 * ```ts
 * const commitment = commitDraw({
 *   pool, sample: { ratio: 0.05 }, randomnessSource: 'drand quicknet round 1234567', label: 'task-2025-07',
 * });
 * publish(commitment.digest);
 * ```
 *
 * @example
 * The whole flow, from `examples/draw-ceremony.ts`:
 *
 * {@includeCode ../../examples/draw-ceremony.ts#commit}
 */
export function commitDraw(request: DrawRequest): DrawCommitment {
  parseWith(requestSchema, request, 'draw request', 'DRAW_INVALID_REQUEST');
  const pool = groupPool(request.pool);
  const { list, ids } = normalizeExclusions(request.exclude);
  const { poolDigest, outcome } = runPool(pool, '00'.repeat(32), ids, () => 0);
  const strata: Record<string, number> = {};
  for (const [name, s] of outcome.strata) strata[name] = s.pool;
  const body = {
    algorithm: 'ssj-draw/1' as const,
    pool: { digest: poolDigest, count: outcome.count, strata },
    sample: request.sample,
    sizes: resolveSizes(request.sample, outcome.strata),
    exclusions: list,
    ...(request.filter === undefined ? {} : { filter: request.filter }),
    randomnessSource: request.randomnessSource,
    ...(request.label === undefined ? {} : { label: request.label }),
    ...(request.meta === undefined ? {} : { meta: request.meta }),
  };
  return { ...body, digest: canonicalDigest(body) };
}

/** The digest a commitment should have (over every field but `digest`). */
export function commitmentDigest(commitment: DrawCommitment): string {
  const { digest: _digest, ...body } = commitment;
  return canonicalDigest(body);
}
