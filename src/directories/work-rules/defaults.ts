import { deepFreeze } from '../checklists/checks.js';

/** A rule value with where it comes from (规则取值及其依据). */
export interface RuleValue<T> {
  /** The value. */
  readonly value: T;
  /** The document and section it comes from, e.g. `达政办发〔2023〕70号 三（九）`. */
  readonly source: string;
}

const DOC = '达政办发〔2023〕70号';

/**
 * The steps of a random inspection on the platform (全流程), in order, 达政办发〔2023〕70号 三（二）: checklist
 * management, plan, directories, drawing targets, assigning inspectors, issuing the task, pre-check, recording
 * and publishing results, follow-up, archiving.
 */
export const PROCESS_STEPS = {
  checklist: { zh: '抽查事项清单管理' },
  plan: { zh: '抽查计划制定公布' },
  directories: { zh: '检查对象名录库与执法检查人员名录库建立维护' },
  'draw-targets': { zh: '检查对象名单抽取' },
  'assign-inspectors': { zh: '执法检查人员选派抽取' },
  'issue-task': { zh: '具体检查任务下达' },
  'pre-check': { zh: '检查前预查比对' },
  'record-and-publish': { zh: '检查结果录入审核及公示' },
  'follow-up': { zh: '后续处置与考核管理' },
  archive: { zh: '数据存档' },
} as const satisfies Record<string, { readonly zh: string }>;

/** One step of the process (检查流程环节), see {@link PROCESS_STEPS}. */
export type ProcessStep = keyof typeof PROCESS_STEPS;

/** Every {@link ProcessStep}, in the regulation's order. */
export const PROCESS_STEP_LIST = Object.keys(PROCESS_STEPS) as readonly ProcessStep[] as readonly [
  ProcessStep,
  ...ProcessStep[],
];

/**
 * The defaults of a department's work rules (抽查工作细则), each with its source in 达政办发〔2023〕70号 or, where
 * the regulation leaves the choice to the department, `null` and the section that asks the department to decide.
 */
export const DEFAULT_WORK_RULES = deepFreeze({
  drawMethod: {
    value: {
      targets: 'random',
      inspectors: 'random',
      scopes: ['undirected', 'directed'],
      jointTargetsDrawnOnceBy: 'initiator',
      avoidRepeatedDrawsInIndustry: true,
      platform: '部门协同监管平台（内蒙古）',
    },
    source: `${DOC} 三（二）、三（八）`,
  },
  processSteps: { value: PROCESS_STEP_LIST, source: `${DOC} 三（二）` },
  annualPlan: {
    value: { madeByEndOfMonth: 1, filedWith: '联席会议办公室', filedByEndOfMonth: 2, published: true },
    source: `${DOC} 三（七）1；附件1 四（三）`,
  },
  planChanges: {
    value: { atWill: false, reasonRecorded: true, published: true },
    source: `${DOC} 三（七）1`,
  },
  taskApprover: { value: null, source: `${DOC} 三（五） (审批权限: set by the department)` },
  publication: {
    value: {
      workdays: 20,
      countedFrom: 'inspection-date',
      principle: '谁检查、谁录入、谁公示',
      channels: ['部门协同监管平台（内蒙古）', '国家企业信用信息公示系统（内蒙古）', '内蒙古政务服务网'],
    },
    source: `${DOC} 三（九）`,
  },
  archiving: {
    value: {
      fullTrail: true,
      archivedOn: '部门协同监管平台（内蒙古）',
      standard: '《内蒙古自治区市场监管领域“双随机、一公开”抽查检查工作规范》（DB/T2463-2021）',
    },
    source: `${DOC} 三（二）、三（八）`,
  },
  jointTaskRules: {
    value: '《达拉特旗市场监管领域部门联合“双随机、一公开”抽查工作细则》',
    source: `${DOC} 三（五）`,
  },
} as const satisfies Record<string, RuleValue<unknown>>);
