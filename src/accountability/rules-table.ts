import type { AccountabilityFactName } from './facts.js';
import type { AccountabilityRule } from './rule.js';
import { when } from './rule-condition.js';

/** The regulation the built-in rules come from: the 达拉特旗 implementation plan of 2023-08-14. */
export const ACCOUNTABILITY_SOURCE = '达政办发〔2023〕70号';

/**
 * An exemption applies only where the inspection found nothing at a target that did have a problem
 * (未发现检查对象存在问题): the shared first part of every built-in exemption.
 */
const missedProblem = when.all<AccountabilityFactName>(
  when.fact('nothingFound'),
  when.fact('problemFoundLater'),
);

/**
 * 问责情形2 concerns "对抽查检查中发现的问题": the inspection found a problem. A late result of a clean inspection is
 * not this situation.
 */
const problemFound = when.not<AccountabilityFactName>(when.fact('nothingFound'));

/**
 * The exemption and accountability situations of 达政办发〔2023〕70号 四（二）厘清免责问责范围
 * ("尽职照单免责、失职照单问责"), as data: situations 1–3 of each list, plus two risks for failings whose
 * consequences are not known. Situation 4 of each list ("其他依法依规…的") is for hosts to fill: see
 * {@link OTHER_CASES}.
 *
 * @example
 * ```ts
 * const rules = [...ACCOUNTABILITY_RULES, myLocalRule];
 * assessAccountability(facts, rules);
 * ```
 */
export const ACCOUNTABILITY_RULES = [
  {
    id: 'exemption-followed-checklist',
    kind: 'exemption',
    clause: '四（二）免责情形1',
    source: ACCOUNTABILITY_SOURCE,
    textZh: '已严格按照抽查事项清单和相关工作要求履行监管职责',
    textEn: 'The officer strictly followed the random-inspection checklist and the work requirements.',
    when: when.all(missedProblem, when.fact('followedChecklist')),
  },
  {
    id: 'exemption-beyond-means-or-checklist',
    kind: 'exemption',
    clause: '四（二）免责情形2',
    source: ACCOUNTABILITY_SOURCE,
    textZh: '因受现有专业技术手段限制不能发现存在问题，或存在问题未列入抽查事项清单的',
    textEn:
      'The problem could not be found with current professional or technical means, or was not on the checklist.',
    when: when.all(missedProblem, when.any(when.fact('beyondTechnicalMeans'), when.fact('notOnChecklist'))),
  },
  {
    id: 'exemption-misled-by-entrusted-body',
    kind: 'exemption',
    clause: '四（二）免责情形3',
    source: ACCOUNTABILITY_SOURCE,
    textZh: '因受托参与检查的专业机构或专业人员出具错误意见，导致执法机关或执法人员误判的',
    textEn: 'An entrusted professional body or expert gave a wrong opinion that misled the officer.',
    when: when.all(missedProblem, when.fact('misledByEntrustedBody')),
  },
  {
    id: 'accountability-inspection-not-as-required',
    kind: 'accountability',
    clause: '四（二）问责情形1',
    source: ACCOUNTABILITY_SOURCE,
    textZh: '未按相关工作要求进行抽查检查，造成后果的',
    textEn: 'The inspection was not carried out as required, and this caused consequences.',
    when: when.all(when.fact('inspectionNotAsRequired'), when.fact('consequencesFollowed')),
  },
  {
    id: 'accountability-results-not-published',
    kind: 'accountability',
    clause: '四（二）问责情形2',
    source: ACCOUNTABILITY_SOURCE,
    textZh: '对抽查检查中发现的问题，未依法及时公示抽查检查结果造成后果的',
    textEn:
      'For problems the inspection found, the results were not published in time as the law requires, and this caused consequences.',
    when: when.all(problemFound, when.fact('resultsNotPublishedInTime'), when.fact('consequencesFollowed')),
  },
  {
    id: 'accountability-crime-lead-not-transferred',
    kind: 'accountability',
    clause: '四（二）问责情形3',
    source: ACCOUNTABILITY_SOURCE,
    textZh: '对抽查检查中发现的涉嫌犯罪案件线索，未依法移送司法机关处理的',
    textEn: 'A lead of a suspected crime found in the inspection was not transferred to the judicial organs.',
    when: when.fact('crimeLeadNotTransferred'),
  },
  {
    id: 'risk-inspection-not-as-required',
    kind: 'risk',
    clause: '四（二）问责情形1',
    source: ACCOUNTABILITY_SOURCE,
    textZh: '未按相关工作要求进行抽查检查，尚无已知后果',
    textEn: 'The inspection was not carried out as required; no consequences are known (yet).',
    when: when.all(
      when.fact('inspectionNotAsRequired'),
      when.possibly(when.not(when.fact('consequencesFollowed'))),
    ),
  },
  {
    id: 'risk-results-not-published',
    kind: 'risk',
    clause: '四（二）问责情形2',
    source: ACCOUNTABILITY_SOURCE,
    textZh: '发现问题的抽查检查结果未及时公示，尚无已知后果',
    textEn:
      'Results of an inspection that found problems were not published in time; no consequences are known (yet).',
    when: when.all(
      when.possibly(problemFound),
      when.fact('resultsNotPublishedInTime'),
      when.possibly(when.not(when.fact('consequencesFollowed'))),
    ),
  },
] as const satisfies readonly AccountabilityRule[];

/**
 * The catch-all fourth situation of each list (其他依法依规…的): the clause a host's own rule cites, spread into
 * it with the host's id, `basis` (the law or rule relied on), its own texts and its condition.
 *
 * @example
 * ```ts
 * const rule = { ...OTHER_CASES.exemption, id: 'host-force-majeure', basis: '《行政处罚法》第三十三条',
 *   when: when.fact('forceMajeure') };
 * ```
 */
export const OTHER_CASES = {
  exemption: {
    kind: 'exemption',
    clause: '四（二）免责情形4',
    source: ACCOUNTABILITY_SOURCE,
    textZh: '其他依法依规不应当追究责任的',
    textEn: 'Other cases in which laws and rules say no liability should be pursued.',
  },
  accountability: {
    kind: 'accountability',
    clause: '四（二）问责情形4',
    source: ACCOUNTABILITY_SOURCE,
    textZh: '其他依法依规应当追究责任的',
    textEn: 'Other cases in which laws and rules say liability should be pursued.',
  },
} as const satisfies Record<'exemption' | 'accountability', Omit<AccountabilityRule, 'id' | 'when'>>;
