import { addDays, type IsoDate, makeDate, parseIsoDate } from '../core/index.js';
import { parseWith, toDayNumber } from '../core/internal.js';
import {
  type Certificate,
  DEPARTMENTS,
  type Inspector,
  type InspectorId,
  ORDOS_REGIONS,
} from '../directories/index.js';
import { generateInspectorsOptionsSchema } from './options-schema.js';
import { createRng, type Rng } from './seeded-rng.js';
import { GIVEN_NAME_CHARACTERS, SURNAMES } from './synthetic-tables.js';

/**
 * Specialties (业务专长) per department for synthetic inspectors; others get {@link GENERAL_SPECIALTIES}.
 *
 * @example
 * ```ts
 * DEPARTMENT_SPECIALTIES.samr?.[0]; // '食品安全'
 * ```
 */
export const DEPARTMENT_SPECIALTIES: Readonly<Record<string, readonly string[]>> = {
  samr: ['食品安全', '特种设备', '产品质量', '计量', '价格监督', '广告监管', '企业公示信息', '药品安全'],
  'emergency-management': ['安全生产', '危险化学品', '矿山安全', '应急预案'],
  'ecology-environment': ['大气污染', '水污染', '固体废物', '排污许可'],
  health: ['公共场所卫生', '医疗机构', '职业卫生', '饮用水卫生'],
  transport: ['道路运输', '机动车维修', '公路路政'],
  'housing-construction': ['建筑工程质量', '建筑施工安全', '房地产市场'],
  'agriculture-animal-husbandry': ['农药', '兽药', '饲料', '种子'],
  'fire-rescue': ['消防安全'],
  taxation: ['发票管理', '纳税申报'],
  'culture-tourism': ['文化市场', '旅游市场'],
};

/**
 * Specialties of departments without their own list.
 *
 * @example
 * ```ts
 * GENERAL_SPECIALTIES[0]; // '行政执法'
 * ```
 */
export const GENERAL_SPECIALTIES = ['行政执法', '行政许可事后监管', '日常监管'] as const;

const EXPERT_BODIES = [
  { kind: 'testing-body', name: '鄂尔多斯市检验检测中心' },
  { kind: 'research-institute', name: '内蒙古自治区质量和标准化研究院' },
  { kind: 'industry', name: '鄂尔多斯市煤炭行业协会' },
] as const;

/** Options of {@link generateInspectors}. */
export interface GenerateInspectorsOptions {
  /** Any string; the same seed always gives the same inspectors. */
  readonly seed: string;
  /** Inspectors per department (default 12). */
  readonly perDepartment?: number;
  /** Department ids (default all 29 of {@link DEPARTMENTS}). */
  readonly departments?: readonly string[];
  /** The reference date for certificate validity (default `2025-01-01`): about 5% are expired by then. */
  readonly asOf?: string;
  /** The region codes an inspector may be limited to (default: the 鄂尔多斯 ones); about 40% are limited to one. */
  readonly regions?: readonly string[];
}

const ORDOS_CODES: readonly string[] = ORDOS_REGIONS.map((r) => r.code);

function nameOf(rng: Rng): string {
  const given = rng.chance(0.7) ? 2 : 1;
  let name = rng.pick(SURNAMES);
  for (let i = 0; i < given; i++) name += rng.pick(GIVEN_NAME_CHARACTERS);
  return name;
}

function certificateOf(rng: Rng, asOf: IsoDate, serial: number): Certificate {
  const expired = rng.chance(0.05);
  const validTo = addDays(asOf, expired ? -rng.int(1, 300) : rng.int(30, 5 * 365));
  const validFrom = addDays(validTo, -(5 * 365 - 1));
  return { number: `15062${String(serial).padStart(7, '0')}`, validFrom, validTo };
}

/**
 * Generates a synthetic inspector directory (模拟执法检查人员名录): for each department, enforcement officers
 * (with 执法证), supervision staff and a few experts from a testing body, research institute or industry, with
 * specialties and regions. Seeded: the same options always give the same inspectors.
 *
 * @param options - seed, inspectors per department, departments, reference date
 * @returns inspectors (valid by `inspectorSchema`), ids `<department>-<nnn>`
 * @throws {SsjError} `INVALID_DATE` when `asOf` is not a real date
 * @throws {SsjError} `INVALID_INPUT` when `perDepartment` is not an integer from 0 to 999, `regions` is empty or
 *   holds a code that is not 6 digits, or an option is not one of these
 * @example
 * ```ts
 * const inspectors = generateInspectors({ seed: 'demo', perDepartment: 8 });
 * ```
 *
 * @example
 * Run in `examples/synthetic-data.ts`:
 *
 * {@includeCode ../../examples/synthetic-data.ts#inspectors}
 */
export function generateInspectors(options: GenerateInspectorsOptions): Inspector[] {
  parseWith(generateInspectorsOptionsSchema, options, 'generateInspectors options');
  const per = options.perDepartment ?? 12;
  const asOf = parseIsoDate(options.asOf ?? makeDate(2025, 1, 1));
  const rng = createRng(`inspectors\n${options.seed}`);
  const departments = options.departments ?? DEPARTMENTS.map((d) => d.id);
  const regionCodes = options.regions ?? ORDOS_CODES;
  const out: Inspector[] = [];
  let serial = toDayNumber(asOf) % 1000;
  for (const department of departments) {
    const specialties = DEPARTMENT_SPECIALTIES[department] ?? GENERAL_SPECIALTIES;
    for (let n = 1; n <= per; n++) {
      const r = rng.int(0, 99);
      const role: Inspector['role'] = r < 70 ? 'enforcement' : r < 90 ? 'staff' : 'expert';
      const first = rng.int(0, specialties.length - 1);
      const own = rng.chance(0.5)
        ? [specialties[first]]
        : [specialties[first], specialties[(first + 1) % specialties.length]];
      const inspector: Inspector = {
        id: `${department}-${String(n).padStart(3, '0')}` as InspectorId,
        name: nameOf(rng),
        department,
        role,
        certificates: role === 'expert' ? [] : [certificateOf(rng, asOf, serial++)],
        specialties: [...new Set(own as string[])],
        regions: rng.chance(0.6) ? [] : [rng.pick(regionCodes)],
        active: rng.chance(0.95),
        ...(role === 'expert' ? { affiliation: rng.pick(EXPERT_BODIES) } : {}),
      };
      out.push(inspector);
    }
  }
  return out;
}
