import * as z from 'zod/mini';
import { canonicalDigest, type IsoDate, isoDateSchema, SsjError, type SsjIssue } from '../../core/index.js';
import { parseWith } from '../../core/internal.js';
import { departmentRefSchema } from '../shared/departments.js';
import type { Checklist } from './checklist.js';
import { deepFreeze } from './checks.js';
import { jointShapeSchema } from './guards.js';
import { type ChecklistItemCode, type ChecklistItemRef, checklistItemCodeSchema, itemKey } from './item.js';
import { type ChecklistVersionRef, indexChecklists } from './lookup.js';

/**
 * One entry of a joint checklist: an item several departments inspect together in one visit (进一次门、查多项事),
 * each with its own checklist items.
 */
export interface JointChecklistEntry {
  /** 联合抽查事项编码, unique within the joint checklist. */
  readonly code: ChecklistItemCode;
  /** 联合抽查事项, e.g. `餐饮服务单位食品安全和消防安全联合检查`. */
  readonly name: string;
  /** The departments that inspect together (at least two, no repeats). */
  readonly departments: readonly string[];
  /** Each department's own items checked on the joint visit; every department named has at least one. */
  readonly items: readonly ChecklistItemRef[];
}

/**
 * A joint random-inspection checklist (部门联合随机抽查事项清单), made by the 旗市场监管局 for the market-regulation
 * field, 达政办发〔2023〕70号 三（三）. Immutable; it records the department checklist versions it was built on.
 */
export interface JointChecklist {
  /** The department that makes it (default `samr`, 旗市场监管局). */
  readonly owner: string;
  /** Title. */
  readonly title: string;
  /** Version number. */
  readonly version: number;
  /** The date it applies from. */
  readonly effectiveFrom: IsoDate;
  /** The joint items. */
  readonly entries: readonly JointChecklistEntry[];
  /** The department checklist versions its references were checked against. */
  readonly basedOn: readonly ChecklistVersionRef[];
  /** SHA-256 (hex) of the canonical JSON of every other field. */
  readonly digest: string;
}

const text = z.string().check(z.trim(), z.minLength(1, { message: 'Expected a non-empty text' }));

/** Zod schema of the input of {@link createJointChecklist}. */
export const jointChecklistInputSchema = z.strictObject({
  owner: z._default(departmentRefSchema, 'samr'),
  title: text,
  version: z._default(z.number().check(z.int(), z.gte(1)), 1),
  effectiveFrom: isoDateSchema,
  entries: z.readonly(
    z.array(
      z.strictObject({
        code: checklistItemCodeSchema,
        name: text,
        departments: z.readonly(z.array(departmentRefSchema)),
        items: z.readonly(
          z.array(z.strictObject({ department: departmentRefSchema, code: checklistItemCodeSchema })),
        ),
      }),
    ),
  ),
});

/** What {@link createJointChecklist} accepts. */
export type JointChecklistInput = z.input<typeof jointChecklistInputSchema>;

function entryIssues(entry: JointChecklistEntry, i: number): SsjIssue[] {
  const at = ['entries', i];
  const issues: SsjIssue[] = [];
  const named = new Set(entry.departments);
  if (named.size !== entry.departments.length) {
    issues.push({ path: [...at, 'departments'], message: 'A department is named twice' });
  }
  if (named.size < 2) {
    const message = `Joint item ${entry.code} names ${named.size} department(s)`;
    issues.push({ path: [...at, 'departments'], message, expected: 'at least two departments' });
  }
  entry.items.forEach((ref, j) => {
    if (!named.has(ref.department)) {
      const message = `Item ${ref.code} belongs to "${ref.department}", which joint item ${entry.code} does not name`;
      issues.push({ path: [...at, 'items', j, 'department'], message });
    }
  });
  for (const d of named) {
    if (!entry.items.some((ref) => ref.department === d)) {
      const message = `Department "${d}" takes part in joint item ${entry.code} without an item of its own`;
      issues.push({ path: [...at, 'items'], message, expected: `an item of "${d}"` });
    }
  }
  const keys = entry.items.map(itemKey);
  if (new Set(keys).size !== keys.length)
    issues.push({ path: [...at, 'items'], message: 'An item is listed twice' });
  return issues;
}

