import type { InspectionKind } from './inspection-kind.js';

/**
 * How a cap groups the inspections it counts (计数口径): per inspecting body (同一行政机关对同一企业), per level of
 * government (每级), or over all the departments it names (累计, or a host's cross-department total).
 */
export type CapScope = 'body' | 'level' | 'all';

/** A list of 个案 triggers that do not count toward a cap (不计入检查频次的情形), with its source. */
export interface CapExemptTriggerList {
  /** The triggers, by id, with the words of the list. */
  readonly triggers: Readonly<Record<string, string>>;
  /** Where the list is published. */
  readonly source: string;
  /** Whether it was read from a secondary source. */
  readonly secondary: boolean;
}

/**
 * An annual inspection frequency cap per enterprise (年度检查频次上限) as published, without the host's
 * department ids: spread it into an {@link InspectionCap} with `departments`.
 */
export interface InspectionCapRule {
  /** A stable id, named in every exclusion it causes. */
  readonly id: string;
  /** The cap in Chinese, as published. */
  readonly zh: string;
  /** At most this many counted inspections of one enterprise in a calendar year. */
  readonly max: number;
  /** How the inspections are grouped. */
  readonly per: CapScope;
  /** The kinds counted (default: every kind but 上级部署的专项检查). */
  readonly kinds?: readonly InspectionKind[];
  /** 个案 triggers that do not count (e.g. 投诉举报). */
  readonly exemptTriggers?: readonly string[];
  /** The document and clause. */
  readonly source: string;
  /** Whether it was read from a secondary source. */
  readonly secondary: boolean;
}

/**
 * A cap as applied (频次上限): a published or host rule and the departments whose inspections it counts. Without
 * `departments` it counts every department's inspections (a cross-department cap).
 */
export interface InspectionCap extends InspectionCapRule {
  /** The host's ids of the departments the cap covers (e.g. the health commission and its enforcement team). */
  readonly departments?: readonly string[];
}

const HEALTH = '国家卫生健康委 涉企行政检查频次上限 (zgwg.gov.cn/contents/62884/715678.html)';

/**
 * 个案 triggers that do not count toward the health caps (不计入检查频次): complaints (including the 12345 hotline),
 * leads found by off-site supervision, and inspections at the enterprise's own request.
 *
 * @example
 * ```ts
 * Object.keys(CAP_EXEMPT_TRIGGERS.health.triggers); // ['complaint', 'off-site-lead', 'enterprise-request']
 * ```
 */
export const CAP_EXEMPT_TRIGGERS = {
  health: {
    triggers: {
      complaint: '通过12345热线…投诉举报的',
      'off-site-lead': '经非现场监管发现问题线索的',
      'enterprise-request': '应企业申请实施行政检查的',
    },
    source: HEALTH,
    secondary: false,
  },
} as const satisfies Readonly<Record<string, CapExemptTriggerList>>;

const HEALTH_EXEMPT = Object.keys(CAP_EXEMPT_TRIGGERS.health.triggers);

/**
 * Published annual caps (已公布的年度检查频次上限), required of every competent department by 国办发〔2024〕54号
 * ("2025年6月底前公布年度检查频次上限"). Spread one with the host's department ids: `{ ...INSPECTION_CAP_RULES
 * ['health-per-level'], departments: ['health'] }`. Hosts add their own caps beside these.
 *
 * @example
 * ```ts
 * INSPECTION_CAP_RULES['health-cumulative'].max; // 4
 * ```
 */
export const INSPECTION_CAP_RULES = {
  'health-per-level': {
    id: 'health-per-level',
    zh: '每级每年度对同一企业开展入企检查的次数不超过2次',
    max: 2,
    per: 'level',
    exemptTriggers: HEALTH_EXEMPT,
    source: HEALTH,
    secondary: false,
  },
  'health-cumulative': {
    id: 'health-cumulative',
    zh: '各级累计不超过4次',
    max: 4,
    per: 'all',
    exemptTriggers: HEALTH_EXEMPT,
    source: HEALTH,
    secondary: false,
  },
  'sport-per-body': {
    id: 'sport-per-body',
    zh: '年度检查频次上限 2 次',
    max: 2,
    per: 'body',
    source: '国家体育总局 涉企行政检查事项清单',
    secondary: true,
  },
} as const satisfies Readonly<Record<string, InspectionCapRule>>;
