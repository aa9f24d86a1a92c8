import { describe, expect, it } from 'vitest';
import {
  amendPlan,
  type DepartmentPlanContent,
  filePlan,
  findOverlappingDraws,
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

const marketPlan = {
  kind: 'department',
  id: 'dp-market-2025',
  year: 2025,
  department: 'market',
  entries: [entry],
} as const;

describe('annual plans (年度抽查计划)', () => {
  it('deadlines: department plan end of January, filing end of February, joint plan end of March', () => {
    const d = planDeadlines(2024, WORKFLOW_RULES);
    expect([d.departmentPlan.dueOn, d.filing.dueOn, d.jointPlan.dueOn]).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
    ]);
    expect(d.jointPlan.source).toBe('达政办发〔2023〕70号 三（七）2');
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
    expect(plan.published).toEqual({ on: '2025-01-20', dueOn: '2025-01-31', onTime: true });
    expect(event.type).toBe('plan.publish');
    clock.set('2025-03-03T10:00:00+08:00');
    expect(filePlan(plan, { actor: 'market' }, ctx).plan.filed).toEqual({
      on: '2025-03-03',
      dueOn: '2025-02-28',
      onTime: false,
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
