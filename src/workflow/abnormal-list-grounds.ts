import type { SourcedRule } from './sourced-rule.js';

/** Why an enterprise is put on the abnormal-operation list (列入经营异常名录的情形). */
export type AbnormalListingGround = 'unreachable' | 'annual-report-late' | 'order-to-publish-unmet';

/** One listing ground as data: what it is, what day starts its clock, the working days, and the source. */
export interface AbnormalListingGroundRule extends SourcedRule<'workdays'> {
  /** The ground in Chinese, as the rule words it. */
  readonly zh: string;
  /** The day that starts the clock (not itself counted). */
  readonly clockStartsOn: string;
  /** Whether the rule was read from a secondary source (a summary, not the official text). */
  readonly secondary: boolean;
}

const REVISION_2025 = '企业经营异常名录管理办法（2025年3月18日修订）';

/**
 * The listing grounds of the 2025 revision of the abnormal-operation list rules, each with its 10-working-day
 * clock (列入时限). Read from a secondary source (a summary of the revision), so each is marked `secondary`.
 * Hosts may add their own grounds beside these.
 *
 * @example
 * ```ts
 * ABNORMAL_LISTING_GROUNDS.unreachable.value; // 10 (working days from the day it was verified)
 * ```
 */
export const ABNORMAL_LISTING_GROUNDS = {
  unreachable: {
    zh: '通过登记的住所或者经营场所无法联系',
    clockStartsOn: 'the day the failure to reach it was verified (自查实之日起)',
    value: 10,
    unit: 'workdays',
    source: `${REVISION_2025}（通过登记的住所或者经营场所无法联系）`,
    secondary: true,
  },
  'annual-report-late': {
    zh: '未按规定期限公示年度报告',
    clockStartsOn: 'the day the annual-report window closes (年度报告公示期限届满之日起)',
    value: 10,
    unit: 'workdays',
    source: `${REVISION_2025}（未按规定期限公示年度报告）`,
    secondary: true,
  },
  'order-to-publish-unmet': {
    zh: '未在市场监督管理部门责令的期限内公示有关企业信息',
    clockStartsOn: 'the day the ordered period ends (责令的期限届满之日起)',
    value: 10,
    unit: 'workdays',
    source: `${REVISION_2025}（未在责令的期限内公示有关企业信息）`,
    secondary: true,
  },
} as const satisfies Record<AbnormalListingGround, AbnormalListingGroundRule>;
