import * as z from 'zod/mini';
import { canonicalJson, type JsonValue } from '../core/index.js';

/** Plain JSON data (JSON 值), as the core module defines it. */
export type { JsonValue };

/**
 * Zod schema for {@link JsonValue} (finite numbers only, as canonical JSON requires).
 *
 * @example
 * ```ts
 * jsonValueSchema.safeParse({ a: [1, 'x', null] }).success; // true
 * ```
 */
export const jsonValueSchema: z.ZodMiniType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number().check(z.refine(Number.isFinite, { message: 'Expected a finite number' })),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);

/**
 * A typed record as plain JSON (转为 JSON 值), for audit payloads: fields that are `undefined` are left out, as in
 * JSON; anything JSON cannot hold is rejected.
 *
 * @param value - plain data (records of the workflow)
 * @returns the same data typed as {@link JsonValue}
 * @throws {SsjError} `CANONICAL_JSON_UNSUPPORTED` for values JSON cannot represent
 * @example
 * ```ts
 * toJsonValue({ a: 1, b: undefined }); // { a: 1 }
 * ```
 */
export function toJsonValue(value: unknown): JsonValue {
  return JSON.parse(canonicalJson(value)) as JsonValue;
}
