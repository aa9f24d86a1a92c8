import type { IsoDate } from '../../core/index.js';
import type { ChecklistDiff } from './diff.js';

/**
 * The rule for entering a revised checklist: within 10 working days (调整后的清单应于10个工作日内录入部门协同监管平台).
 * Counted from the date the legal basis changed; that day itself is not counted.
 */
export const CHECKLIST_ENTRY_DEADLINE = {
  value: 10,
  unit: 'workdays',
  source: '达政办发〔2023〕70号 三（三）',
} as const satisfies { readonly value: number; readonly unit: 'workdays'; readonly source: string };

/**
 * Why a checklist was revised (动态调整): a law, regulation or rule was made, amended, repealed or interpreted
 * (法律、法规、规章立改废释), or the work in practice required it (工作实际情况), 达政办发〔2023〕70号 三（三）.
 */
export type ChecklistChangeCause =
  | 'law-made'
  | 'law-amended'
  | 'law-repealed'
  | 'law-interpreted'
  | 'work-practice';

/** The Chinese names of {@link ChecklistChangeCause} values. */
export const CHECKLIST_CHANGE_CAUSES = {
  'law-made': { zh: '立' },
  'law-amended': { zh: '改' },
  'law-repealed': { zh: '废' },
  'law-interpreted': { zh: '释' },
  'work-practice': { zh: '工作实际情况' },
} as const satisfies Record<ChecklistChangeCause, { readonly zh: string }>;

/** The deadline for entering a revised checklist into the platform, from the working-day calendar. */
export interface ChecklistEntryDeadline {
  /** The date the legal basis changed (not counted). */
  readonly from: IsoDate;
  /** The number of working days (10 by {@link CHECKLIST_ENTRY_DEADLINE}). */
  readonly workdays: number;
  /** The last day for entering the change. */
  readonly due: IsoDate;
  /** Whether the calendar had no official schedule for a day counted (the date may still move). */
  readonly provisional: boolean;
  /** Where the rule comes from. */
  readonly source: string;
}

/** The change log (变更记录) of one revision: how a version came from the one before. */
export interface ChecklistRevision {
  /** The version revised. */
  readonly fromVersion: number;
  /** The new version (one more). */
  readonly toVersion: number;
  /** The digest of the version revised: chains every version to its predecessor. */
  readonly previousDigest: string;
  /** Why, in words (e.g. the law and what changed in it). */
  readonly reason: string;
  /** What kind of change prompted it, when stated. */
  readonly cause?: ChecklistChangeCause;
  /** The date the legal basis changed (or the work decision was taken). */
  readonly legalBasisChangedOn: IsoDate;
  /** The deadline for entering the revised checklist into the platform. */
  readonly entryDeadline: ChecklistEntryDeadline;
  /** The items added, removed and changed field by field. */
  readonly diff: ChecklistDiff;
}
