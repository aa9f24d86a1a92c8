import * as z from 'zod/mini';
import { canonicalDigest, type IsoDate, isoDateSchema } from '../../core/index.js';
import { expectRecord, expectString, parseWith } from '../../core/internal.js';
import { departmentRefSchema } from '../shared/departments.js';
import { assertItemsOfDepartment, deepFreeze } from './checks.js';
import { checklistVersionSchema } from './guards.js';
import { type ChecklistItem, checklistItemSchema } from './item.js';
import type { ChecklistRevision } from './revision.js';

/**
 * One version of a department's random-inspection checklist (随机抽查事项清单, 一单), 达政办发〔2023〕70号
 * 三（三）. A version never changes (it is deeply frozen); `reviseChecklist` makes the next one.
 */
export interface Checklist {
  /** The department whose checklist this is (抽查主体). */
  readonly department: string;
  /** Title, e.g. `旗市场监管局随机抽查事项清单`. */
  readonly title: string;
  /** Version number: 1 for the first, one more for each revision. */
  readonly version: number;
  /** The date this version applies from. */
  readonly effectiveFrom: IsoDate;
  /** The items (抽查事项), codes unique. */
  readonly items: readonly ChecklistItem[];
  /** How this version came from the one before; `null` for a first version. */
  readonly revision: ChecklistRevision | null;
  /** SHA-256 (hex) of the canonical JSON of every other field: lets a plan or draw cite the exact version. */
  readonly digest: string;
}

/** Zod schema of the input of {@link createChecklist}. */
export const checklistInputSchema = z.strictObject({
  department: departmentRefSchema,
  title: z.string().check(z.trim(), z.minLength(1, { message: 'Expected a title' })),
  version: z._default(z.number().check(z.int(), z.gte(1)), 1),
  effectiveFrom: isoDateSchema,
  items: z.readonly(z.array(checklistItemSchema)),
});

/** What {@link createChecklist} accepts. */
export type ChecklistInput = z.input<typeof checklistInputSchema>;

/**
 * Creates a department checklist (建立本部门随机抽查事项清单) from plain data, checked.
 *
 * @param input - department, title, effective date, items and, optionally, the version number (default 1)
 * @returns the checklist, deeply frozen, with its digest
 * @throws {SsjError} `CHECKLIST_INVALID` when a field is missing or malformed (every issue listed)
 * @throws {SsjError} `CHECKLIST_ITEM_DEPARTMENT_MISMATCH` when an item names another department
 * @throws {SsjError} `CHECKLIST_DUPLICATE_ITEM_CODE` when two items share a code
 * @example
 * ```ts
 * const checklist = createChecklist({
 *   department: 'samr',
 *   title: '旗市场监管局随机抽查事项清单',
 *   effectiveFrom: '2025-01-01',
 *   items: [publicInformationItem],
 * });
 * ```
 */
export function createChecklist(input: unknown): Checklist {
  const parsed = parseWith(checklistInputSchema, input, 'checklist', 'CHECKLIST_INVALID');
  return sealChecklist({ ...parsed, revision: null });
}

/** Checks the items, computes the digest and freezes: the last step of every new version. */
export function sealChecklist(content: Omit<Checklist, 'digest'>): Checklist {
  assertItemsOfDepartment(content.department, content.items);
  return deepFreeze({ ...content, digest: checklistDigest(content) });
}

/**
 * The digest of a checklist version: SHA-256 (hex) of the canonical JSON (RFC 8785) of all fields but `digest`.
 *
 * @param checklist - a checklist, with or without its digest
 * @returns 64 hex characters
 * @example
 * ```ts
 * checklistDigest(checklist) === checklist.digest; // true unless the data was tampered with
 * ```
 */
export function checklistDigest(checklist: Omit<Checklist, 'digest'> & { readonly digest?: string }): string {
  expectRecord(checklist, 'checklist', 'CHECKLIST_INVALID');
  const { digest: _ignored, ...content } = checklist;
  return canonicalDigest(content);
}

/**
 * The item with that code, or `undefined`.
 *
 * @param checklist - the checklist
 * @param code - an item code (事项编码)
 * @returns the item
 * @throws {SsjError} `CHECKLIST_INVALID` when the checklist or an item is malformed, or the code is not a string
 * @example
 * ```ts
 * checklistItem(checklist, 'SJ-001')?.name; // '企业公示信息情况检查'
 * ```
 */
export function checklistItem(checklist: Checklist, code: string): ChecklistItem | undefined {
  const { items } = parseWith(checklistVersionSchema, checklist, 'checklist', 'CHECKLIST_INVALID');
  expectString(code, 'item code', 'CHECKLIST_INVALID', ['code']);
  return (items as ChecklistItem[]).find((item) => item.code === code);
}
