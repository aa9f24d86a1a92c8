import * as z from 'zod/mini';
import { isoDateSchema } from '../core/index.js';

const id = z.string().check(z.minLength(1));
const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'Expected 64 lower-case hex characters'));
const count = z.number().check(z.int(), z.gte(0));

const certificateSchema = z.object({ number: z.string(), validFrom: isoDateSchema, validTo: isoDateSchema });

/** Zod schema of an inspector (执法检查人员) given to the assignment. */
export const assignInspectorSchema = z.object({
  id,
  name: z.optional(z.string()),
  department: id,
  role: z.enum(['enforcement', 'staff', 'expert']),
  certificates: z.readonly(z.array(certificateSchema)),
  specialties: z.readonly(z.array(z.string())),
  active: z.boolean(),
  regions: z.optional(z.readonly(z.array(z.string()))),
});

/** Zod schema of a target (检查对象) to staff. */
export const assignTargetSchema = z.object({
  id,
  departments: z.readonly(z.array(id).check(z.minLength(1))),
  requiredSpecialties: z.optional(z.record(z.string(), z.readonly(z.array(z.string())))),
  region: z.optional(z.string()),
});

/** Zod schema of rule overrides; the minimum team never goes below two (行政处罚法 art. 42). */
export const assignRuleOverridesSchema = z.object({
  minOfficers: z.optional(
    z.number().check(z.int(), z.gte(2, '行政处罚法 art. 42: at least 2 enforcement officers per inspection')),
  ),
  countingRoles: z.optional(z.readonly(z.array(z.enum(['enforcement', 'staff'])).check(z.minLength(1)))),
  experts: z.optional(count),
  workloadCap: z.optional(z.nullable(z.number().check(z.int(), z.gte(1)))),
  rotationVisits: z.optional(count),
  rotationWindowDays: z.optional(z.nullable(count)),
  lead: z.optional(z.enum(['first-ranked', 'first-specialist'])),
  matchRegion: z.optional(z.boolean()),
});

/**
 * Zod schema of an assignment request (随机匹配请求); `assignInspectors` validates with it.
 *
 * @example
 * ```ts
 * assignRequestSchema.safeParse(request).success;
 * ```
 */
export const assignRequestSchema = z.strictObject({
  seed: hex64,
  date: isoDateSchema,
  inspectors: z.readonly(z.array(assignInspectorSchema)),
  targets: z.readonly(z.array(assignTargetSchema)),
  conflicts: z.optional(
    z.readonly(
      z.array(z.object({ inspectorId: id, targetId: id, reason: z.string().check(z.minLength(1)) })),
    ),
  ),
  history: z.optional(
    z.readonly(z.array(z.object({ inspectorId: id, targetId: id, department: id, date: isoDateSchema }))),
  ),
  priorLoad: z.optional(z.record(z.string(), count)),
  rules: z.optional(assignRuleOverridesSchema),
  rulesByDepartment: z.optional(z.record(z.string(), assignRuleOverridesSchema)),
  drawDigest: z.optional(hex64),
  label: z.optional(z.string()),
  allowPartial: z.optional(z.boolean()),
});

/**
 * An inspector-assignment request (随机匹配请求) as given: dates as `YYYY-MM-DD` strings. Inspectors, targets,
 * conflicts and history of the directory types fit it structurally.
 */
export type AssignRequest = z.input<typeof assignRequestSchema>;

/** A checked request. */
export type ParsedAssignRequest = z.output<typeof assignRequestSchema>;
