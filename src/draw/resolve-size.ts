import * as z from 'zod/mini';
import { parseWith } from '../core/internal.js';
import { resolveSize as resolveSizeUnchecked } from './sample-size.js';
import { sampleSizeSchema } from './schemas.js';
import type { SampleSize } from './types.js';

const argsSchema = z.strictObject({
  size: sampleSizeSchema,
  poolCount: z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)),
});

/**
 * The number of targets a size asks for in a stratum of `poolCount` entries (抽取数量): the count itself, or
 * the ratio × pool count (an IEEE-754 double product, snapped to the nearest integer when within
 * {@link RATIO_ROUNDING}.tolerance of it) rounded by its rule (`round` is half up).
 *
 * @param size - a count, or a ratio from 0 to 1 with an optional rounding
 * @param poolCount - entries of the stratum in the pool (before exclusions), a non-negative safe integer
 * @returns the count asked for
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when the size or the pool count is not of that form
 * @example
 * {@includeCode ../../examples/sample-sizes.ts#resolve}
 */
export function resolveSize(size: SampleSize, poolCount: number): number {
  const args = parseWith(argsSchema, { size, poolCount }, 'sample size', 'DRAW_INVALID_REQUEST');
  return resolveSizeUnchecked(args.size as SampleSize, args.poolCount);
}
