import * as z from 'zod/mini';

/** Where the member list comes from. */
const SOURCE = '达政办发〔2023〕70号 附件1 二、成员组成';

/**
 * One member department of the joint meeting (联席会议成员单位): a stable ASCII id and the full Chinese name as
 * the source lists it.
 */
export interface Department {
  /** Stable ASCII id, e.g. `samr` for 旗市场监管局. */
  readonly id: string;
  /** The name exactly as in the source's member list (成员组成). */
  readonly name: string;
  /** Where the entry comes from. */
  readonly source: string;
}

/**
 * The 29 law-enforcement departments of the 达拉特旗 joint meeting for market-regulation 双随机、一公开
 * supervision (部门联合“双随机、一公开”监管联席会议成员单位), in the order of the source's member list.
 *
 * The names follow 附件1 二、成员组成; 附件2 lists the people who represent the members (a few under other
 * unit names, e.g. 旗能源管理综合行政执法大队 for 旗能源局).
 *
 * @example
 * ```ts
 * DEPARTMENTS.find((d) => d.id === 'samr')?.name; // '旗市场监管局'
 * DEPARTMENTS.length; // 29
 * ```
 */
export const DEPARTMENTS = [
  { id: 'development-reform', name: '旗发改委', source: SOURCE },
  { id: 'justice', name: '旗司法局', source: SOURCE },
  { id: 'samr', name: '旗市场监管局', source: SOURCE },
  { id: 'education-sports', name: '旗教体局', source: SOURCE },
  { id: 'science-technology', name: '旗科技局', source: SOURCE },
  { id: 'public-security', name: '旗公安局', source: SOURCE },
  { id: 'civil-affairs', name: '旗民政局', source: SOURCE },
  { id: 'finance', name: '旗财政局', source: SOURCE },
  { id: 'human-resources-social-security', name: '旗人社局', source: SOURCE },
  { id: 'natural-resources', name: '旗自然资源局', source: SOURCE },
  { id: 'ecology-environment', name: '鄂尔多斯市生态环境局达拉特旗分局', source: SOURCE },
  { id: 'housing-construction', name: '旗住建局', source: SOURCE },
  { id: 'transport', name: '旗交通运输局', source: SOURCE },
  { id: 'water-resources', name: '旗水利局', source: SOURCE },
  { id: 'agriculture-animal-husbandry', name: '旗农牧局', source: SOURCE },
  { id: 'culture-tourism', name: '旗文旅局', source: SOURCE },
  { id: 'health', name: '旗卫健委', source: SOURCE },
  { id: 'emergency-management', name: '旗应急管理局', source: SOURCE },
  { id: 'forestry-grassland', name: '旗林草局', source: SOURCE },
  { id: 'financial-services', name: '旗政府金融服务中心', source: SOURCE },
  { id: 'statistics', name: '旗统计局', source: SOURCE },
  { id: 'healthcare-security', name: '旗医疗保障局', source: SOURCE },
  { id: 'meteorology', name: '旗气象局', source: SOURCE },
  { id: 'taxation', name: '旗税务局', source: SOURCE },
  { id: 'urban-management', name: '旗城市管理综合执法局', source: SOURCE },
  { id: 'energy', name: '旗能源局', source: SOURCE },
  { id: 'fire-rescue', name: '消防救援支队', source: SOURCE },
  { id: 'transport-services', name: '鄂尔多斯市交通运输服务中心达拉特旗分中心', source: SOURCE },
  { id: 'transport-enforcement', name: '鄂尔多斯市交通运输综合行政执法支队达拉特旗大队', source: SOURCE },
] as const satisfies readonly Department[];

/** The id of one of the 29 member departments in {@link DEPARTMENTS} (成员单位). */
export type DepartmentId = (typeof DEPARTMENTS)[number]['id'];

const IDS: ReadonlySet<string> = new Set(DEPARTMENTS.map((d) => d.id));

/**
 * Whether `value` is the id of one of the 29 member departments.
 *
 * @param value - anything
 * @returns `true` when `value` is a {@link DepartmentId}
 * @example
 * ```ts
 * isDepartmentId('samr'); // true
 * isDepartmentId('tobacco'); // false
 * ```
 */
export function isDepartmentId(value: unknown): value is DepartmentId {
  return typeof value === 'string' && IDS.has(value);
}

/**
 * The department with that id, or `undefined`.
 *
 * @param id - a department id
 * @returns the {@link Department} entry
 * @example
 * ```ts
 * departmentById('public-security')?.name; // '旗公安局'
 * ```
 */
export function departmentById(id: string): Department | undefined {
  return DEPARTMENTS.find((d) => d.id === id);
}

/**
 * Zod schema of a department reference in a directory entry: a non-empty id. Any department a host uses is
 * accepted (a county may have members other than the 29); {@link isDepartmentId} tells the source's own.
 * @example
 * ```ts
 * departmentRefSchema.parse(' samr '); // 'samr'
 * ```
 */
export const departmentRefSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Expected a department id'),
    z.maxLength(100, 'A department id has at most 100 characters'),
  );
