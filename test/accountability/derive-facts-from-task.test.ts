import { describe, expect, it } from 'vitest';
import {
  accountabilityRecordOf,
  assessAccountability,
  deriveFactsFromTask,
} from '../../src/accountability/index.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { fixedClock, type IsoDate, type IsoInstant, isSsjError, parseIsoDate } from '../../src/core/index.js';
import type { InspectionResult, InspectionTask, TaskId } from '../../src/workflow/index.js';

const d = (s: string): IsoDate => parseIsoDate(s);
const at = '2025-01-20T09:00:00+08:00' as IsoInstant;
const calendar = createWorkCalendar();
/** The calendar and a clock long after every date of the fixture: "today" is always passed in. */
const env = { calendar, clock: fixedClock('2025-12-01T12:00:00+08:00') };

function result(
  targetId: string,
  department: string,
  over: Partial<InspectionResult> = {},
): InspectionResult {
  return {
    targetId,
    department,
    inspectionDate: d('2025-01-20'),
    methods: ['on-site'],
    entrusted: [],
    categories: ['no-problem'],
    subReasons: [],
    findings: [],
    scheme: { id: 'samr-result', version: 1 },
    followUp: ['none'],
    enteredBy: 'officer-1',
    enteredAt: at,
    ...over,
  };
}

const base = {
  id: 'task-1' as TaskId,
  revision: 9,
  name: '2025年食品经营主体部门联合抽查',
  year: 2025,
  mode: { kind: 'random', directed: false },
  initiator: 'market',
  participants: ['health'],
  items: [{ id: 'item-1', department: 'market', label: '食品经营许可' }],
  period: { from: d('2025-01-01'), to: d('2025-03-31') },
  inspectionKind: 'routine',
  approvals: [],
  createdAt: at,
} as const;

/** A published joint task: target t1 inspected by market (crime lead, transfer open) and health; t2 never visited. */
const published: InspectionTask = {
  ...base,
  state: {
    status: 'published',
    targets: [
      { id: 't1', name: '甲食品店' },
      { id: 't2', name: '乙超市' },
    ],
    replacements: [],
    teams: [
      { targetId: 't1', department: 'market', inspectors: ['m1', 'm2'], lead: 'm1' },
      { targetId: 't1', department: 'health', inspectors: ['h1', 'h2'], lead: 'h1' },
      { targetId: 't2', department: 'market', inspectors: ['m3', 'm4'], lead: 'm3' },
    ],
    visits: [{ targetId: 't1', date: d('2025-01-20'), departments: ['market', 'health'] }],
    results: [
      result('t1', 'market', {
        categories: ['pending'],
        followUp: ['judicial-transfer'],
      }),
      result('t1', 'health'),
    ],
    review: { reviewer: 'chief', at },
    publications: [
      {
        format: 'shuangsuiji/publication/v2',
        id: 'p1',
        taskId: 'task-1' as TaskId,
        taskName: base.name,
        department: 'market',
        targetId: 't1',
        targetName: '甲食品店',
        inspectionDate: d('2025-01-20'),
        result: ['发现问题待后续处理'],
        scheme: { id: 'samr-result', version: 1 },
        publishedOn: d('2025-02-24'),
        dueOn: d('2025-02-21'),
        onTime: false,
        provisional: false,
      },
    ],
    followUps: [
      {
        id: 'f1',
        targetId: 't1',
        department: 'market',
        kind: 'judicial-transfer',
        openedOn: d('2025-02-24'),
      },
    ],
  },
};

describe('deriveFactsFromTask: facts from a workflow task', () => {
  it('market on t1: published late, a crime lead not yet transferred, the visit made', () => {
    const facts = deriveFactsFromTask(published, { targetId: 't1', department: 'market' }, env);
    expect(facts).toEqual({
      resultsNotPublishedInTime: true,
      crimeLeadNotTransferred: true,
      inspectionNotAsRequired: false,
      nothingFound: false,
    });
    expect(assessAccountability(facts).grounds.map((g) => g.clause)).toEqual(['四（二）问责情形3']);
  });

  it('closing the judicial-transfer measure records the transfer', () => {
    if (published.state.status !== 'published') throw new Error('fixture');
    const closed: InspectionTask = {
      ...published,
      state: {
        ...published.state,
        followUps: published.state.followUps.map((m) => ({
          ...m,
          closedOn: d('2025-02-26'),
          outcome: '已移送',
        })),
      },
    };
    const record = accountabilityRecordOf(closed, { targetId: 't1', department: 'market' });
    expect(record.crimeLeads).toEqual([{ foundOn: d('2025-01-20'), transferredOn: d('2025-02-26') }]);
  });

  it('health on t1: nothing found, no lead, results not yet published (unpublished is late after the due date)', () => {
    const part = { targetId: 't1', department: 'health' };
    expect(accountabilityRecordOf(published, part)).toEqual({
      inspectedOn: d('2025-01-20'),
      assignmentCarriedOut: true,
      problemsFound: false,
      crimeLeads: [],
    });
    const clock = fixedClock('2025-02-21T18:00:00+08:00');
    expect(deriveFactsFromTask(published, part, { calendar, clock })).toEqual({
      resultsNotPublishedInTime: false,
      crimeLeadNotTransferred: false,
      inspectionNotAsRequired: false,
      nothingFound: true,
    });
  });

  it('market on t2: results reviewed without a visit, so the assignment was not carried out', () => {
    const facts = deriveFactsFromTask(published, { targetId: 't2', department: 'market' }, env);
    expect(facts.inspectionNotAsRequired).toBe(true);
    expect(facts.resultsNotPublishedInTime).toBe('unknown');
    expect(facts.crimeLeadNotTransferred).toBe('unknown');
  });

  it('before the results are reviewed a missing visit is not yet a failing', () => {
    const assigned: InspectionTask = {
      ...base,
      state: { status: 'assigned', targets: [{ id: 't2', name: '乙超市' }], replacements: [], teams: [] },
    };
    expect(accountabilityRecordOf(assigned, { targetId: 't2', department: 'market' })).toEqual({});
  });

  it('rejects a part without a target', () => {
    let error: unknown;
    try {
      accountabilityRecordOf(published, { targetId: '', department: 'market' });
    } catch (e) {
      error = e;
    }
    expect(isSsjError(error, 'ACCOUNTABILITY_TASK_RECORD_INVALID')).toBe(true);
  });
});
