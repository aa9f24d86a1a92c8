import { assessAccountability, when } from '../../src/accountability/index.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { fixedClock, sequentialIds } from '../../src/core/index.js';
import { createTask, createWorkflowContext, parsePlan } from '../../src/workflow/index.js';

const ctx = () =>
  createWorkflowContext({ clock: fixedClock('2025-03-01T09:00:00+08:00'), newId: sequentialIds() });
const task = () =>
  createTask(
    {
      name: '2025年食品经营主体部门联合抽查',
      year: 2025,
      mode: { kind: 'random', directed: true },
      initiator: 'market',
      participants: ['health'],
      items: [
        { id: 'food-license', department: 'market', label: '食品经营许可情况' },
        { id: 'hygiene', department: 'health', label: '公共场所卫生情况' },
      ],
      period: { from: '2025-04-01', to: '2025-06-30' },
      actor: 'market-officer',
    },
    ctx(),
  ).task;
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
const date = () => '2025-03-01';
const actor = () => ({ actor: 'market' });

/**
 * Valid leading arguments for exports whose later positions need them, so the fuzz test reaches the guard of
 * every position, not only the first. Each is built fresh per call.
 */
export const VALID_ARGUMENTS: Readonly<Record<string, readonly (() => unknown)[]>> = {
  addDays: [() => '2025-03-01'],
  addMonths: [() => '2025-03-01'],
  daysBetween: [() => '2025-03-01'],
  compareDates: [() => '2025-03-01'],
  daysInMonth: [() => 2025],
  makeDate: [() => 2025, () => 3],
  endOfMonth: [() => 2025],
  fixedClock: [() => '2025-01-20T09:30:00+08:00'],
  // workflow: a real task, plan, date and context before the position under test
  findOverdueResults: [task, date],
  abnormalListings: [task],
  abnormalListingDeadline: [() => 'unreachable', date],
  checklistEntryDueDate: [date],
  resultDueDate: [date],
  resultDeadline: [date],
  planDeadlines: [() => 2025, createWorkCalendar],
  publishPlan: [plan, actor],
  filePlan: [plan, actor],
  amendPlan: [plan, () => ({ content: plan().content, reason: '新增专项', actor: 'market' })],
  formatAnnouncement: [() => []],
  // accountability: a real condition and facts
  evaluateRuleCondition: [() => when.fact('nothingFound')],
  factValue: [() => ({ nothingFound: true })],
  explainAssessment: [() => assessAccountability({ nothingFound: false })],
  verifyAuditLog: [() => []],
};

/**
 * Exports whose guards are not written yet: each still meets some bad input with a raw error. The list may only
 * shrink (the fuzz test fails when a listed export passes), and a new export must never join it.
 */
export const KNOWN_GAPS: readonly string[] = [];
