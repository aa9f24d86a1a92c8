import { expectString } from '../../core/internal.js';

/** Where the list of target kinds comes from. */
const SOURCE = '达政办发〔2023〕70号 三（四）';

/** One kind of inspection target (检查对象类型). */
export interface TargetKindInfo {
  /** Stable ASCII id. */
  readonly kind: string;
  /** The Chinese name as in the source. */
  readonly name: string;
  /** Whether it is a market subject (市场主体), keyed by its 统一社会信用代码. */
  readonly marketSubject: boolean;
  /** Where the entry comes from. */
  readonly source: string;
}

/**
 * Every kind of inspection target the regulation lists (检查对象名录库: 企业、个体工商户、农民专业合作社等市场主体，
 * 也可以包括事业单位、社团法人、项目工程、特定人员、设施设备、场地场所、产品、行为). Market subjects are keyed by a
 * validated 统一社会信用代码; the other kinds by their own ids.
 *
 * @example
 * ```ts
 * TARGET_KINDS.find((k) => k.kind === 'individual-business')?.name; // '个体工商户'
 * ```
 */
export const TARGET_KINDS = [
  { kind: 'enterprise', name: '企业', marketSubject: true, source: SOURCE },
  { kind: 'individual-business', name: '个体工商户', marketSubject: true, source: SOURCE },
  { kind: 'farmer-cooperative', name: '农民专业合作社', marketSubject: true, source: SOURCE },
  { kind: 'public-institution', name: '事业单位', marketSubject: false, source: SOURCE },
  { kind: 'social-organization', name: '社团法人', marketSubject: false, source: SOURCE },
  { kind: 'project', name: '项目工程', marketSubject: false, source: SOURCE },
  { kind: 'specific-person', name: '特定人员', marketSubject: false, source: SOURCE },
  { kind: 'facility', name: '设施设备', marketSubject: false, source: SOURCE },
  { kind: 'venue', name: '场地场所', marketSubject: false, source: SOURCE },
  { kind: 'product', name: '产品', marketSubject: false, source: SOURCE },
  { kind: 'conduct', name: '行为', marketSubject: false, source: SOURCE },
] as const satisfies readonly TargetKindInfo[];

/** The kind of an inspection target (检查对象类型), one of {@link TARGET_KINDS}. */
export type TargetKind = (typeof TARGET_KINDS)[number]['kind'];

/** The kinds that are market subjects (市场主体), keyed by USCC. */
export type MarketSubjectKind = Extract<(typeof TARGET_KINDS)[number], { marketSubject: true }>['kind'];

/**
 * Every target kind id, in the source's order.
 *
 * @example
 * ```ts
 * TARGET_KIND_IDS[0]; // 'enterprise'
 * ```
 */
export const TARGET_KIND_IDS = TARGET_KINDS.map((k) => k.kind) as readonly TargetKind[] as readonly [
  TargetKind,
  ...TargetKind[],
];

const MARKET: ReadonlySet<string> = new Set(TARGET_KINDS.filter((k) => k.marketSubject).map((k) => k.kind));

/**
 * Whether targets of this kind are market subjects (市场主体), keyed by their 统一社会信用代码.
 *
 * @param kind - a target kind
 * @returns `true` for 企业, 个体工商户 and 农民专业合作社
 * @example
 * ```ts
 * isMarketSubjectKind('enterprise'); // true
 * isMarketSubjectKind('product'); // false
 * ```
 */
export function isMarketSubjectKind(kind: TargetKind): kind is MarketSubjectKind {
  return MARKET.has(kind);
}

/**
 * The target kind whose Chinese name or id is `label` (for imports from spreadsheets), or `undefined`.
 *
 * @param label - `企业`, `enterprise`, …
 * @returns the kind id
 * @example
 * ```ts
 * targetKindFromLabel('农民专业合作社'); // 'farmer-cooperative'
 * ```
 */
export function targetKindFromLabel(label: string): TargetKind | undefined {
  expectString(label, 'target kind label');
  const t = label.trim();
  return TARGET_KINDS.find((k) => k.kind === t || k.name === t)?.kind;
}
