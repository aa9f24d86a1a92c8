import { parseLegalBasisText } from '../checklists/legal-basis.js';
import { inspectionMethodOf } from '../checklists/method.js';
import type { Department } from '../shared/departments.js';
import { targetKindFromLabel } from '../targets/kinds.js';
import { labelCell, listCell } from './cells.js';

/**
 * Cell conversions of the checklist import. As in the other imports, a cell that cannot be converted is passed
 * on unchanged, so the schema reports it with what was expected.
 */

const KEY = new Set(['key', '重点', '重点检查事项', '重点事项', '是', '√']);
const GENERAL = new Set(['general', '一般', '一般检查事项', '一般事项', '否', '×']);

/** Reads 重点/一般 (检查事项), 是/否 (in a 重点检查事项 column) or `key`/`general` as a priority. */
export function priorityCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  return KEY.has(t) ? 'key' : GENERAL.has(t) ? 'general' : value;
}

/** Reads a 检查方式 cell (`书面检查、实地核查`) as methods; an unknown method stays as written. */
export function methodsCell(value: unknown): unknown {
  const list = listCell(value);
  return Array.isArray(list)
    ? list.map((m: unknown) => (typeof m === 'string' ? (inspectionMethodOf(m) ?? m) : m))
    : list;
}

/** Reads a 检查对象类型 cell (`企业、个体工商户`) as target kinds; an unknown kind stays as written. */
export function targetKindsCell(value: unknown): unknown {
  const list = listCell(value);
  return Array.isArray(list)
    ? list.map((k: unknown) => (typeof k === 'string' ? (targetKindFromLabel(k) ?? k) : k))
    : list;
}

/** Reads a 检查依据 cell (`《A》第十五条；《B》第二条`) as legal bases. */
export function legalBasisCell(value: unknown): unknown {
  return typeof value === 'string' ? parseLegalBasisText(value) : value;
}

/** Reads a 工作要求 cell: one requirement per line or per `；`. */
export function requirementsCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(/[;；\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Reads a 抽查主体 cell as a department id: the id itself, the full name (`旗市场监管局`) or the name without
 * the leading 旗 (`市场监管局`).
 */
export function departmentCell(value: unknown, departments: readonly Department[]): unknown {
  return labelCell(value, (label) => {
    const t = label.trim();
    return departments.find((d) => d.id === t || d.name === t || d.name === `旗${t}`)?.id;
  });
}
