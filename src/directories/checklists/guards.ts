import * as z from 'zod/mini';
import { departmentRefSchema } from '../shared/departments.js';
import { checklistItemSchema } from './item.js';

/**
 * The shapes the functions over checklists check at their boundary, for data someone else built or read back
 * from storage: every item against the item schema itself (the rules it was made by), and of a version or a
 * joint checklist the fields the functions read. Object schemas check the type first, so a long string is
 * refused in constant work rather than walked.
 */

/** A checklist or any `{ items }`. */
export const itemsHolderSchema = z.object({ items: z.array(checklistItemSchema) });

/** A checklist version: what an index records of it, and its items. */
export const checklistVersionSchema = z.object({
  department: departmentRefSchema,
  version: z.int().check(z.gte(1)),
  digest: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex characters')),
  items: z.array(checklistItemSchema),
});

/** A list of checklist versions. */
export const checklistVersionsSchema = z.array(checklistVersionSchema);

/** A joint checklist: its entries' codes, departments and item references. */
export const jointShapeSchema = z.object({
  entries: z.array(
    z.object({
      code: z.string().check(z.minLength(1)),
      departments: z.array(z.string()),
      items: z.array(z.object({ department: z.string(), code: z.string() })),
    }),
  ),
});
