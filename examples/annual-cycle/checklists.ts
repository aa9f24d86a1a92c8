/**
 * 一单: the checklists of the three departments of the joint task, a revision after a law changed with its
 * 10-working-day entry deadline, and the joint checklist they inspect together. Illustrative items (示例数据).
 */
import { createWorkCalendar } from '../../src/calendar/index.js';
import {
  type Checklist,
  createChecklist,
  createJointChecklist,
  type JointChecklist,
  reviseChecklist,
} from '../../src/directories/index.js';
import { FIRE, HEALTH, NAMES, SAMR, type Stage } from './stage.js';

const item = (
  department: string,
  code: string,
  name: string,
  content: string,
  law: string,
  article: string,
) => ({
  code,
  department,
  category: name,
  name,
  content,
  methods: ['on-site'],
  legalBasis: [{ law, article }],
  priority: 'key',
  targetKinds: ['enterprise', 'individual-business'],
});

const ITEMS = {
  [SAMR]: [
    item(
      SAMR,
      'SJ-002',
      '餐饮服务食品安全检查',
      '许可证照、从业人员健康管理、原料控制',
      '中华人民共和国食品安全法',
      '第一百一十条',
    ),
  ],
  [HEALTH]: [
    item(
      HEALTH,
      'WJ-001',
      '公共场所卫生检查',
      '卫生许可、从业人员健康合格证明',
      '公共场所卫生管理条例',
      '第十条',
    ),
  ],
  [FIRE]: [
    item(
      FIRE,
      'XF-001',
      '人员密集场所消防安全检查',
      '疏散通道、安全出口、消防设施',
      '中华人民共和国消防法',
      '第五十三条',
    ),
  ],
} as const;

/** The checklists in force for the joint task and the joint checklist. */
export interface ChecklistStep {
  readonly checklists: readonly Checklist[];
  readonly joint: JointChecklist;
}

/**
 * Creates the three checklists (一单), revises the 市场监管局's after a rule changed, and bundles the joint items.
 *
 * @param stage - the run's stage
 * @returns the checklists in force and the joint checklist
 */
export function checklistStep(stage: Stage): ChecklistStep {
  stage.say('== 1. 一单 · Random-inspection checklists (illustrative items)');
  const v1 = Object.entries(ITEMS).map(([department, items]) =>
    createChecklist({
      department,
      title: `${NAMES[department] ?? department}随机抽查事项清单（示例）`,
      effectiveFrom: '2025-01-01',
      items,
    }),
  );
  for (const c of v1)
    stage.say(`  ${c.title} v${c.version}: ${c.items.length} item(s), digest ${c.digest.slice(0, 16)}…`);
  const samr = v1[0] as Checklist;
  const v2 = reviseChecklist(
    samr,
    [
      {
        op: 'update',
        code: 'SJ-002',
        set: { content: '许可证照、从业人员健康管理、原料控制、餐饮具清洗消毒' },
      },
    ],
    {
      reason: '示例：假设相关规章于2025-03-14修订，增加检查内容 (a rule amended: one more thing to check)',
      legalBasisChangedOn: '2025-03-14',
      cause: 'law-amended',
      calendar: createWorkCalendar(),
    },
  );
  const due = v2.revision?.entryDeadline;
  stage.say(`  revision v${v2.revision?.fromVersion} → v${v2.revision?.toVersion}: ${v2.revision?.reason}`);
  stage.say(
    `  录入平台期限 entry deadline: ${due?.due} (${due?.workdays} working days after ${due?.from}; ${due?.source})`,
  );
  const checklists = [v2, ...v1.slice(1)];
  const joint = createJointChecklist(
    {
      title: '餐饮服务单位部门联合随机抽查事项清单（示例）',
      effectiveFrom: '2025-03-28',
      entries: [
        {
          code: 'LH-001',
          name: '餐饮服务单位食品安全、公共卫生和消防安全联合检查',
          departments: [SAMR, HEALTH, FIRE],
          items: [
            { department: SAMR, code: 'SJ-002' },
            { department: HEALTH, code: 'WJ-001' },
            { department: FIRE, code: 'XF-001' },
          ],
        },
      ],
    },
    checklists,
  );
  stage.say(
    `  联合清单 joint checklist ${joint.entries[0]?.code}: ${joint.entries[0]?.departments.join(' + ')}`,
  );
  stage.say();
  return { checklists, joint };
}
