import { parseWith } from '../../core/internal.js';
import { itemsHolderSchema } from './guards.js';
import { GUIDANCE_SOURCE, type Guidance } from './guidance.js';
import { type ChecklistItem, type ChecklistItemCode, checklistItemSchema } from './item.js';
import { formatLegalBasis } from './legal-basis.js';
import { type ChecklistInspectionMethod, INSPECTION_METHODS } from './method.js';

/**
 * The guidance of one item as an officer reads it (抽查工作指引): 为何查、查什么、怎么查, the content, methods,
 * legal basis and work requirements together, 达政办发〔2023〕70号 三（六）.
 */
export interface GuidanceSheet {
  /** The department. */
  readonly department: string;
  /** The item code. */
  readonly code: ChecklistItemCode;
  /** 抽查事项. */
  readonly name: string;
  /** 检查内容, from the item. */
  readonly content: string;
  /** 检查方式, from the item. */
  readonly methods: readonly ChecklistInspectionMethod[];
  /** 检查方式 in Chinese, e.g. `['书面检查', '实地核查']`. */
  readonly methodNames: readonly string[];
  /** 检查依据 as cited, e.g. `['《企业信息公示暂行条例》第十五条']`. */
  readonly legalBasis: readonly string[];
  /** 为何查、查什么、怎么查、工作要求, or `null` when the item has no guidance yet. */
  readonly guidance: Guidance | null;
  /** Where the duty to write guidance comes from. */
  readonly source: string;
}

/**
 * Puts an item's guidance together with its content, methods and legal basis (一指引).
 *
 * @param item - a checklist item
 * @returns the {@link GuidanceSheet}; `guidance` is `null` when none is written yet
 * @throws {SsjError} `CHECKLIST_INVALID` when the item is malformed
 * @example
 * ```ts
 * guidanceSheet(item).legalBasis; // ['《企业信息公示暂行条例》第十五条']
 * ```
 */
export function guidanceSheet(item: ChecklistItem): GuidanceSheet {
  const checked = parseWith(
    checklistItemSchema,
    item,
    'checklist item',
    'CHECKLIST_INVALID',
  ) as ChecklistItem;
  return {
    department: checked.department,
    code: checked.code,
    name: checked.name,
    content: checked.content,
    methods: checked.methods,
    methodNames: checked.methods.map((m) => INSPECTION_METHODS[m].zh),
    legalBasis: checked.legalBasis.map(formatLegalBasis),
    guidance: checked.guidance ?? null,
    source: GUIDANCE_SOURCE,
  };
}

/**
 * The items that still lack guidance: the regulation asks for guidance on every item (逐一明确).
 *
 * @param checklist - a checklist (or any list of items)
 * @returns the codes of items without guidance, in checklist order
 * @throws {SsjError} `CHECKLIST_INVALID` when it is not `{ items }` or an item is malformed
 * @example
 * ```ts
 * guidanceGaps(checklist); // ['SJ-003']
 * ```
 */
export function guidanceGaps(checklist: { readonly items: readonly ChecklistItem[] }): ChecklistItemCode[] {
  const { items } = parseWith(itemsHolderSchema, checklist, 'checklist', 'CHECKLIST_INVALID');
  return (items as ChecklistItem[]).filter((item) => item.guidance === undefined).map((item) => item.code);
}
