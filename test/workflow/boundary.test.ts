import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { parseInstant } from '../../src/core/index.js';
import {
  abnormalListingDeadline,
  amendPlan,
  annualInspectionStatistics,
  assessmentStatistics,
  createMemoryAuditStore,
  createWorkflowContext,
  findOverdueResults,
  findOverlappingDraws,
  formatAnnouncement,
  missedApprovals,
  missedScanIns,
  parsePlan,
  planDeadlines,
  planJointVisits,
  plannedDrawsOfTasks,
  publishPlan,
  resultLabels,
  targetFeedback,
  taskDepartments,
  teamsFromAssignment,
  WORKFLOW_RULES,
} from '../../src/workflow/index.js';
import { codeOf } from '../fixtures/code-of.js';
import { makeCtx, walkTo } from './fixtures.js';

const pathOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return (error as { issues?: { path: unknown }[] }).issues?.[0]?.path;
  }
  return undefined;
};

const plan = () =>
  parsePlan({
    kind: 'department',
    id: 'dp-2025',
    year: 2025,
    department: 'market',
    entries: [
      {
        project: '食品经营许可事项检查',
        targets: '辖区内食品经营主体',
        methods: ['on-site'],
        level: '旗级',
        sample: { ratio: 0.05 },
        content: '许可证照',
        creditRequirement: 'A类3%',
        schedule: { from: '2025-04-01', to: '2025-06-30' },
      },
    ],
  });

describe('the readers of tasks refuse what is not a task, naming the field', () => {
  const { task } = walkTo('drawn');

  it('a task whose id is null is not carried on', () => {
    const broken = { ...task, id: null };
    expect(codeOf(() => assessmentStatistics([broken as never]))).toBe('WORKFLOW_INVALID_TASK');
    expect(pathOf(() => assessmentStatistics([task, broken as never]))).toEqual([1, 'id']);
    expect(codeOf(() => plannedDrawsOfTasks([broken as never]))).toBe('WORKFLOW_INVALID_TASK');
  });

  it('a task read back with a broken field is refused with its path, not half-counted', () => {
    const noParticipants = { ...task, participants: null };
    expect(pathOf(() => assessmentStatistics([noParticipants as never]))).toEqual([0, 'participants']);
    expect(codeOf(() => taskDepartments({ initiator: 'market' } as never))).toBe('WORKFLOW_INVALID_TASK');
    const badVisit = { ...task, state: { ...task.state, status: 'inspected', visits: [{ targetId: 't1' }] } };
    expect(pathOf(() => findOverdueResults(badVisit as never, '2025-06-01' as never, makeCtx().ctx))).toEqual(
      ['state', 'visits', 0, 'date'],
    );
    expect(taskDepartments(task)).toEqual(['market', 'health']);
  });

  it('the follow-up readers refuse a state whose lists are not lists', () => {
    const { task: published } = walkTo('published');
    const broken = { ...published, state: { ...published.state, visits: 'x', results: 'x', followUps: 'x' } };
    for (const read of [
      () => targetFeedback(broken as never),
      () => missedApprovals(broken as never, parseInstant('2025-06-01T00:00:00+08:00')),
      () => missedScanIns(broken as never, '2025-06-01' as never),
      () => annualInspectionStatistics([broken as never], 2025),
    ])
      expect(codeOf(read)).toBe('WORKFLOW_INVALID_TASK');
  });

  it('joint visits of no task are refused instead of failing on an empty reduce', () => {
    expect(codeOf(() => planJointVisits([]))).toBe('WORKFLOW_PRECONDITION_FAILED');
    expect(planJointVisits([task]).visits).toHaveLength(2);
  });
});

