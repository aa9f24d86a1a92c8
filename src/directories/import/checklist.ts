import * as z from 'zod/mini';
import type { Checklist } from '../checklists/checklist.js';
import { itemsHolderSchema } from '../checklists/guards.js';
import { type ChecklistItem, checklistItemShape } from '../checklists/item.js';
import { DEPARTMENTS, type Department, departmentRefSchema } from '../shared/departments.js';
import { checkImportOptions, checkRows } from './boundary.js';
import { listCell, textCell } from './cells.js';
import {
  departmentCell,
  legalBasisCell,
  methodsCell,
  priorityCell,
  requirementsCell,
  targetKindsCell,
} from './checklist-cells.js';
import { type ImportResult, importRows } from './rows.js';

/**
 * The documented header map of the checklist import (随机抽查事项清单导入表头). English field names (`code`,
 * `name`, …) are accepted as headers too.
 *
 * | 表头 | field |
 * |---|---|
 * | 事项编码, 抽查事项编码, 编码, 编号 | `code` |
 * | 抽查类别, 事项类别 | `category` |
 * | 抽查事项, 抽查事项名称, 事项名称 | `name` |
 * | 检查内容 | `content` |
 * | 检查方式 | `methods` (书面检查, 实地核查, 网络监测, 委托专业机构, separated by 、 ， or ；) |
 * | 检查依据 | `legalBasis` (`《法规名称》第X条`, several separated by ；) |
 * | 抽查主体, 实施主体, 检查主体 | `department` (id, or name as in the member list) |
 * | 事项类型, 重点检查事项, 事项级别 | `priority` (重点/一般, or 是/否) |
 * | 检查对象类型, 检查对象, 抽查对象 | `targetKinds` (企业, 个体工商户, …) |
 * | 适用行业, 行业代码 | `industries` (GB/T 4754 codes; blank means every industry) |
 * | 为何查, 查什么, 怎么查 | guidance `why`, `what`, `how` |
 * | 工作要求 | guidance `requirements` (one per line or per ；) |
 */
export const CHECKLIST_HEADER_MAP = {
  事项编码: 'code',
  抽查事项编码: 'code',
  编码: 'code',
  编号: 'code',
  抽查类别: 'category',
  事项类别: 'category',
  抽查事项: 'name',
  抽查事项名称: 'name',
  事项名称: 'name',
  检查内容: 'content',
  检查方式: 'methods',
  检查依据: 'legalBasis',
  抽查主体: 'department',
  实施主体: 'department',
  检查主体: 'department',
  事项类型: 'priority',
  重点检查事项: 'priority',
  事项级别: 'priority',
  检查对象类型: 'targetKinds',
  检查对象: 'targetKinds',
  抽查对象: 'targetKinds',
  适用行业: 'industries',
  行业代码: 'industries',
  为何查: 'why',
  查什么: 'what',
  怎么查: 'how',
  工作要求: 'requirements',
} as const satisfies Readonly<Record<string, string>>;

const optionalText = z.optional(z.string().check(z.trim(), z.minLength(1)));

