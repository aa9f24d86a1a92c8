import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../src/calendar/index.js';
import {
  amendPlan,
  type DepartmentPlanContent,
  filePlan,
  findOverlappingDraws,
  INNER_MONGOLIA_WORKFLOW_RULES,
  type PlanRecord,
  parsePlan,
  planDeadlines,
  plannedDrawsOfPlans,
  publishPlan,
  safeParsePlan,
  WORKFLOW_RULES,
} from '../../src/workflow/index.js';
import { makeCtx } from './fixtures.js';

const entry = {
  project: '食品经营许可事项检查',
  targets: '辖区内食品经营主体',
  methods: ['on-site'],
  level: '旗级',
  sample: { ratio: 0.05, count: 20 },
  content: '许可证照、从业人员健康证明',
  creditRequirement: 'A类3%，B类5%，C、D类100%',
  schedule: { from: '2025-04-01', to: '2025-06-30' },
  industry: 'H62',
} as const;

const calendar = createWorkCalendar();

const jointPlan = {
  kind: 'joint',
  id: 'jp-2025',
  year: 2025,
  initiator: 'market',
  tasks: [
    {
      task: '餐饮服务单位联合抽查',
      items: ['food-license', 'hygiene'],
      targets: '辖区内餐饮服务单位',
      sample: { ratio: 0.05 },
      initiator: 'market',
      participants: ['health'],
      inspectionDates: { from: '2025-05-06', to: '2025-06-30' },
    },
  ],
} as const;

const marketPlan = {
  kind: 'department',
  id: 'dp-market-2025',
  year: 2025,
  department: 'market',
  entries: [entry],
} as const;