describe('deadlines and plans refuse a broken context, year or rule', () => {
  const { ctx } = makeCtx();

  it('a context without the calendar method or the rule is named', () => {
    const { task } = walkTo('published');
    expect(
      pathOf(() => findOverdueResults(task, '2025-06-01' as never, { rules: WORKFLOW_RULES } as never)),
    ).toEqual(['ctx', 'calendar']);
    const rules = { ...WORKFLOW_RULES, resultPublication: { value: '20', source: 'x' } };
    expect(pathOf(() => findOverdueResults(task, '2025-06-01' as never, { ...ctx, rules } as never))).toEqual(
      ['ctx', 'rules', 'resultPublication', 'value'],
    );
    expect(codeOf(() => findOverdueResults(task, '2025-02-30' as never, ctx))).toBe('INVALID_DATE');
  });

  it('a listing ground is a built-in name or a sourced rule, never an inherited key', () => {
    expect(codeOf(() => abnormalListingDeadline('toString' as never, '2025-06-30' as never, ctx))).toBe(
      'INVALID_INPUT',
    );
    const own = {
      value: 5,
      unit: 'workdays',
      source: '某规定',
      zh: '',
      clockStartsOn: '',
      secondary: false,
    } as const;
    expect(abnormalListingDeadline(own, '2025-06-30' as never, ctx).dueOn).toBe('2025-07-07');
    expect(abnormalListingDeadline('annual-report-late', '2025-06-30' as never, ctx).dueOn).toBe(
      '2025-07-14',
    );
  });

  it('plan deadlines need a whole year, a calendar, and each month from 1 to 12', () => {
    const calendar = createWorkCalendar();
    expect(codeOf(() => planDeadlines(2025.5, calendar, WORKFLOW_RULES))).toBe('INVALID_INPUT');
    expect(codeOf(() => planDeadlines(2025, {} as never, WORKFLOW_RULES))).toBe('INVALID_INPUT');
    const rules = { ...WORKFLOW_RULES, jointPlanMonth: { value: 13, unit: 'month', source: 'x' } };
    expect(pathOf(() => planDeadlines(2025, calendar, rules as never))).toEqual([
      'rules',
      'jointPlanMonth',
      'value',
    ]);
  });

  it('plan steps refuse a broken plan and an input key they do not read', () => {
    expect(codeOf(() => publishPlan({ ...plan(), revision: 0 }, { actor: 'market' }, ctx))).toBe(
      'WORKFLOW_PLAN_INVALID',
    );
    expect(codeOf(() => publishPlan(plan(), { actor: 'market', date: '2025-01-02' } as never, ctx))).toBe(
      'INVALID_INPUT',
    );
    expect(codeOf(() => publishPlan(plan(), { actor: '' }, ctx))).toBe('INVALID_INPUT');
    const { plan: published } = publishPlan(plan(), { actor: 'market' }, ctx);
    expect(codeOf(() => amendPlan(published, { content: null, reason: 'r', actor: 'a' } as never, ctx))).toBe(
      'WORKFLOW_PLAN_INVALID',
    );
  });
});

describe('other workflow exports refuse garbage instead of answering it', () => {
  it('an unknown result category is refused, not shown as its id', () => {
    expect(codeOf(() => resultLabels(['nonsense' as never]))).toBe('WORKFLOW_RESULT_CATEGORY_UNKNOWN');
    expect(resultLabels(['no-problem'])).toEqual(['未发现问题']);
  });

  it('a context part that is misspelt or of the wrong kind is refused', () => {
    expect(codeOf(() => createWorkflowContext({ clok: () => '' } as never))).toBe('INVALID_INPUT');
    expect(pathOf(() => createWorkflowContext({ calendar: {} as never }))).toEqual([
      'parts',
      'calendar',
      'deadline',
    ]);
    expect(
      codeOf(() =>
        createWorkflowContext({ rules: { ...WORKFLOW_RULES, checklistChange: undefined } } as never),
      ),
    ).toBe('INVALID_INPUT');
  });

  it("'' is not an audit log, an announcement needs records, a team needs members with roles", () => {
    expect(codeOf(() => createMemoryAuditStore('' as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => createMemoryAuditStore([0] as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => formatAnnouncement([{}] as never))).toBe('INVALID_INPUT');
    expect(formatAnnouncement([], { toString: 'x' }).split('\n')).toHaveLength(2);
    const record = {
      digest: 'd',
      visits: [
        {
          targetId: 't1',
          teams: [
            { targetId: 't1', department: 'm', lead: 'a', members: [{ inspectorId: 'a', role: 'boss' }] },
          ],
        },
      ],
    };
    expect(codeOf(() => teamsFromAssignment(record as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => findOverlappingDraws([{ ref: 'a' }] as never))).toBe('INVALID_INPUT');
  });

  it('a task store refuses to put what is not a task', async () => {
    const { createMemoryTaskStore } = await import('../../src/workflow/index.js');
    await expect(createMemoryTaskStore().put({ id: null } as never)).rejects.toMatchObject({
      code: 'WORKFLOW_INVALID_TASK',
    });
  });
});
