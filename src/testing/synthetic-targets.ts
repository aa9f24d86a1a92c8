import { addDays, type IsoDate, parseIsoDate } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import {
  type InspectionHistoryEntry,
  isMarketSubjectKind,
  ORDOS_REGIONS,
  type Target,
  type TargetId,
  type TargetKind,
} from '../directories/index.js';
import { generateTargetsOptionsSchema } from './options-schema.js';
import { createRng, cumulative, type Rng } from './seeded-rng.js';
import {
  SYNTHETIC_CREDIT_MIX,
  SYNTHETIC_INDUSTRIES,
  SYNTHETIC_KIND_MIX,
  SYNTHETIC_REGION_MIX,
  SYNTHETIC_SCALE_MIX,
  SYNTHETIC_STATUS_MIX,
  TRADE_NAME_SYLLABLES,
} from './synthetic-tables.js';
import { drawUsccSerials, syntheticUscc } from './synthetic-uscc.js';

/** Options of {@link generateTargets}. */
export interface GenerateTargetsOptions {
  /** Any string; the same seed always gives the same targets. */
  readonly seed: string;
  /** How many targets (up to 31^7). */
  readonly count: number;
  /** The credit-class date of every target (default `2024-12-01`); history falls in the year before. */
  readonly asOf?: string;
  /** Only these kinds (default: the mix of all kinds). */
  readonly kinds?: readonly TargetKind[];
  /**
   * Only these 6-digit 行政区划代码, picked evenly (default: the 鄂尔多斯 mix), e.g. `['150621']` for a
   * directory of 达拉特旗 alone.
   */
  readonly regions?: readonly string[];
}

const mix = <T>(table: readonly { readonly value: T; readonly weight: number }[]) => ({
  values: table.map((r) => r.value),
  cum: cumulative(table.map((r) => r.weight)),
});
const KIND = mix(SYNTHETIC_KIND_MIX);
const REGION = mix(SYNTHETIC_REGION_MIX);
const SCALE = mix(SYNTHETIC_SCALE_MIX);
const STATUS = mix(SYNTHETIC_STATUS_MIX);
const CREDIT = mix(SYNTHETIC_CREDIT_MIX);
const INDUSTRY = mix(SYNTHETIC_INDUSTRIES.map((i) => ({ value: i, weight: i.weight })));
const REGION_NAME = new Map<string, string>(ORDOS_REGIONS.map((r) => [r.code, r.name]));
const SUFFIX: Readonly<Record<TargetKind, string>> = {
  enterprise: '有限公司',
  'individual-business': '店',
  'farmer-cooperative': '专业合作社',
  'public-institution': '服务中心',
  'social-organization': '协会',
  project: '项目',
  'specific-person': '从业人员',
  facility: '设备',
  venue: '场所',
  product: '产品',
  conduct: '经营行为',
};
const TYPE = { enterprise: '1', 'individual-business': '2', 'farmer-cooperative': '3' } as const;
const RESULTS = [
  '未发现问题',
  '未发现问题',
  '未发现问题',
  '发现问题已责令改正',
  '未按规定公示应当公示的信息',
];
const NO_HISTORY: readonly InspectionHistoryEntry[] = [];

const pickMix = <T>(rng: Rng, m: { values: readonly T[]; cum: readonly number[] }) =>
  m.values[rng.weighted(m.cum)] as T;

function historyOf(
  rng: Rng,
  asOf: IsoDate,
  industryTags: readonly string[],
): readonly InspectionHistoryEntry[] {
  if (!rng.chance(0.2)) return NO_HISTORY;
  const date = addDays(asOf, -rng.int(1, 365));
  const department = industryTags.includes('食品') || rng.chance(0.6) ? 'samr' : 'emergency-management';
  const n = rng.int(1, 3);
  const items = Array.from(
    { length: n },
    (_, i) => `${department.toUpperCase()}-${String(i + 1).padStart(3, '0')}`,
  );
  return [
    {
      date,
      department,
      items,
      taskId: `task-${date.slice(0, 4)}-${rng.int(1, 40)}`,
      result: rng.pick(RESULTS),
    },
  ];
}

/**
 * Generates a realistic synthetic target directory (模拟检查对象名录): valid 统一社会信用代码s for market subjects
 * (unique within a run), 鄂尔多斯 region codes, GB/T 4754 industries, names, scales, the 2024 鄂尔多斯 credit-class
 * mix (≈ 78% A, 15% B, 3.6% C, 3.7% D), statuses, the abnormal-operation flag, tags and some history. Seeded:
 * the same options always give the same targets. For examples, benchmarks and host tests only.
 *
 * @param options - seed, count, credit date, kinds ({@link GenerateTargetsOptions})
 * @returns `count` targets (valid by `targetSchema`), ids unique
 * @throws {SsjError} `INVALID_DATE` when `asOf` is not a real date
 * @throws {SsjError} `INVALID_INPUT` when `count` is not an integer from 0 to 31^7, `kinds` or `regions` is empty
 *   or holds a kind or a code the directories do not know, or an option is not one of these
 * @example
 * ```ts
 * const targets = generateTargets({ seed: 'demo', count: 1000 });
 * const dalate = generateTargets({ seed: 'demo', count: 1000, regions: ['150621'] }); // 达拉特旗 only
 * ```
 *
 * @example
 * Run in `examples/synthetic-data.ts`:
 *
 * {@includeCode ../../examples/synthetic-data.ts#targets}
 */
export function generateTargets(options: GenerateTargetsOptions): Target[] {
  parseWith(generateTargetsOptionsSchema, options, 'generateTargets options');
  const { count } = options;
  const asOf = parseIsoDate(options.asOf ?? '2024-12-01');
  const rng = createRng(`targets\n${options.seed}`);
  const serials = drawUsccSerials(rng);
  const kinds = options.kinds;
  const regions = options.regions;
  const out: Target[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const kind = kinds === undefined ? pickMix(rng, KIND) : rng.pick(kinds);
    const region = regions === undefined ? pickMix(rng, REGION) : rng.pick(regions);
    const industry = pickMix(rng, INDUSTRY);
    const market = isMarketSubjectKind(kind);
    const trade = `${rng.pick(TRADE_NAME_SYLLABLES)}${rng.pick(TRADE_NAME_SYLLABLES)}`;
    const id = market
      ? syntheticUscc(serials, i, TYPE[kind], region)
      : `${kind}-${region}-${String(i).padStart(7, '0')}`;
    const name = `${REGION_NAME.get(region)}${trade}${industry.word}${SUFFIX[kind]}`;
    const creditClass = pickMix(rng, CREDIT);
    const target: Target = {
      id: id as TargetId,
      kind,
      name,
      region,
      industry: industry.code,
      ...(market ? { scale: kind === 'individual-business' ? 'micro' : pickMix(rng, SCALE) } : {}),
      creditClass,
      creditAsOf: asOf,
      status: pickMix(rng, STATUS),
      abnormal: rng.chance(creditClass === 'A' ? 0.01 : creditClass === 'B' ? 0.05 : 0.3),
      active: true,
      tags: industry.tags,
      history: historyOf(rng, asOf, industry.tags),
    };
    out[i] = target;
  }
  return out;
}
