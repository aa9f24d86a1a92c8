/** The kind of an administrative inspection of an enterprise (涉企行政检查类型). */
export type InspectionKind = 'routine' | 'case' | 'special' | 'superior-special';

/** One inspection kind as data: its Chinese name, whether frequency caps count it, and the source. */
export interface InspectionKindInfo {
  /** The Chinese name. */
  readonly zh: string;
  /** Whether annual frequency caps count inspections of this kind (unless a cap says otherwise). */
  readonly countsTowardCaps: boolean;
  /** Where the rule comes from. */
  readonly source: string;
  /** Whether the source is secondary (a summary or an answer, not the official text). */
  readonly secondary: boolean;
}

const ANSWERS = '司法部《关于〈国务院办公厅关于严格规范涉企行政检查的意见〉有关问题解答》';

/**
 * The three kinds of inspection of 国办发〔2024〕54号 as the Ministry of Justice explains them, with the special
 * campaigns deployed by a higher authority apart: annual caps cover "日常、个案、专项检查（上级部署的专项检查除外）".
 * A random draw (双随机) is a routine inspection; a complaint or referral case is a 个案 inspection.
 *
 * @example
 * ```ts
 * INSPECTION_KINDS['superior-special'].countsTowardCaps; // false
 * ```
 */
export const INSPECTION_KINDS = {
  routine: { zh: '日常检查', countsTowardCaps: true, source: ANSWERS, secondary: true },
  case: { zh: '个案检查', countsTowardCaps: true, source: ANSWERS, secondary: true },
  special: { zh: '专项检查', countsTowardCaps: true, source: ANSWERS, secondary: true },
  'superior-special': {
    zh: '上级部署的专项检查',
    countsTowardCaps: false,
    source: `${ANSWERS}（上级部署的专项检查除外）`,
    secondary: true,
  },
} as const satisfies Readonly<Record<InspectionKind, InspectionKindInfo>>;

/** Every {@link InspectionKind}, in the order of {@link INSPECTION_KINDS}. */
export const INSPECTION_KIND_LIST = Object.keys(INSPECTION_KINDS) as readonly InspectionKind[];

/** The kinds that count toward a cap by default (all but 上级部署的专项检查). */
export const CAP_COUNTED_KINDS: readonly InspectionKind[] = INSPECTION_KIND_LIST.filter(
  (k) => INSPECTION_KINDS[k].countsTowardCaps,
);
