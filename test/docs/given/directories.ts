/**
 * What the directories snippets take from the host: rows of a target sheet with Chinese headers (as a host parses
 * them from Excel), an id in the directory, and a checklist with the changes a revision makes.
 */

import { SAMR_ROWS } from '../../../examples/checklist-versions.js';
import {
  type ChecklistChange,
  createChecklist,
  importChecklistItems,
  type TargetId,
} from '../../../src/directories/index.js';
import { generateTargets } from '../../../src/testing/index.js';

const sheet = generateTargets({
  seed: 'docs: directories',
  count: 6,
  kinds: ['enterprise'],
  asOf: '2025-12-01',
});

/** Rows of a target sheet, header → cell. */
export const rowsFromExcel = sheet.map((t) => ({
  统一社会信用代码: t.id,
  企业名称: t.name,
  对象类型: '企业',
  行政区划代码: t.region,
  行业代码: t.industry,
  信用风险分类: t.creditClass,
  分类日期: t.creditAsOf,
  登记状态: '存续',
}));

/** An id of the directory (the first row's 统一社会信用代码). */
export const id = (sheet[0]?.id ?? '') as TargetId;

/** The same, as the directories guide calls it. */
export const someId = id;

/** The department's checklist, version 1, from the rows of its sheet. */
export const checklist = createChecklist({
  department: 'samr',
  title: '旗市场监管局随机抽查事项清单（示例）',
  effectiveFrom: '2025-01-01',
  items: importChecklistItems(SAMR_ROWS).accepted,
});

/** A revision: one item removed. */
export const changes: readonly ChecklistChange[] = [{ op: 'remove', code: 'SJ-003' }];
