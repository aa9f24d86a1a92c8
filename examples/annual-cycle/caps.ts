/**
 * 年度检查频次上限: a later department plans its own random inspections of targets the joint task already visited.
 * A cap counts every department's inspections, a joint visit once: one target is excluded because two other
 * departments already inspected it this year, and the joint visit leaves another target one inspection short of
 * the cap.
 */
import { parseIsoDate } from '../../src/core/index.js';
import {
  type CapInspection,
  type InspectionCap,
  planSample,
  SAMPLING_PRESETS,
} from '../../src/sampling/index.js';
import { type InspectionTask, inspectionRecordsOf } from '../../src/workflow/index.js';
import { NAMES, type Stage } from './stage.js';

/** A host's own cross-department cap (宿主自定), for the demo: two inspections of one enterprise a year, in all. */
const COUNTY_TOTAL: InspectionCap = {
  id: 'demo-county-total',
  zh: '示例：同一企业年度入企检查合计不超过2次（各部门合计，联合检查计1次）',
  max: 2,
  per: 'all',
  source: '示例：旗人民政府涉企检查统筹规则（假设，用于演示）',
  secondary: false,
};

const EMERGENCY = 'emergency-management';
const TRANSPORT = 'transport';
const ECOLOGY = 'ecology';
const LABELS: Readonly<Record<string, string>> = {
  ...NAMES,
  [EMERGENCY]: '旗应急管理局',
  [TRANSPORT]: '旗交通运输局',
  [ECOLOGY]: '生态环境局达拉特旗分局',
};
const label = (d: string): string => LABELS[d] ?? d;

/**
 * Plans 生态环境局's own routine inspections of three targets under the demo cap, after the joint task, and prints
 * who is excluded and why, and what the joint visit saved.
 *
 * @param stage - the run's stage
 * @param task - the finished joint task (its visits are counted)
 */
export function capsStep(stage: Stage, task: InspectionTask): void {
  stage.say('== 14. 年度检查频次上限 · Annual inspection caps across departments');
  const joint = inspectionRecordsOf([task], { level: 'county' });
  const [first, second] = [...new Set(joint.map((r) => r.targetId))];
  if (first === undefined || second === undefined) throw new Error('expected two visited targets');
  const separate = (id: string, department: string, date: string): CapInspection => ({
    id,
    targetId: second,
    date: parseIsoDate(date),
    department,
    body: label(department),
    level: 'county',
    kind: 'routine',
  });
  // The history: the joint visit to the first target, and two separate inspections of the second by two other
  // departments this year (a scenario for the demo).
  const history = [
    ...joint.filter((r) => r.targetId === first),
    separate('yj-2025-031', EMERGENCY, '2025-03-18'),
    separate('jt-2025-044', TRANSPORT, '2025-04-22'),
  ];
  const targets = [first, second, 'demo-unvisited'].map((id) => ({
    id,
    creditClass: 'A' as const,
    status: 'operating' as const,
  }));
  const plan = planSample({
    targets,
    policy: SAMPLING_PRESETS['henan-2021'],
    asOf: '2025-09-01',
    randomnessSource: 'a preview of the exclusions before the commitment',
    caps: [COUNTY_TOTAL],
    inspections: history,
    planned: {
      kind: 'routine',
      by: [{ department: ECOLOGY, body: '生态环境局达拉特旗分局', level: 'county' }],
    },
  });
  stage.say(`  cap ${COUNTY_TOTAL.id}: ${COUNTY_TOTAL.zh} (${COUNTY_TOTAL.source})`);
  for (const e of plan.exclusions)
    stage.say(
      `  ${e.id} excluded (${e.code}): used by ${e.inspections?.join(', ')}; one visit with ${(e.couldJoin ?? []).map(label).join('、')} could carry the items instead`,
    );
  const jointVisit = joint.filter((r) => r.targetId === first);
  stage.say(
    `  ${first}: the joint visit of ${jointVisit.map((r) => label(r.department)).join('、')} counts once, so it stays eligible (${jointVisit.length} separate visits would have used the cap; the joint visit saved ${jointVisit.length - 1})`,
  );
  stage.say(`  eligible for 生态环境局: ${plan.totals.eligible} of ${plan.totals.inPool}`);
  stage.say();
}
