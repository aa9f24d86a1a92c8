import * as z from 'zod/mini';

/** One county-level administrative division (县级行政区划) with its 6-digit code. */
export interface RegionInfo {
  /** The 6-digit 行政区划代码 (GB/T 2260). */
  readonly code: string;
  /** The Chinese name. */
  readonly name: string;
}

/**
 * The county-level divisions of 鄂尔多斯市 (Ordos, Inner Mongolia), with their GB/T 2260 codes: the default
 * regions of the synthetic data.
 *
 * @example
 * ```ts
 * ORDOS_REGIONS.find((r) => r.code === '150621')?.name; // '达拉特旗'
 * ```
 */
export const ORDOS_REGIONS = [
  { code: '150602', name: '东胜区' },
  { code: '150603', name: '康巴什区' },
  { code: '150621', name: '达拉特旗' },
  { code: '150622', name: '准格尔旗' },
  { code: '150623', name: '鄂托克前旗' },
  { code: '150624', name: '鄂托克旗' },
  { code: '150625', name: '杭锦旗' },
  { code: '150626', name: '乌审旗' },
  { code: '150627', name: '伊金霍洛旗' },
] as const satisfies readonly RegionInfo[];

/**
 * A 6-digit 行政区划代码: province (2), prefecture (2), county (2).
 *
 * @example
 * ```ts
 * REGION_CODE_PATTERN.test('150621'); // true
 * ```
 */
export const REGION_CODE_PATTERN = /^[1-9]\d{5}$/;

/**
 * Zod schema of a 6-digit 行政区划代码 (region code). Only the form is checked, not that the code is assigned.
 * @example
 * ```ts
 * regionCodeSchema.safeParse('1506').success; // false
 * ```
 */
export const regionCodeSchema = z
  .string()
  .check(z.trim(), z.regex(REGION_CODE_PATTERN, 'Expected a 6-digit 行政区划代码 such as 150621'));

/**
 * Zod schema of a region prefix for filters: 2, 4 or 6 digits (province, prefecture or county).
 * @example
 * ```ts
 * regionPrefixSchema.parse('1506'); // 鄂尔多斯市
 * ```
 */
export const regionPrefixSchema = z
  .string()
  .check(
    z.regex(
      /^[1-9]\d(\d{2}){0,2}$/,
      'Expected 2, 4 or 6 digits of a 行政区划代码, such as 15, 1506 or 150621',
    ),
  );
