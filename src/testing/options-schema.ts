import * as z from 'zod/mini';
import { TARGET_KIND_IDS } from '../directories/index.js';
import { SYNTHETIC_USCC_CAPACITY } from './synthetic-uscc.js';

/**
 * The options of the generators, checked before any data is made: the sizes as whole numbers in range, the codes and
 * kinds the directories know, and no key the generator does not read (a misspelt `perDepartmnet` would otherwise
 * fall back to the default without a word).
 */

const whole = (max: number) => z.int().check(z.gte(0), z.lte(max));
const regionCodes = z
  .array(z.string().check(z.regex(/^\d{6}$/, 'Expected a 6-digit 行政区划代码')))
  .check(z.minLength(1, 'Expected at least one region code'));
const isoDate = z.string();

/** Options of `generateTargets`. */
export const generateTargetsOptionsSchema = z.strictObject({
  seed: z.string(),
  count: whole(SYNTHETIC_USCC_CAPACITY),
  asOf: z.optional(isoDate),
  kinds: z.optional(z.array(z.enum(TARGET_KIND_IDS)).check(z.minLength(1, 'Expected at least one kind'))),
  regions: z.optional(regionCodes),
});

/** Options of `generateInspectors`. */
export const generateInspectorsOptionsSchema = z.strictObject({
  seed: z.string(),
  perDepartment: z.optional(whole(999)),
  departments: z.optional(z.array(z.string().check(z.minLength(1, 'Expected a department id')))),
  asOf: z.optional(isoDate),
  regions: z.optional(regionCodes),
});

/** Options of `generateDirectories`. */
export const generateDirectoriesOptionsSchema = z.strictObject({
  seed: z.string(),
  targets: z.optional(whole(SYNTHETIC_USCC_CAPACITY)),
  inspectorsPerDepartment: z.optional(whole(999)),
  conflicts: z.optional(whole(Number.MAX_SAFE_INTEGER)),
  regions: z.optional(regionCodes),
});
