import * as z from 'zod/mini';
import { isoDateSchema } from '../core/index.js';
import { INSPECTION_KIND_LIST, type InspectionKind } from './inspection-kind.js';

const text = z.string().check(z.minLength(1));
const kind = z.enum(INSPECTION_KIND_LIST as [InspectionKind, ...InspectionKind[]]);
const bodyShape = { department: text, body: text, level: text };

/** Zod schema of an `InspectionCap` (年度检查频次上限). */
export const inspectionCapSchema = z.object({
  id: text,
  zh: text,
  max: z.number().check(z.int(), z.minimum(1)),
  per: z.enum(['body', 'level', 'all']),
  kinds: z.optional(z.readonly(z.array(kind))),
  exemptTriggers: z.optional(z.readonly(z.array(text))),
  source: text,
  secondary: z.boolean(),
  departments: z.optional(z.readonly(z.array(text).check(z.minLength(1)))),
});

/** Zod schema of a `CapInspection` (入企检查记录). */
export const capInspectionSchema = z.object({
  ...bodyShape,
  id: text,
  targetId: text,
  date: isoDateSchema,
  kind,
  trigger: z.optional(text),
  visitId: z.optional(text),
});

/** Zod schema of a `PlannedInspection`. */
export const plannedInspectionSchema = z.object({
  kind,
  trigger: z.optional(text),
  by: z.readonly(z.array(z.object(bodyShape)).check(z.minLength(1))),
});
