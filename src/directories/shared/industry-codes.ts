import * as z from 'zod/mini';

/** One section (门类) of GB/T 4754-2017 国民经济行业分类. */
export interface IndustrySection {
  /** The section letter, A–T. */
  readonly code: string;
  /** The Chinese name. */
  readonly name: string;
}

/**
 * The 20 sections (门类) of GB/T 4754-2017 国民经济行业分类 (industrial classification for national economic
 * activities).
 *
 * @example
 * ```ts
 * INDUSTRY_SECTIONS.find((s) => s.code === 'F')?.name; // '批发和零售业'
 * ```
 */
export const INDUSTRY_SECTIONS = [
  { code: 'A', name: '农、林、牧、渔业' },
  { code: 'B', name: '采矿业' },
  { code: 'C', name: '制造业' },
  { code: 'D', name: '电力、热力、燃气及水生产和供应业' },
  { code: 'E', name: '建筑业' },
  { code: 'F', name: '批发和零售业' },
  { code: 'G', name: '交通运输、仓储和邮政业' },
  { code: 'H', name: '住宿和餐饮业' },
  { code: 'I', name: '信息传输、软件和信息技术服务业' },
  { code: 'J', name: '金融业' },
  { code: 'K', name: '房地产业' },
  { code: 'L', name: '租赁和商务服务业' },
  { code: 'M', name: '科学研究和技术服务业' },
  { code: 'N', name: '水利、环境和公共设施管理业' },
  { code: 'O', name: '居民服务、修理和其他服务业' },
  { code: 'P', name: '教育' },
  { code: 'Q', name: '卫生和社会工作' },
  { code: 'R', name: '文化、体育和娱乐业' },
  { code: 'S', name: '公共管理、社会保障和社会组织' },
  { code: 'T', name: '国际组织' },
] as const satisfies readonly IndustrySection[];

/**
 * The form of a GB/T 4754 code: a section letter, optionally followed by the 2-digit division (大类), 3-digit
 * group (中类) or 4-digit class (小类): `C`, `C13`, `C131`, `C1311`.
 * @example
 * ```ts
 * INDUSTRY_CODE_PATTERN.test('C1311'); // true
 * ```
 */
export const INDUSTRY_CODE_PATTERN = /^[A-T](\d{2}(\d{1,2})?)?$/;

/**
 * Zod schema of a GB/T 4754 industry code (行业代码). The form is checked, not that the code is assigned.
 *
 * @example
 * ```ts
 * industryCodeSchema.safeParse('5212').success; // false: the section letter is missing
 * ```
 */
export const industryCodeSchema = z
  .string()
  .check(
    z.trim(),
    z.regex(INDUSTRY_CODE_PATTERN, 'Expected a GB/T 4754 industry code such as C, C13, C131 or C1311'),
  );

/**
 * Whether an industry code falls under a prefix (`C13` is under `C` and `C1`; a filter for `C13` takes
 * `C131` and `C1311`).
 *
 * @param code - a GB/T 4754 code
 * @param prefix - a section letter or a leading part of a code
 * @returns `true` when `code` starts with `prefix`
 * @example
 * ```ts
 * isIndustryUnder('C1311', 'C13'); // true
 * isIndustryUnder('F5211', 'C'); // false
 * ```
 */
export function isIndustryUnder(code: string, prefix: string): boolean {
  return typeof code === 'string' && typeof prefix === 'string' && code.startsWith(prefix);
}