type GuidanceCells = { readonly [K in 'why' | 'what' | 'how' | 'requirements']?: unknown };
const hasGuidance = (r: GuidanceCells) => [r.why, r.what, r.how, r.requirements].some((v) => v !== undefined);
/** Runs even when other cells of the row are bad, so every problem of the row is reported. */
const guidanceIssue = (field: 'why' | 'what' | 'how') => ({
  path: [field],
  message: 'Guidance (一指引) needs 为何查, 查什么 and 怎么查 together',
  when: (payload: { readonly value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
});

/**
 * The row schema of the checklist import: converts cells and validates the result as a {@link ChecklistItem}.
 * Guidance columns are all-or-nothing: a row with any of 为何查/查什么/怎么查 needs all three. The 抽查主体 must
 * be one of `departments` (by id or name), so a misspelt department is reported, never taken as a new one.
 *
 * @param defaultDepartment - the department of rows without a 抽查主体 column
 * @param departments - the departments whose names a 抽查主体 cell may use (default {@link DEPARTMENTS})
 * @returns a zod schema of a mapped row
 * @example
 * ```ts
 * checklistRowSchema('samr').safeParse({ code: 'SJ-001', name: '企业公示信息情况检查', ... });
 * ```
 */
export function checklistRowSchema(
  defaultDepartment?: string,
  departments: readonly Department[] = DEPARTMENTS,
): z.ZodMiniType<ChecklistItem, unknown> {
  const known = new Set(departments.map((d) => d.id));
  const row = z.pipe(
    z
      .extend(z.omit(checklistItemShape, { guidance: true }), {
        department: z.string().check(
          z.refine((d) => known.has(d), {
            message: `Expected a department id or name of the member list (${[...known].slice(0, 3).join(', ')}, …)`,
          }),
        ),
        why: optionalText,
        what: optionalText,
        how: optionalText,
        requirements: z.optional(z.readonly(z.array(z.string()))),
      })
      .check(
        z.refine((r) => !hasGuidance(r) || r.why !== undefined, guidanceIssue('why')),
        z.refine((r) => !hasGuidance(r) || r.what !== undefined, guidanceIssue('what')),
        z.refine((r) => !hasGuidance(r) || r.how !== undefined, guidanceIssue('how')),
      ),
    z.transform(
      ({ why, what, how, requirements, ...item }): ChecklistItem =>
        why === undefined || what === undefined || how === undefined
          ? item
          : { ...item, guidance: { why, what, how, requirements: requirements ?? [] } },
    ),
  );
  return z.pipe(
    z.transform((input) => {
      if (typeof input !== 'object' || input === null) return input;
      const r = input as Record<string, unknown>;
      const department =
        r.department === undefined ? defaultDepartment : departmentCell(r.department, departments);
      return {
        ...r,
        code: textCell(r.code),
        department,
        methods: methodsCell(r.methods),
        legalBasis: legalBasisCell(r.legalBasis),
        priority: priorityCell(r.priority),
        targetKinds: targetKindsCell(r.targetKinds),
        ...(r.industries === undefined ? {} : { industries: listCell(r.industries) }),
        ...(r.requirements === undefined ? {} : { requirements: requirementsCell(r.requirements) }),
      };
    }),
    row,
  );
}

/** Options of {@link importChecklistItems}. */
export interface ImportChecklistItemsOptions {
  /** Header → field; default {@link CHECKLIST_HEADER_MAP}. */
  readonly headerMap?: Readonly<Record<string, string>>;
  /** The department of rows without a 抽查主体 column. */
  readonly department?: string;
  /** Departments whose names a 抽查主体 cell may use; default the 29 members ({@link DEPARTMENTS}). */
  readonly departments?: readonly Department[];
  /** A checklist already holding items: rows reusing one of its codes are rejected (revise it instead). */
  readonly existing?: Checklist;
  /** The number of the first row (default 2: row 1 is the header line). */
  readonly firstRow?: number;
}

const CHECKLIST_OPTIONS = {
  department: z.optional(departmentRefSchema),
  departments: z.optional(
    z.array(z.custom<Department>((d) => typeof d === 'object' && d !== null, 'Expected a department')),
  ),
  existing: z.optional(itemsHolderSchema),
};

/**
 * Imports checklist items (导入随机抽查事项清单) from rows a host parsed from CSV or Excel, with Chinese headers
 * through {@link CHECKLIST_HEADER_MAP}. Never throws for bad rows: each is reported with its row number and every
 * problem (the path names the column); item codes repeated within a department are reported on every row that
 * uses them, never merged. Accepted items can go straight into `createChecklist`.
 *
 * @param rows - one object per row, header → cell
 * @param options - {@link ImportChecklistItemsOptions}
 * @returns `{ accepted, rejected, unmappedHeaders }`
 * @throws {SsjError} `IMPORT_ROWS_INVALID` when the rows are not an array without holes
 * @throws {SsjError} `IMPORT_OPTIONS_INVALID` when the options are malformed or name a key the import does not read
 * @example
 * ```ts
 * const { accepted, rejected } = importChecklistItems(rows, { department: 'samr' });
 * ```
 */
export function importChecklistItems(
  rows: readonly unknown[],
  options: ImportChecklistItemsOptions = {},
): ImportResult<ChecklistItem> {
  checkRows(rows);
  checkImportOptions(options, CHECKLIST_OPTIONS, 'importChecklistItems');
  const idOf = (item: { readonly department: string; readonly code: string }) =>
    `${item.department}/${item.code}`;
  const existing = options.existing?.items.map(idOf);
  return importRows(rows, {
    headerMap: options.headerMap ?? CHECKLIST_HEADER_MAP,
    schema: checklistRowSchema(options.department, options.departments ?? DEPARTMENTS),
    idOf,
    idField: 'code',
    firstRow: options.firstRow ?? 2,
    ...(existing === undefined ? {} : { existingIds: new Set(existing) }),
  });
}
