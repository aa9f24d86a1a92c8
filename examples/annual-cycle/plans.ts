/**
 * 年度抽查计划: the 市场监管局's department plan (made in January) and the joint plan of three departments (made and
 * published by the end of March), both filed with the joint-meeting office by the end of February, with the
 * deadlines of the year read from the rules and the official calendar.
 */
import {
  filePlan,
  type JointPlanContent,
  type PlanRecord,
  parsePlan,
  planDeadlines,
  publishPlan,
} from '../../src/workflow/index.js';
import { FIRE, HEALTH, REGION, SAMR, type Stage, YEAR } from './stage.js';

const DEPARTMENT_PLAN = {
  kind: 'department',
  id: 'dp-2025-samr',
  year: YEAR,
  department: SAMR,
  entries: [
    {
      project: '企业公示信息抽查',
      targets: `${REGION.name}辖区内企业、个体工商户`,
      methods: ['written-review', 'on-site'],
      level: '旗级',
      sample: { ratio: 0.03 },
      content: '年度报告及即时信息公示情况',
      creditRequirement: '按信用风险分类确定比例：A 1%、B 2%、C 10%、D 30%',
      schedule: { from: '2025-04-01', to: '2025-11-30' },
    },
  ],
} as const;

/** The joint plan's one task, as the task of the demo takes it. */
export const JOINT_TASK = {
  task: `${YEAR}年${REGION.name}餐饮服务单位部门联合双随机抽查`,
  items: ['餐饮服务食品安全检查', '公共场所卫生检查', '人员密集场所消防安全检查'],
  targets: `${REGION.name}辖区内餐饮服务企业、个体工商户`,
  sample: { ratio: 0.05 },
  initiator: SAMR,
  participants: [HEALTH, FIRE],
  inspectionDates: { from: '2025-05-06', to: '2025-06-30' },
  industry: 'H62',
} as const;

const JOINT_PLAN = {
  kind: 'joint',
  id: 'jp-2025-dalate',
  year: YEAR,
  initiator: SAMR,
  tasks: [JOINT_TASK],
} as const;

/** Whether a step was taken by its deadline, in both languages. */
const inTime = (onTime: boolean | undefined) => (onTime === true ? '按时 on time' : '逾期 LATE');

/**
 * Publishes and files both plans (年度抽查计划) on their dates and prints each against its deadline.
 *
 * @param stage - the run's stage
 * @returns the joint plan, published and filed
 */
export async function planStep(stage: Stage): Promise<PlanRecord<JointPlanContent>> {
  stage.say('== 2. 年度抽查计划 · Annual plans and their deadlines');
  const d = planDeadlines(YEAR, stage.ctx.calendar, stage.ctx.rules);
  for (const [label, x] of [
    ['部门计划制定 department plan made', d.departmentPlan],
    ['计划报送备案 plans filed', d.filing],
    ['联合计划制定公示 joint plan published', d.jointPlan],
  ] as const) {
    // Two dates when they differ: the month end the rule names, and the working day the deadline moves to.
    const moved =
      x.dueOn === x.monthEnd
        ? ''
        : ` — 规定期限为月底 ${x.monthEnd}，当日休息，顺延至下一个工作日 · the rule says the month end ${x.monthEnd}, a day off, so the deadline moves to the next working day`;
    stage.say(`  ${label}: by ${x.dueOn}${moved}; ${x.source}`);
  }
  stage.at('2025-01-20T10:00:00+08:00');
  const dept = publishPlan(parsePlan(DEPARTMENT_PLAN), { actor: SAMR }, stage.ctx);
  await stage.log(dept.event);
  stage.at('2025-02-26T10:00:00+08:00');
  const deptFiled = filePlan(dept.plan, { actor: SAMR }, stage.ctx);
  await stage.log(deptFiled.event);
  const joint = publishPlan(
    parsePlan(JOINT_PLAN) as PlanRecord<JointPlanContent>,
    { actor: SAMR },
    stage.ctx,
  );
  await stage.log(joint.event);
  const jointFiled = filePlan(joint.plan, { actor: SAMR }, stage.ctx);
  await stage.log(jointFiled.event);
  for (const p of [deptFiled.plan, jointFiled.plan]) {
    const pub = p.published;
    const filed = p.filed;
    stage.say(
      `  ${p.content.id}: 公示 published on ${pub?.on}, deadline ${pub?.dueOn}: ${inTime(pub?.onTime)}; 备案 filed on ${filed?.on}, deadline ${filed?.dueOn}: ${inTime(filed?.onTime)}`,
    );
  }
  stage.say();
  return jointFiled.plan;
}
