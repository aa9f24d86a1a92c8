import * as z from 'zod/mini';
import { canonicalDigest, SsjError } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import { groupPool } from './canonical-pool.js';
import { normalizeExclusions } from './exclusions.js';
import { randomnessDescriptorsSchema } from './randomness-schema.js';
import { runPool } from './run-pool.js';
import { exclusionSchema, jsonValueSchema, sampleSpecSchema } from './schemas.js';
import { resolveSizes } from './sizes.js';
import { checkStratumNames } from './stratum-names.js';
import type { DrawCommitment, DrawRequest } from './types.js';

const requestSchema = z.strictObject({
  pool: z.optional(z.unknown()),
  sample: sampleSpecSchema,
  exclude: z.optional(z.array(exclusionSchema)),
  filter: z.optional(jsonValueSchema),
  randomnessSource: z.optional(z.string().check(z.minLength(1))),
  randomness: z.optional(z.unknown()),
  label: z.optional(z.string()),
  meta: z.optional(jsonValueSchema),
});

/**
 * Commits to a draw before any randomness exists (抽取承诺): the pool digest and count per stratum, the sizes and
 * how they were computed, the exclusions with reasons, the 定向 filter, the algorithm and where the randomness
 * will come from, with a digest over all of it. Publish it; then reveal the randomness with {@link revealDraw}.
 *
 * With `randomness` descriptors the commitment is `ssj-draw/2`: it fixes which public values will be revealed
 * and the one spelling of each, so the operator cannot choose among spellings afterwards. The deprecated free-text
 * `randomnessSource` still gives an `ssj-draw/1` commitment.
 *
 * @param request - pool, sample, exclusions, filter, randomness descriptors, label, meta
 * @returns the commitment, with `digest` (hex)
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when the request, a descriptor or a pool entry is malformed, or when
 *   neither or both of `randomness` and `randomnessSource` are given
 * @throws {SsjError} `DRAW_INVALID_STRATUM_NAME` when a stratum name of the sample is not NFC
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
  const legacy = request.randomness === undefined;
  if (legacy === (request.randomnessSource === undefined))
    throw new SsjError('DRAW_INVALID_REQUEST', 'Invalid draw request: give `randomness` descriptors', {
      issues: [
        { path: ['randomness'], message: 'missing, or given with randomnessSource', expected: 'descriptors' },
      ],
    });
  if (!legacy)
    parseWith(randomnessDescriptorsSchema, request.randomness, 'randomness', 'DRAW_INVALID_REQUEST');
  checkStratumNames(request.sample);
  const pool = groupPool(request.pool);
  const { list, ids } = normalizeExclusions(request.exclude);
  const { poolDigest, outcome } = runPool(pool, '00'.repeat(32), ids, () => 0);
  const strata: Record<string, number> = {};
  for (const [name, s] of outcome.strata) strata[name] = s.pool;
  const body = {
    algorithm: legacy ? ('ssj-draw/1' as const) : ('ssj-draw/2' as const),
    pool: { digest: poolDigest, count: outcome.count, strata },
    sample: request.sample,
    sizes: resolveSizes(request.sample, outcome.strata),
    exclusions: list,
    ...(request.filter === undefined ? {} : { filter: request.filter }),
    ...(legacy
      ? { randomnessSource: request.randomnessSource as string }
      : { randomness: request.randomness as NonNullable<DrawRequest['randomness']> }),
    ...(request.label === undefined ? {} : { label: request.label }),
    ...(request.meta === undefined ? {} : { meta: request.meta }),
  };
  return { ...body, digest: canonicalDigest(body) };
}
