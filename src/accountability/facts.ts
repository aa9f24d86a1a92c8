import { expectString } from '../core/internal.js';
import { expectFacts } from './fact-guard.js';

/**
 * A fact about an officer's conduct on one inspection task (事实): known true, known false, or `'unknown'`. A fact
 * that is not given at all counts as `'unknown'`: the rules never assume it either way.
 */
export type FactValue = true | false | 'unknown';

/**
 * The facts the regulation's 四（二） situations need (尽职照单免责、失职照单问责), in the order the clause names
 * them. `nothingFound` and `problemFoundLater` together say that the inspection missed a problem the target had
 * (未发现检查对象存在问题), which is when an exemption can apply at all.
 */
export const ACCOUNTABILITY_FACT_NAMES = [
  'nothingFound',
  'problemFoundLater',
  'followedChecklist',
  'beyondTechnicalMeans',
  'notOnChecklist',
  'misledByEntrustedBody',
  'inspectionNotAsRequired',
  'resultsNotPublishedInTime',
  'crimeLeadNotTransferred',
  'consequencesFollowed',
] as const;

/** The name of one built-in fact: see {@link ACCOUNTABILITY_FACT_NAMES} and {@link FACT_LABELS}. */
export type AccountabilityFactName = (typeof ACCOUNTABILITY_FACT_NAMES)[number];

/**
 * The facts about an officer's conduct on a task (履职事实): each built-in fact, plus the host's own facts `F`
 * used by rules it adds for the "other cases under laws and rules" clauses. Missing means unknown.
 *
 * @example
 * ```ts
 * const facts: AccountabilityFacts = { nothingFound: true, problemFoundLater: true, followedChecklist: true };
 * ```
 */
export type AccountabilityFacts<F extends string = never> = {
  readonly [K in AccountabilityFactName | F]?: FactValue;
};

/** A label in Chinese and English, used by explanations. */
export interface AccountabilityLabel {
  /** Chinese text. */
  readonly zh: string;
  /** English text. */
  readonly en: string;
}

/**
 * What each built-in fact asserts when it is true, in Chinese (worded as the source clause) and in English.
 */
export const FACT_LABELS = {
  nothingFound: { zh: '抽查检查中未发现检查对象存在问题', en: 'the inspection found nothing wrong' },
  problemFoundLater: {
    zh: '检查对象实际存在问题（事后发现）',
    en: 'the target did have a problem (found later)',
  },
  followedChecklist: {
    zh: '已严格按照抽查事项清单和相关工作要求履行监管职责',
    en: 'the officer strictly followed the checklist and the work requirements',
  },
  beyondTechnicalMeans: {
    zh: '受现有专业技术手段限制不能发现存在问题',
    en: 'the problem could not be found with current professional or technical means',
  },
  notOnChecklist: {
    zh: '存在问题未列入抽查事项清单',
    en: 'the problem was not on the random-inspection checklist',
  },
  misledByEntrustedBody: {
    zh: '受托参与检查的专业机构或专业人员出具错误意见，导致误判',
    en: 'an entrusted professional body or expert gave a wrong opinion that misled the officer',
  },
  inspectionNotAsRequired: {
    zh: '未按相关工作要求进行抽查检查',
    en: 'the inspection was not carried out as required',
  },
  resultsNotPublishedInTime: {
    zh: '未依法及时公示抽查检查结果',
    en: 'the results were not published in time as required',
  },
  crimeLeadNotTransferred: {
    zh: '发现的涉嫌犯罪案件线索未依法移送司法机关处理',
    en: 'a lead of a suspected crime was not transferred to the judicial organs',
  },
  consequencesFollowed: { zh: '造成后果', en: 'consequences followed' },
} as const satisfies Record<AccountabilityFactName, AccountabilityLabel>;

/**
 * The value of fact `name` in `facts`, with a missing fact read as `'unknown'`.
 *
 * @param facts - the facts given
 * @param name - a fact name
 * @returns `true`, `false` or `'unknown'`
 * @throws {SsjError} `ACCOUNTABILITY_FACTS_INVALID` when `facts` is not an object of fact values
 * @throws {SsjError} `INVALID_INPUT` when `name` is not a string
 * @example
 * ```ts
 * factValue({ followedChecklist: true }, 'notOnChecklist'); // 'unknown'
 * ```
 *
 * @example
 * Run in `examples/accountability-conditions.ts`:
 *
 * {@includeCode ../../examples/accountability-conditions.ts#facts}
 */
export function factValue(facts: Readonly<Record<string, FactValue | undefined>>, name: string): FactValue {
  expectFacts(facts);
  expectString(name, 'fact name', 'INVALID_INPUT', ['name']);
  return lookUp(facts, name);
}

/** {@link factValue} on facts already checked (internal). */
export function lookUp(facts: Readonly<Record<string, FactValue | undefined>>, name: string): FactValue {
  const value = Object.hasOwn(facts, name) ? facts[name] : undefined;
  return value === undefined ? 'unknown' : value;
}
