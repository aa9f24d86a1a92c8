import { describe, expect, it } from 'vitest';
import { main } from '../../examples/workflow-helpers.js';

describe('examples/workflow-helpers.ts', async () => {
  const lines = (await main()).split('\n');

  it('a planned random task may be committed or cancelled, and nothing else', () => {
    expect(lines.slice(0, 3)).toEqual([
      'departments: market, health; allowed: commit, cancel',
      'after commit: committed',
      'publish now: WORKFLOW_ILLEGAL_TRANSITION',
    ]);
  });

  it('chains the cancellation to the creation in the audit log', () => {
    expect(lines[3]).toBe('status cancelled; audit events 2, chained: true');
    expect(lines[4]).toBe("an event's hash is recomputed the same: true");
    expect(lines.slice(5, 9)).toEqual([
      "the store's log verifies: true",
      'the next event: seq 3',
      'published records: 0',
      'stored: 2025年餐饮服务单位抽查',
    ]);
  });

  it('reads result categories and refuses 未发现问题 beside a problem', () => {
    expect(lines[9]).toBe('selection corrected, a problem: true');
    expect(lines[10]).toBe('labels: 未发现问题、发现问题已责令改正');
    expect(lines[11]).toBe('未发现问题 with a problem: WORKFLOW_RESULT_CATEGORIES_CONFLICT');
  });

  it('counts working days across 春节 and 国庆节 (make-up days worked); a month end in 春节 moves to 02-05', () => {
    expect(lines[12]).toBe('resultDueDate of 2025-01-20: 2025-02-21');
    expect(lines[13]).toBe('2025 plans: department 2025-02-05, filing 2025-02-28, joint 2025-03-31');
    expect(lines[14]).toBe('results of 2025-01-20 due 2025-02-21 (达政办发〔2023〕70号 三（九）)');
    expect(lines[15]).toBe('listing after the annual-report window: 2025-07-14');
    expect(lines[16]).toBe('checklist changed 2025-09-26: enter by 2025-10-16');
  });

  it('flags the H62 draws of market and health as overlapping, not the joint task', () => {
    expect(lines[17]).toBe('a plan without entries: WORKFLOW_PLAN_INVALID');
    expect(lines[18]).toBe('overlaps: H62 health+market 2025-04-01..2025-07-31');
    expect(lines[19]).toBe('amended to revision 2: 新增食品销售专项');
  });
});
