import { SsjError, type SsjIssue } from '../../core/index.js';
import { isIndustryUnder } from '../shared/industry-codes.js';
import type { TargetKind } from '../targets/kinds.js';
import type { Checklist } from './checklist.js';
import { type ChecklistItem, type ChecklistItemRef, itemKey } from './item.js';

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
  /** The item with that department and code, or `undefined`. */
  readonly find: (ref: { readonly department: string; readonly code: string }) => ChecklistItem | undefined;
  /** The versions indexed, one per department, in the order given. */
  readonly versions: readonly ChecklistVersionRef[];
}

/**
 * Indexes department checklists for references across departments (joint checklists, handbooks).
 *
 * @param checklists - at most one version per department
 * @returns a {@link ChecklistIndex}
 * @throws {SsjError} `CHECKLIST_INVALID` when two checklists of one department are given
 * @example
 * ```ts
 * indexChecklists([samrChecklist, fireChecklist]).find({ department: 'samr', code: 'SJ-001' })?.name;
 * ```
 */
export function indexChecklists(checklists: readonly Checklist[]): ChecklistIndex {
  const issues: SsjIssue[] = [];
  const seen = new Map<string, number>();
  checklists.forEach((c, i) => {
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
  for (const c of checklists) for (const item of c.items) items.set(itemKey(item), item);
  return {
    find: (ref) => items.get(itemKey(ref)),
    versions: checklists.map((c) => ({ department: c.department, version: c.version, digest: c.digest })),
  };
}

/**
 * Whether an item applies to a target of a kind and, when given, an industry (适用检查对象). An item with no
 * industries applies to every industry; otherwise one of its codes must contain the target's industry or be
 * contained in it (an item for `H62` applies to `H621`, and a handbook for `H` covers an item for `H62`).
 *
 * @param item - the checklist item
 * @param target - the target kind and/or the GB/T 4754 industry code
 * @returns `true` when the item applies
 * @example
 * ```ts
 * checklistItemAppliesTo(item, { kind: 'enterprise', industry: 'H6210' }); // true for an item for H62
 * ```
 */
export function checklistItemAppliesTo(
  item: ChecklistItem,
  target: { readonly kind?: TargetKind; readonly industry?: string },
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
 * @example
 * ```ts
 * checklistItemRef(item); // { department: 'samr', code: 'SJ-001' }
 * ```
 */
export function checklistItemRef(item: ChecklistItem): ChecklistItemRef {
  return { department: item.department, code: item.code };
}
