import * as z from 'zod/mini';
import type { Brand } from '../../core/index.js';
import { departmentRefSchema } from '../shared/departments.js';
import { industryCodeSchema } from '../shared/industry-codes.js';
import { TARGET_KIND_IDS, type TargetKind } from '../targets/kinds.js';
import { type Guidance, guidanceSchema } from './guidance.js';
import { type LegalBasis, legalBasisSchema } from './legal-basis.js';
import { type ChecklistInspectionMethod, INSPECTION_METHOD_LIST } from './method.js';

/** The code of a checklist item (事项编码), unique within its department. */
export type ChecklistItemCode = Brand<string, 'ChecklistItemCode'>;

/**
 * Whether an item is a key item (重点检查事项: its sampling ratio has no upper limit) or a general item
 * (一般检查事项: its ratio is strictly limited).
 */
export type ChecklistItemPriority = 'key' | 'general';

/** The Chinese names of {@link ChecklistItemPriority} values, as spreadsheets write them. */
export const ITEM_PRIORITIES = {
  key: { zh: '重点检查事项' },
  general: { zh: '一般检查事项' },
} as const satisfies Record<ChecklistItemPriority, { readonly zh: string }>;

/**
 * One item of a random-inspection checklist (随机抽查事项清单的抽查事项), 达政办发〔2023〕70号 三（三）:
 * 抽查类别, 抽查事项, 检查内容, 检查方式, 检查依据 and the department that inspects it (抽查主体).
 */
export interface ChecklistItem {
  /** 事项编码: unique within the department. */
  readonly code: ChecklistItemCode;
  /** 抽查主体: the id of the department that inspects (e.g. `samr`). */
  readonly department: string;
  /** 抽查类别, e.g. `企业公示信息抽查`. */
  readonly category: string;
  /** 抽查事项, e.g. `企业公示信息情况检查`. */
  readonly name: string;
  /** 检查内容: what is checked. */
  readonly content: string;
  /** 检查方式: one or more methods, without repeats. */
  readonly methods: readonly ChecklistInspectionMethod[];
  /** 检查依据: one or more laws or rules with their articles. */
  readonly legalBasis: readonly LegalBasis[];
  /** 重点 / 一般检查事项. */
  readonly priority: ChecklistItemPriority;
  /** 检查对象类型: the kinds of target the item applies to (e.g. `enterprise` 企业). */
  readonly targetKinds: readonly TargetKind[];
  /** 适用行业: GB/T 4754 codes (`F`, `F52`, `F521`); empty means every industry. */
  readonly industries: readonly string[];
  /** 抽查工作指引 (一指引) of the item, once written. */
  readonly guidance?: Guidance;
}

/** A reference to one item of one department's checklist: the department and the item code. */
export interface ChecklistItemRef {
  /** The department id. */
  readonly department: string;
  /** The item code within that department. */
  readonly code: ChecklistItemCode;
}

const missingOr =
  (what: string, form = 'text') =>
  (issue: { readonly input?: unknown }) =>
    issue.input === undefined ? `Missing ${what}` : `Expected ${what} as ${form}`;
const text = (what: string) =>
  z
    .string({ error: missingOr(what) })
    .check(z.trim(), z.minLength(1, { message: `Expected a non-empty ${what}` }));
const METHOD_HINT = 'Expected an inspection method (检查方式): 书面检查, 实地核查, 网络监测 or 委托专业机构';
const uniqueList = <T extends z.ZodMiniType>(item: T, what: string) =>
  z
    .readonly(z.array(item, { error: missingOr(`${what}s`) }))
    .check(
      z.refine((xs) => new Set(xs).size === xs.length, { message: `Expected each ${what} at most once` }),
    );

/** Zod schema of a {@link ChecklistItemCode}. */
export const checklistItemCodeSchema = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { message: 'Expected an item code' }),
      z.maxLength(64, { message: 'An item code has at most 64 characters' }),
    ),
  z.transform((s) => s as ChecklistItemCode),
);

/** The fields of a {@link ChecklistItem} as a zod object (before `guidance` is normalised). */
export const checklistItemShape = z.strictObject({
  code: checklistItemCodeSchema,
  department: departmentRefSchema,
  category: text('category (抽查类别)'),
  name: text('item name (抽查事项)'),
  content: text('content (检查内容)'),
  methods: uniqueList(
    z.enum(INSPECTION_METHOD_LIST as [ChecklistInspectionMethod, ...ChecklistInspectionMethod[]], {
      error: METHOD_HINT,
    }),
    'method',
  ).check(z.refine((xs) => xs.length > 0, { message: 'Expected at least one inspection method (检查方式)' })),
  legalBasis: z.readonly(
    z
      .array(legalBasisSchema, { error: missingOr('legal basis (检查依据)') })
      .check(z.minLength(1, { message: 'Expected at least one legal basis (检查依据)' })),
  ),
  priority: z.enum(['key', 'general'], {
    error: 'Expected the item type (事项类型): 重点 (key) or 一般 (general)',
  }),
  targetKinds: uniqueList(
    z.enum(TARGET_KIND_IDS, { error: 'Expected a target kind (检查对象类型): 企业, 个体工商户, …' }),
    'target kind',
  ).check(
    z.refine((xs) => xs.length > 0, {
      message: 'Expected at least one target kind (检查对象类型)',
    }),
  ),
  industries: z._default(uniqueList(industryCodeSchema, 'industry'), []),
  guidance: z.optional(guidanceSchema),
});

/** Zod schema of a {@link ChecklistItem}; `industries` defaults to `[]` (every industry). */
export const checklistItemSchema = z.pipe(
  checklistItemShape,
  z.transform(
    ({ guidance, ...rest }): ChecklistItem => (guidance === undefined ? rest : { ...rest, guidance }),
  ),
);

/** What {@link checklistItemSchema} accepts: a {@link ChecklistItem} before checking (plain strings, optional industries). */
export type ChecklistItemInput = z.input<typeof checklistItemSchema>;

/**
 * The key of an item across departments: `department` and `code` joined by a NUL character.
 *
 * @param ref - anything with a department and an item code
 * @returns a string unique per (department, code)
 * @example
 * ```ts
 * itemKey({ department: 'samr', code: 'SJ-001' }); // 'samr\u0000SJ-001'
 * ```
 */
export function itemKey(ref: { readonly department: string; readonly code: string }): string {
  return `${ref.department}\u0000${ref.code}`;
}
