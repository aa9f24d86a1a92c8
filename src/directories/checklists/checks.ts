import { SsjError, type SsjIssue } from '../../core/index.js';
import type { ChecklistItem } from './item.js';

/**
 * Checks that every item belongs to `department` and that no item code repeats (事项编码 unique within a
 * department). Reports every offending item, not only the first.
 *
 * @throws {SsjError} `CHECKLIST_ITEM_DEPARTMENT_MISMATCH` when an item names another department
 * @throws {SsjError} `CHECKLIST_DUPLICATE_ITEM_CODE` when two items share a code
 */
export function assertItemsOfDepartment(department: string, items: readonly ChecklistItem[]): void {
  const foreign: SsjIssue[] = [];
  items.forEach((item, i) => {
    if (item.department !== department) {
      foreign.push({
        path: ['items', i, 'department'],
        message: `Item ${item.code} names department "${item.department}" in the checklist of "${department}"`,
        expected: department,
      });
    }
  });
  if (foreign.length > 0) {
    throw new SsjError('CHECKLIST_ITEM_DEPARTMENT_MISMATCH', foreign.map((f) => f.message).join('; '), {
      issues: foreign,
    });
  }
  const firstAt = new Map<string, number>();
  const duplicates: SsjIssue[] = [];
  items.forEach((item, i) => {
    const first = firstAt.get(item.code);
    if (first === undefined) firstAt.set(item.code, i);
    else {
      duplicates.push({
        path: ['items', i, 'code'],
        message: `Item code ${item.code} is already used by items[${first}] of department "${department}"`,
        expected: 'an item code unique within the department',
      });
    }
  });
  if (duplicates.length > 0) {
    throw new SsjError('CHECKLIST_DUPLICATE_ITEM_CODE', duplicates.map((d) => d.message).join('; '), {
      issues: duplicates,
    });
  }
}

/**
 * Freezes a plain data value and everything inside it, so a published version cannot be changed in place.
 * Descends into values already frozen too (zod's `readonly()` freezes arrays but not their elements).
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
