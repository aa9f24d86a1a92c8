import * as z from 'zod/mini';
import { canonicalJson } from '../../core/index.js';
import { parseWith } from '../../core/internal.js';
import { itemsHolderSchema } from './guards.js';
import type { ChecklistItem, ChecklistItemCode } from './item.js';
import { checklistItemSchema, itemKey } from './item.js';

/** The item fields a revision can change (the code and the department identify the item and never change). */
export type ChecklistItemField = Exclude<keyof ChecklistItem, 'code' | 'department'>;

/** Every {@link ChecklistItemField}, in the order a change log lists them. */
export const CHECKLIST_ITEM_FIELDS = [
  'category',
  'name',
  'content',
  'methods',
  'legalBasis',
  'priority',
  'targetKinds',
  'industries',
  'guidance',
] as const satisfies readonly ChecklistItemField[];

/** One field of one item, before and after (`undefined` where an optional field is absent). */
export type FieldChange = {
  readonly [K in ChecklistItemField]: {
    readonly field: K;
    readonly before: ChecklistItem[K];
    readonly after: ChecklistItem[K];
  };
}[ChecklistItemField];

/** An item present in both versions whose fields differ, field by field. */
export interface ItemChange {
  /** The department of the item. */
  readonly department: string;
  /** The item code. */
  readonly code: ChecklistItemCode;
  /** Each field that differs, in {@link CHECKLIST_ITEM_FIELDS} order. */
  readonly fields: readonly FieldChange[];
}

/** What changed between two checklist versions (清单变更): items added, removed and changed field by field. */
export interface ChecklistDiff {
  /** Items only in the later version, in its order. */
  readonly added: readonly ChecklistItem[];
  /** Items only in the earlier version, in its order. */
  readonly removed: readonly ChecklistItem[];
  /** Items in both that differ, in the later version's order. */
  readonly changed: readonly ItemChange[];
}

/** Equal as canonical JSON; strings and lists of strings are compared directly (the common, fast case). */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (Array.isArray(a) && Array.isArray(b) && a.every((x) => typeof x === 'string')) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/**
 * The fields in which two versions of one item differ. Values are compared as canonical JSON, so a field is
 * changed exactly when its data differs (list order counts; object key order does not).
 *
 * @param before - the item in the earlier version
 * @param after - the same item in the later version
 * @returns the changed fields, in {@link CHECKLIST_ITEM_FIELDS} order; empty when equal
 * @throws {SsjError} `CHECKLIST_INVALID` when either item is malformed
 * @example
 * ```ts
 * diffChecklistItems(item, { ...item, priority: 'key' }); // [{ field: 'priority', before: 'general', after: 'key' }]
 * ```
 */
export function diffChecklistItems(before: ChecklistItem, after: ChecklistItem): FieldChange[] {
  const items = parseWith(itemPairSchema, { before, after }, 'checklist items', 'CHECKLIST_INVALID');
  return fieldChanges(items.before as ChecklistItem, items.after as ChecklistItem);
}

const itemPairSchema = z.object({ before: checklistItemSchema, after: checklistItemSchema });
const holderPairSchema = z.object({ earlier: itemsHolderSchema, later: itemsHolderSchema });
const diffSchema = z.object({
  added: z.array(z.unknown()),
  removed: z.array(z.unknown()),
  changed: z.array(z.unknown()),
});

/** {@link diffChecklistItems} for items already checked. */
function fieldChanges(before: ChecklistItem, after: ChecklistItem): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of CHECKLIST_ITEM_FIELDS) {
    const a = before[field];
    const b = after[field];
    if (!sameData(a, b)) {
      out.push({ field, before: a, after: b } as FieldChange);
    }
  }
  return out;
}

/**
 * What changed between any two checklist versions (清单比对): items matched by department and code are
 * compared field by field; the rest are added or removed.
 *
 * @param earlier - the earlier version (or any list of items)
 * @param later - the later version
 * @returns the {@link ChecklistDiff}; all three lists are empty when the items are equal
 * @throws {SsjError} `CHECKLIST_INVALID` when either is not `{ items }` or an item is malformed
 * @example
 * ```ts
 * const { added, removed, changed } = diffChecklists(v1, v2);
 * ```
 */
export function diffChecklists(
  earlier: { readonly items: readonly ChecklistItem[] },
  later: { readonly items: readonly ChecklistItem[] },
): ChecklistDiff {
  const args = parseWith(holderPairSchema, { earlier, later }, 'checklists', 'CHECKLIST_INVALID');
  return itemsDiff(args.earlier.items as ChecklistItem[], args.later.items as ChecklistItem[]);
}

/** {@link diffChecklists} over item lists already checked. */
function itemsDiff(
  earlierItems: readonly ChecklistItem[],
  laterItems: readonly ChecklistItem[],
): ChecklistDiff {
  const before = new Map(earlierItems.map((item) => [itemKey(item), item]));
  const afterKeys = new Set(laterItems.map(itemKey));
  const added: ChecklistItem[] = [];
  const changed: ItemChange[] = [];
  for (const item of laterItems) {
    const old = before.get(itemKey(item));
    if (old === undefined) {
      added.push(item);
      continue;
    }
    const fields = fieldChanges(old, item);
    if (fields.length > 0) changed.push({ department: item.department, code: item.code, fields });
  }
  const removed = earlierItems.filter((item) => !afterKeys.has(itemKey(item)));
  return { added, removed, changed };
}

/**
 * Whether a diff records no change at all.
 *
 * @param diff - a {@link ChecklistDiff}
 * @returns `true` when nothing was added, removed or changed
 * @throws {SsjError} `CHECKLIST_INVALID` when it is not `{ added, removed, changed }` of arrays
 * @example
 * ```ts
 * isEmptyChecklistDiff(diffChecklists(v1, v1)); // true
 * ```
 */
export function isEmptyChecklistDiff(diff: ChecklistDiff): boolean {
  parseWith(diffSchema, diff, 'checklist diff', 'CHECKLIST_INVALID');
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
