import { z } from 'zod';
import type { JsonValue } from '../core/index.js';

/** A sample size: `{ count }` (a non-negative integer) or `{ ratio, rounding? }` (0 ≤ ratio ≤ 1). */
export const sampleSizeSchema = z.union([
  z.strictObject({ count: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }),
  z.strictObject({
    ratio: z.number().min(0).max(1),
    rounding: z.enum(['ceil', 'floor', 'round']).optional(),
  }),
]);

/** A sample spec: one size for every stratum, or a size per stratum. */
export const sampleSpecSchema = z.union([
  sampleSizeSchema,
  z.strictObject({ strata: z.record(z.string(), sampleSizeSchema) }),
]);

/** An exclusion: id, reason and optional code. */
export const exclusionSchema = z.strictObject({
  id: z.string().min(1),
  reason: z.string().min(1),
  code: z.string().min(1).optional(),
});

/** The seed of a direct draw: 64 lower-case hex characters. */
export const seedSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex characters');

/** Any JSON value. */
export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number().finite(),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);
