/**
 * The roles in the inspector directory (执法检查人员名录库): `enforcement` 行政执法类公务员 or staff with
 * enforcement qualification, `staff` 日常从事监管工作的人员, `expert` 检测机构、科研院所、行业专家 who assist by
 * giving opinions but are not inspectors (source: 达政办发〔2023〕70号 三（四）). The directory and the inspector
 * assignment both read this one table.
 *
 * @example
 * ```ts
 * INSPECTOR_ROLES.map((r) => r.role); // ['enforcement', 'staff', 'expert']
 * ```
 */
export const INSPECTOR_ROLES = [
  { role: 'enforcement', name: '行政执法人员', source: '达政办发〔2023〕70号 三（四）' },
  { role: 'staff', name: '日常监管人员', source: '达政办发〔2023〕70号 三（四）' },
  { role: 'expert', name: '专家', source: '达政办发〔2023〕70号 三（四）' },
] as const satisfies readonly { readonly role: string; readonly name: string; readonly source: string }[];

/**
 * An inspector's role (人员类别): an enforcement officer (行政执法类公务员), a staff member with an enforcement
 * qualification (具有执法资格的工作人员), or an expert (专家) who may assist but never counts toward the minimum team.
 */
export type InspectorRole = (typeof INSPECTOR_ROLES)[number]['role'];
