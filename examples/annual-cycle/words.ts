/**
 * The words for the codes the demo prints (代码释义): a code never stands alone, but with what it means in
 * Chinese and English, as `follow-up-closed（后续处置已办结 · follow-up closed）`.
 */

import { OUTCOME_LABELS } from '../../src/accountability/index.js';
import type { AssignExclusionCode } from '../../src/assign/index.js';
import type { SampleExclusionCode } from '../../src/sampling/index.js';
import { FOLLOW_UP_MEASURES, type FollowUpKind, type TaskStatus } from '../../src/workflow/index.js';

type Words = { readonly zh: string; readonly en: string };

/** A task's status. */
export const TASK_STATUS_WORDS = {
  planned: { zh: '已立项', en: 'planned' },
  committed: { zh: '已公示抽取承诺', en: 'draw committed' },
  drawn: { zh: '已抽取检查对象', en: 'targets drawn' },
  assigned: { zh: '已匹配执法检查人员', en: 'inspectors assigned' },
  inspected: { zh: '已实施检查', en: 'inspected' },
  'results-recorded': { zh: '检查结果已录入', en: 'results entered' },
  reviewed: { zh: '已审核', en: 'reviewed' },
  published: { zh: '结果已公示', en: 'results published' },
  'follow-up-closed': { zh: '后续处置已办结', en: 'follow-up closed' },
  archived: { zh: '已归档', en: 'archived' },
  cancelled: { zh: '已撤销', en: 'cancelled' },
} as const satisfies Record<TaskStatus, Words>;

/** Why a target is not in the random draw. */
export const SAMPLE_EXCLUSION_WORDS = {
  'filtered-out': { zh: '不符合定向条件', en: 'outside the targeting conditions' },
  'not-operating': { zh: '非在营：注销、吊销等', en: 'not operating' },
  inactive: { zh: '名录中已停用', en: 'deactivated in the directory' },
  'targeted-inspection': { zh: '已列入定向检查', en: 'already under a targeted inspection' },
  'exclusion-window': { zh: '在回避期内', en: 'inside its exclusion window' },
  'frequency-cap': { zh: '已达抽查频次上限', en: 'at its inspection frequency cap' },
  'inspection-cap': {
    zh: '已达年度检查频次上限（各部门合计）',
    en: 'at an annual inspection cap across departments',
  },
} as const satisfies Record<SampleExclusionCode, Words>;

/** Why an inspector is not matched. */
export const ASSIGN_EXCLUSION_WORDS = {
  inactive: { zh: '非在岗', en: 'not on duty' },
  'no-valid-certificate': { zh: '无有效执法证', en: 'no valid enforcement certificate' },
  role: { zh: '角色不符', en: 'not in an inspecting role' },
  conflict: { zh: '须回避', en: 'a declared conflict' },
  rotation: { zh: '轮换（上次已查该对象）', en: 'rotation: inspected this target last time' },
  region: { zh: '辖区不符', en: 'outside the region' },
  'workload-cap': { zh: '已达工作量上限', en: 'at the workload cap' },
} as const satisfies Record<AssignExclusionCode, Words>;

/** A follow-up measure: the library's Chinese label, and an English gloss. */
const FOLLOW_UP_EN = {
  none: 'no follow-up needed',
  'daily-supervision': 'back to daily supervision',
  'order-correction': 'ordered to correct',
  'case-transfer': 'case lead passed to the case office',
  'notify-department': 'the competent department notified',
  'judicial-transfer': 'suspected crime transferred to the judiciary',
  'joint-punishment': 'joint disciplinary measures',
} as const satisfies Record<FollowUpKind, string>;

/** The words of a follow-up measure. */
export const followUpWords = (kind: FollowUpKind): Words => ({
  zh: FOLLOW_UP_MEASURES.find((m) => m.id === kind)?.label ?? kind,
  en: FOLLOW_UP_EN[kind],
});

/** A code with its words: `no-finding（不涉及免责或问责 · no finding）`. */
export const withWords = (code: string, words: Words): string => `${code}（${words.zh} · ${words.en}）`;

/** The words of an accountability outcome: the library's own. */
export const OUTCOME_WORDS = OUTCOME_LABELS satisfies Readonly<Record<string, Words>>;