describe('annual plans (年度抽查计划)', () => {
  it('deadlines: department plan end of January, filing end of February, joint plan end of March', () => {
    const d = planDeadlines(2023, calendar, WORKFLOW_RULES);
    expect([d.departmentPlan.dueOn, d.filing.dueOn, d.jointPlan.dueOn]).toEqual([
      '2023-01-31',
      '2023-02-28',
      '2023-03-31',
    ]);
    expect(d.jointPlan.source).toBe('达政办发〔2023〕70号 三（七）2');
    expect(d.jointPlan.provisional).toBe(false);
  });

  // 民法典 第二百零三条: a period whose last day is a statutory day off ends on the day after it.
  it('a January 2025 department plan is due 2025-02-05 (春节)', () => {
    const d = planDeadlines(2025, calendar, WORKFLOW_RULES).departmentPlan;
    expect(d).toEqual({
      dueOn: '2025-02-05',
      monthEnd: '2025-01-31',
      source: '达政办发〔2023〕70号 三（七）1',
      provisional: false,
    });
  });

  it('a January 2026 department plan is due 2026-02-02 (the 31st is a Saturday)', () => {
    expect(planDeadlines(2026, calendar, WORKFLOW_RULES).departmentPlan.dueOn).toBe('2026-02-02');
  });

  it('a joint plan of 2024 is due 2024-04-01 (03-31 is a Sunday)', () => {
    expect(planDeadlines(2024, calendar, WORKFLOW_RULES).jointPlan.dueOn).toBe('2024-04-01');
  });

  it('plans of 2020 are filed by 2020-03-02 (02-29 is a Saturday)', () => {
    expect(planDeadlines(2020, calendar, WORKFLOW_RULES).filing.dueOn).toBe('2020-03-02');
  });

  it('a 2026 department plan published on 2026-02-02 is on time', () => {
    const { ctx } = makeCtx('2026-02-02T10:00:00+08:00');
    const plan = parsePlan({
      ...marketPlan,
      id: 'dp-market-2026',
      year: 2026,
      entries: [{ ...entry, schedule: { from: '2026-04-01', to: '2026-06-30' } }],
    });
    expect(publishPlan(plan, { actor: 'market' }, ctx).plan.published).toEqual({
      on: '2026-02-02',
      dueOn: '2026-02-02',
      onTime: true,
      provisional: false,
    });
  });

  it('Inner Mongolia: the 2025 routine-inspection plan is public by 2025-03-31 (内政办发〔2025〕20号)', () => {
    expect(planDeadlines(2025, calendar, WORKFLOW_RULES).routineInspectionPlan).toBeUndefined();
    expect(planDeadlines(2025, calendar, INNER_MONGOLIA_WORKFLOW_RULES).routineInspectionPlan).toEqual({
      dueOn: '2025-03-31',
      monthEnd: '2025-03-31',
      source: INNER_MONGOLIA_WORKFLOW_RULES.routineInspectionPlanMonth.source,
      provisional: false,
    });
    // 2024-03-31 is a Sunday.
    expect(planDeadlines(2024, calendar, INNER_MONGOLIA_WORKFLOW_RULES).routineInspectionPlan?.dueOn).toBe(
      '2024-04-01',
    );
  });

  it('a 2027 plan deadline, with no State Council schedule for 2027 yet, is flagged provisional', () => {
    const d = planDeadlines(2027, calendar, WORKFLOW_RULES);
    expect([d.departmentPlan.provisional, d.filing.provisional, d.jointPlan.provisional]).toEqual([
      true,
      true,
      true,
    ]);
    const { ctx } = makeCtx('2027-01-15T10:00:00+08:00');
    const plan = parsePlan({
      ...marketPlan,
      id: 'dp-market-2027',
      year: 2027,
      entries: [{ ...entry, schedule: { from: '2027-04-01', to: '2027-06-30' } }],
    });
    expect(publishPlan(plan, { actor: 'market' }, ctx).plan.published?.provisional).toBe(true);
  });

  it('a joint plan published on 2025-03-20 is on time, and filed then is on time too (三（七）2)', () => {
    const { ctx } = makeCtx('2025-03-20T10:00:00+08:00');
    const { plan } = publishPlan(parsePlan(jointPlan), { actor: 'market' }, ctx);
    expect(plan.published).toEqual({
      on: '2025-03-20',
      dueOn: '2025-03-31',
      onTime: true,
      provisional: false,
    });
    expect(filePlan(plan, { actor: 'market' }, ctx).plan.filed).toEqual({
      on: '2025-03-20',
      dueOn: '2025-03-31',
      onTime: true,
      provisional: false,
    });
  });

  it('a 2025 plan refuses a 实施时间 in 2026', () => {
    const r = safeParsePlan({
      ...marketPlan,
      entries: [entry, { ...entry, schedule: { from: '2025-11-01', to: '2026-01-31' } }],
    });
    expect(r.success === false && r.error.code).toBe('WORKFLOW_PLAN_INVALID');
    expect(r.success === false && r.error.issues.map((i) => i.path.join('.'))).toEqual([
      'entries.1.schedule',
    ]);
    const joint = safeParsePlan({
      ...jointPlan,
      tasks: [{ ...jointPlan.tasks[0], inspectionDates: { from: '2024-12-20', to: '2025-02-28' } }],
    });
    expect(joint.success === false && joint.error.issues.map((i) => i.path.join('.'))).toEqual([
      'tasks.0.inspectionDates',
    ]);
  });

  it('names every missing required field', () => {
    const r = safeParsePlan({
      ...marketPlan,
      entries: [{ ...entry, creditRequirement: '', level: undefined }],
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe('WORKFLOW_PLAN_INVALID');
      const paths = r.error.issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['entries.0.creditRequirement', 'entries.0.level']));
    }
  });

  it('a joint plan needs participants and inspection dates', () => {
    const bad = {
      kind: 'joint',
      id: 'jp',
      year: 2025,
      initiator: 'market',
      tasks: [
        {
          task: 'x',
          items: ['a'],
          targets: 'y',
          sample: { count: 5 },
          initiator: 'market',
          participants: [],
        },
      ],
    };
    const r = safeParsePlan(bad);
    expect(r.success === false && r.error.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['tasks.0.participants', 'tasks.0.inspectionDates']),
    );
  });

  it('a department plan published on 2025-01-20 is on time; filed on 2025-03-03 is late', () => {
    const { ctx, clock } = makeCtx('2025-01-20T10:00:00+08:00');
    const { plan, event } = publishPlan(parsePlan(marketPlan), { actor: 'market' }, ctx);
    expect(plan.published).toEqual({
      on: '2025-01-20',
      dueOn: '2025-02-05',
      onTime: true,
      provisional: false,
    });
    expect(event.type).toBe('plan.publish');
    clock.set('2025-03-03T10:00:00+08:00');
    expect(filePlan(plan, { actor: 'market' }, ctx).plan.filed).toEqual({
      on: '2025-03-03',
      dueOn: '2025-02-28',
      onTime: false,
      provisional: false,
    });
  });

  it('a published plan changes only by an amendment with a reason, itself published', () => {
    const { ctx } = makeCtx('2025-01-20T10:00:00+08:00');
    const published = publishPlan(parsePlan(marketPlan), { actor: 'market' }, ctx)
      .plan as PlanRecord<DepartmentPlanContent>;
    expect(() => publishPlan(published, { actor: 'market' }, ctx)).toThrow(
      expect.objectContaining({ code: 'WORKFLOW_PLAN_PUBLISHED' }),
    );
    const content = {
      ...published.content,
      entries: [...published.content.entries, { ...entry, project: '计量器具检查', industry: 'C40' }],
    };
    expect(() => amendPlan(published, { content, reason: ' ', actor: 'market' }, ctx)).toThrow(
      /recorded reason/,
    );
    const { plan, event } = amendPlan(
      published,
      { content, reason: '上级部署新增计量专项', actor: 'market' },
      ctx,
    );
    expect(plan.revision).toBe(2);
    expect(plan.amendments[0]?.reason).toBe('上级部署新增计量专项');
    expect(plan.amendments[0]?.digestBefore).not.toBe(plan.amendments[0]?.digestAfter);
    expect(event.type).toBe('plan.amend');
  });

  it('flags overlapping draws of the same industry by several departments', () => {
    const health = {
      ...marketPlan,
      id: 'dp-health-2025',
      department: 'health',
      entries: [{ ...entry, schedule: { from: '2025-05-01', to: '2025-07-31' } }],
    };
    const fire = {
      ...marketPlan,
      id: 'dp-fire-2025',
      department: 'fire',
      entries: [{ ...entry, industry: 'F52' }],
    };
    const later = {
      ...marketPlan,
      id: 'dp-tax-2025',
      department: 'tax',
      entries: [{ ...entry, schedule: { from: '2025-09-01', to: '2025-09-30' } }],
    };
    const flags = findOverlappingDraws(plannedDrawsOfPlans([marketPlan, health, fire, later].map(parsePlan)));
    expect(flags).toEqual([
      {
        industry: 'H62',
        departments: ['health', 'market'],
        refs: ['dp-market-2025#0', 'dp-health-2025#0'],
        from: '2025-04-01',
        to: '2025-07-31',
      },
    ]);
  });
});
