import { z } from 'zod';
import { isoDateSchema } from '../core/index.js';

const id = z.string().min(1);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'Expected 64 lower-case hex characters');
const count = z.number().int().min(0);

const certificateSchema = z.object({ number: z.string(), validFrom: isoDateSchema, validTo: isoDateSchema });

/** Zod schema of an inspector (执法检查人员) given to the assignment. */
export const assignInspectorSchema = z.object({
  id,
  name: z.string().optional(),
  department: id,
  role: z.enum(['enforcement', 'staff', 'expert']),
  certificates: z.array(certificateSchema).readonly(),
  specialties: z.array(z.string()).readonly(),
  active: z.boolean(),
  regions: z.array(z.string()).readonly().optional(),
});

/** Zod schema of a target (检查对象) to staff. */
export const assignTargetSchema = z.object({
  id,
  departments: z.array(id).min(1).readonly(),
  requiredSpecialties: z.record(z.string(), z.array(z.string()).readonly()).optional(),
  region: z.string().optional(),
});

/** Zod schema of rule overrides; the minimum team never goes below two (行政处罚法 art. 42). */
export const assignRuleOverridesSchema = z.object({
  minOfficers: z
    .number()
    .int()
    .min(2, '行政处罚法 art. 42: at least 2 enforcement officers per inspection')
    .optional(),
  countingRoles: z
    .array(z.enum(['enforcement', 'staff']))
    .min(1)
    .readonly()
    .optional(),
  experts: count.optional(),
  workloadCap: z.number().int().min(1).nullable().optional(),
  rotationVisits: count.optional(),
  rotationWindowDays: count.nullable().optional(),
  lead: z.enum(['first-ranked', 'first-specialist']).optional(),
  matchRegion: z.boolean().optional(),
});

/**
 * Zod schema of an assignment request (随机匹配请求); `assignInspectors` validates with it.
 *
 * @example
 * ```ts
 * assignRequestSchema.safeParse(request).success;
 * ```
 */
export const assignRequestSchema = z.object({
  seed: hex64,
  date: isoDateSchema,
  inspectors: z.array(assignInspectorSchema).readonly(),
  targets: z.array(assignTargetSchema).readonly(),
  conflicts: z
    .array(z.object({ inspectorId: id, targetId: id, reason: z.string().min(1) }))
    .readonly()
    .optional(),
  history: z
    .array(z.object({ inspectorId: id, targetId: id, department: id, date: isoDateSchema }))
    .readonly()
    .optional(),
  priorLoad: z.record(z.string(), count).optional(),
  rules: assignRuleOverridesSchema.optional(),
  rulesByDepartment: z.record(z.string(), assignRuleOverridesSchema).optional(),
  drawDigest: hex64.optional(),
  label: z.string().optional(),
  allowPartial: z.boolean().optional(),
});

/**
 * An inspector-assignment request (随机匹配请求) as given: dates as `YYYY-MM-DD` strings. Inspectors, targets,
 * conflicts and history of the directory types fit it structurally.
 */
export type AssignRequest = z.input<typeof assignRequestSchema>;

/** A checked request. */
export type ParsedAssignRequest = z.output<typeof assignRequestSchema>;
