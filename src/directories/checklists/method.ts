import { expectString } from '../../core/internal.js';

/**
 * The ways an item is inspected (检查方式), from 达政办发〔2023〕70号 三（八）: written review, on-site check,
 * online monitoring, and work entrusted to a qualified professional body (检验检测、财务审计、调查咨询).
 * The Chinese name and the spreadsheet spellings of each are data.
 */
export const INSPECTION_METHODS = {
  'written-review': { zh: '书面检查', aliases: ['书面检查', '书面审查', '书面核查'] },
  'on-site': { zh: '实地核查', aliases: ['实地核查', '实地检查', '现场检查', '现场核查'] },
  'online-monitoring': { zh: '网络监测', aliases: ['网络监测', '网络检查', '网络核查'] },
  entrusted: {
    zh: '委托专业机构',
    aliases: ['委托专业机构', '委托第三方', '专业机构', '检验检测', '财务审计', '调查咨询'],
  },
} as const satisfies Record<string, { readonly zh: string; readonly aliases: readonly string[] }>;

/** Where the list of inspection methods comes from. */
export const INSPECTION_METHODS_SOURCE = '达政办发〔2023〕70号 三（八）';

/** A way of inspecting (检查方式): `written-review` 书面检查, `on-site` 实地核查, `online-monitoring` 网络监测, `entrusted` 委托专业机构. */
export type ChecklistInspectionMethod = keyof typeof INSPECTION_METHODS;

/** Every {@link ChecklistInspectionMethod}, in the order the regulation lists them. */
export const INSPECTION_METHOD_LIST = Object.keys(INSPECTION_METHODS) as readonly ChecklistInspectionMethod[];

/**
 * The method a spreadsheet cell names, in English (`on-site`) or Chinese (`实地核查`, `现场检查`, …).
 *
 * @param text - one method, as written in a cell
 * @returns the method, or `undefined` when the text names none
 * @example
 * ```ts
 * inspectionMethodOf('现场检查'); // 'on-site'
 * ```
 */
export function inspectionMethodOf(text: string): ChecklistInspectionMethod | undefined {
  expectString(text, 'inspection method');
  const t = text.trim();
  for (const method of INSPECTION_METHOD_LIST) {
    const aliases: readonly string[] = INSPECTION_METHODS[method].aliases;
    if (method === t || aliases.includes(t)) return method;
  }
  return undefined;
}
