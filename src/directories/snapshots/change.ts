import * as z from 'zod/mini';
import type { ConflictOfInterest, Inspector, InspectorId } from '../inspectors/inspector.js';
import { conflictOfInterestSchema, inspectorIdSchema } from '../inspectors/inspector.js';
import type { Target, TargetId } from '../targets/target.js';
import { targetIdSchema } from '../targets/target.js';

/**
 * One change to the target directory (动态管理): add an entry, update fields of one, or deactivate one (it
 * stays in the directory with `active: false`, so history keeps it).
 */
export type TargetChange =
  | { readonly op: 'add'; readonly entry: Target }
  | { readonly op: 'update'; readonly id: TargetId; readonly set: Partial<Omit<Target, 'id'>> }
  | { readonly op: 'deactivate'; readonly id: TargetId; readonly reason: string };

/**
 * One change to the inspector directory: add, update, deactivate an inspector, or declare or withdraw a
 * conflict of interest (利害关系声明).
 */
export type InspectorChange =
  | { readonly op: 'add'; readonly entry: Inspector }
  | { readonly op: 'update'; readonly id: InspectorId; readonly set: Partial<Omit<Inspector, 'id'>> }
  | { readonly op: 'deactivate'; readonly id: InspectorId; readonly reason: string }
  | { readonly op: 'declare-conflict'; readonly conflict: ConflictOfInterest }
  | { readonly op: 'withdraw-conflict'; readonly inspectorId: InspectorId; readonly targetId: TargetId };

const reason = z.string().check(z.trim(), z.minLength(1, 'A deactivation needs a reason'), z.maxLength(500));
const setSchema = z.record(z.string(), z.unknown()).check(
  z.refine((s) => !('id' in s), { message: 'An update cannot change the id; deactivate and add instead' }),
  z.refine((s) => Object.keys(s).length > 0, { message: 'An update must set at least one field' }),
);

/**
 * Zod schema of the shape of a {@link TargetChange} (entries are checked when applied).
 *
 * @example
 * ```ts
 * targetChangeSchema.safeParse({ op: 'deactivate', id: 'x', reason: '' }).success; // false: a reason is needed
 * ```
 */
export const targetChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), entry: z.record(z.string(), z.unknown()) }),
  z.object({ op: z.literal('update'), id: targetIdSchema, set: setSchema }),
  z.object({ op: z.literal('deactivate'), id: targetIdSchema, reason }),
]);

/**
 * Zod schema of the shape of an {@link InspectorChange} (entries are checked when applied).
 *
 * @example
 * ```ts
 * inspectorChangeSchema.parse({ op: 'withdraw-conflict', inspectorId: 'samr-001', targetId: 'T-1' });
 * ```
 */
export const inspectorChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), entry: z.record(z.string(), z.unknown()) }),
  z.object({ op: z.literal('update'), id: inspectorIdSchema, set: setSchema }),
  z.object({ op: z.literal('deactivate'), id: inspectorIdSchema, reason }),
  z.object({ op: z.literal('declare-conflict'), conflict: conflictOfInterestSchema }),
  z.object({ op: z.literal('withdraw-conflict'), inspectorId: inspectorIdSchema, targetId: targetIdSchema }),
]);