/**
 * Creates a joint checklist (部门联合随机抽查事项清单): items inspected together by several departments, each
 * referring to the departments' own checklist items, which must exist in the checklists given.
 *
 * @param input - owner (default `samr`), title, version (default 1), effective date and entries
 * @param checklists - the current checklist of every department the entries name
 * @returns the joint checklist, deeply frozen, with its digest and the versions it was built on
 * @throws {SsjError} `CHECKLIST_JOINT_INVALID` when the input is malformed, an entry names fewer than two
 *   departments, lists an item of a department it does not name, or leaves a named department without an item
 * @throws {SsjError} `CHECKLIST_DUPLICATE_ITEM_CODE` when two entries share a code
 * @throws {SsjError} `CHECKLIST_ITEM_NOT_FOUND` when a referenced item is not in the checklists
 * @example
 * ```ts
 * const joint = createJointChecklist({ title: '部门联合随机抽查事项清单', effectiveFrom: '2025-03-01', entries }, [samr, fire]);
 * ```
 */
export function createJointChecklist(input: unknown, checklists: readonly Checklist[]): JointChecklist {
  const parsed = parseWith(jointChecklistInputSchema, input, 'joint checklist', 'CHECKLIST_JOINT_INVALID');
  const structural = parsed.entries.flatMap(entryIssues);
  if (structural.length > 0) {
    throw new SsjError('CHECKLIST_JOINT_INVALID', structural.map((s) => s.message).join('; '), {
      issues: structural,
    });
  }
  const firstAt = new Map<string, number>();
  const duplicates: SsjIssue[] = [];
  parsed.entries.forEach((e, i) => {
    const first = firstAt.get(e.code);
    if (first === undefined) firstAt.set(e.code, i);
    else
      duplicates.push({ path: ['entries', i, 'code'], message: `Code ${e.code} is also entries[${first}]` });
  });
  if (duplicates.length > 0) {
    throw new SsjError('CHECKLIST_DUPLICATE_ITEM_CODE', duplicates.map((d) => d.message).join('; '), {
      issues: duplicates,
    });
  }
  const index = indexChecklists(checklists);
  const missing: SsjIssue[] = [];
  parsed.entries.forEach((e, i) => {
    e.items.forEach((ref, j) => {
      if (index.find(ref) === undefined) {
        const message = `No item ${ref.code} in the checklist of "${ref.department}"`;
        missing.push({ path: ['entries', i, 'items', j], message });
      }
    });
  });
  if (missing.length > 0) {
    throw new SsjError('CHECKLIST_ITEM_NOT_FOUND', missing.map((m) => m.message).join('; '), {
      issues: missing,
    });
  }
  const used = new Set(parsed.entries.flatMap((e) => e.items.map((r) => r.department)));
  const content = { ...parsed, basedOn: index.versions.filter((v) => used.has(v.department)) };
  return deepFreeze({ ...content, digest: canonicalDigest(content) });
}

const jointArgsSchema = z.object({ joint: jointShapeSchema, department: departmentRefSchema });

/**
 * The joint items a department takes part in.
 *
 * @param joint - the joint checklist
 * @param department - a department id
 * @returns the entries that name the department, in order
 * @throws {SsjError} `CHECKLIST_JOINT_INVALID` when the joint checklist or the department id is malformed
 * @example
 * ```ts
 * jointEntriesOf(joint, 'fire-rescue').map((e) => e.name);
 * ```
 */
export function jointEntriesOf(joint: JointChecklist, department: string): JointChecklistEntry[] {
  const args = parseWith(
    jointArgsSchema,
    { joint, department },
    'joint checklist',
    'CHECKLIST_JOINT_INVALID',
  );
  return joint.entries.filter((e) => e.departments.includes(args.department));
}
