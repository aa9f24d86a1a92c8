import * as z from 'zod/mini';
import { SsjError, type SsjIssue } from '../../core/index.js';
import { parseWith } from '../../core/internal.js';
import { industryCodeSchema, isIndustryUnder } from '../shared/industry-codes.js';
import { TARGET_KIND_IDS, type TargetKind } from '../targets/kinds.js';
import type { Checklist } from './checklist.js';
import { checklistVersionsSchema } from './guards.js';
import { type ChecklistItem, type ChecklistItemRef, checklistItemSchema, itemKey } from './item.js';

/** Which version of which department's checklist a joint checklist or handbook was built on. */
export interface ChecklistVersionRef {
  /** The department. */
  readonly department: string;
  /** The checklist version. */
  readonly version: number;
  /** The checklist digest. */
  readonly digest: string;
}

/** The checklists of several departments, indexed by department and item code. */
export interface ChecklistIndex {
  /** The item with that department and code, or `undefined`; a reference without both strings is refused. */
  readonly find: (ref: { readonly department: string; readonly code: string }) => ChecklistItem | undefined;
  /** The versions indexed, one per department, in the order given. */
  readonly versions: readonly ChecklistVersionRef[];
}

const refSchema = z.object({ department: z.string(), code: z.string() });

/**
 * Indexes department checklists for references across departments (joint checklists, handbooks).
 *
 * @param checklists - at most one version per department
 * @returns a {@link ChecklistIndex}
 * @throws {SsjError} `CHECKLIST_INVALID` when the list or a checklist is malformed, or two checklists of one
 *   department are given
 * @example
 * ```ts
 * indexChecklists([samrChecklist, fireChecklist]).find({ department: 'samr', code: 'SJ-001' })?.name;
 * ```
 */
export function indexChecklists(checklists: readonly Checklist[]): ChecklistIndex {
  const versions = parseWith(checklistVersionsSchema, checklists, 'checklists', 'CHECKLIST_INVALID');
  const issues: SsjIssue[] = [];
  const seen = new Map<string, number>();
  versions.forEach((c, i) => {
    const first = seen.get(c.department);
    if (first === undefined) seen.set(c.department, i);
    else
      issues.push({
        path: ['checklists', i],
        message: `Department "${c.department}" is also checklists[${first}]`,
      });
  });
  if (issues.length > 0) {
    throw new SsjError('CHECKLIST_INVALID', 'Give one checklist version per department', { issues });
  }
  const items = new Map<string, ChecklistItem>();
  for (const c of versions) for (const item of c.items as ChecklistItem[]) items.set(itemKey(item), item);
  return {
    find: (ref) => items.get(itemKey(parseWith(refSchema, ref, 'item reference', 'CHECKLIST_INVALID'))),
    versions: versions.map((c) => ({ department: c.department, version: c.version, digest: c.digest })),
  };
}

const appliesToSchema = z.object({
  item: checklistItemSchema,
  target: z
    .object({ kind: z.optional(z.enum(TARGET_KIND_IDS)), industry: z.optional(industryCodeSchema) })
    .check(
      z.refine((t) => Object.keys(t).length > 0, {
        message: 'expected a target kind or an industry code (an empty object would match every item)',
      }),
    ),
});

/**
 * Whether an item applies to a target of a kind and, when given, an industry (适用检查对象). An item with no
 * industries applies to every industry; otherwise one of its codes must contain the target's industry or be
 * contained in it (an item for `H62` applies to `H621`, and a handbook for `H` covers an item for `H62`).
 *
 * @param item - the checklist item
 * @param target - the target kind and/or the GB/T 4754 industry code
 * @returns `true` when the item applies
 * @throws {SsjError} `CHECKLIST_INVALID` when the item is malformed, the target names neither a known kind nor
 *   a GB/T 4754 industry code, or a field of it is malformed
 * @example
 * ```ts
 * checklistItemAppliesTo(item, { kind: 'enterprise', industry: 'H6210' }); // true for an item for H62
 * ```
 */
export function checklistItemAppliesTo(
  item: ChecklistItem,
  target: { readonly kind?: TargetKind; readonly industry?: string },
): boolean {
  const args = parseWith(appliesToSchema, { item, target }, 'item and target', 'CHECKLIST_INVALID');
  return appliesTo(args.item as ChecklistItem, args.target);
}

/** {@link checklistItemAppliesTo} for an item and target already checked. */
function appliesTo(
  item: ChecklistItem,
  target: { readonly kind?: TargetKind | undefined; readonly industry?: string | undefined },
): boolean {
  if (target.kind !== undefined && !item.targetKinds.includes(target.kind)) return false;
  const industry = target.industry;
  if (industry === undefined || item.industries.length === 0) return true;
  return item.industries.some((code) => isIndustryUnder(industry, code) || isIndustryUnder(code, industry));
}

/**
 * The reference of an item (department and code), as joint checklists and handbooks store it.
 *
 * @param item - a checklist item
 * @returns `{ department, code }`
 * @throws {SsjError} `CHECKLIST_INVALID` when the item is malformed
 * @example
 * ```ts
 * checklistItemRef(item); // { department: 'samr', code: 'SJ-001' }
 * ```
 */
export function checklistItemRef(item: ChecklistItem): ChecklistItemRef {
  const checked = parseWith(checklistItemSchema, item, 'checklist item', 'CHECKLIST_INVALID');
  return { department: checked.department, code: checked.code };
}
