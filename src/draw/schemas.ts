import * as z from 'zod/mini';
import type { JsonValue } from '../core/index.js';

/** A sample size: `{ count }` (a non-negative integer) or `{ ratio, rounding? }` (0 ≤ ratio ≤ 1). */
export const sampleSizeSchema = z.union([
  z.strictObject({ count: z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)) }),
  z.strictObject({
    ratio: z.number().check(z.gte(0), z.lte(1)),
    rounding: z.optional(z.enum(['ceil', 'floor', 'round'])),
  }),
]);

/** A sample spec: one size for every stratum, or a size per stratum. */
export const sampleSpecSchema = z.union([
  sampleSizeSchema,
  z.strictObject({ strata: z.record(z.string(), sampleSizeSchema) }),
]);

/** An exclusion: id, reason and optional code. */
export const exclusionSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  reason: z.string().check(z.minLength(1)),
  code: z.optional(z.string().check(z.minLength(1))),
});

/** The seed of a direct draw: 64 lower-case hex characters. */
export const seedSchema = z
  .string()
  .check(z.regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex characters'));

/** Any JSON value. */
export const jsonValueSchema: z.ZodMiniType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);
