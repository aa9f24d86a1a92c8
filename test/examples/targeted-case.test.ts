import { describe, expect, it } from 'vitest';
import { main } from '../../examples/targeted-case.js';

describe('examples/targeted-case.ts', () => {
  const lines = main().split('\n');

  it('flags the emergency visit’s approval after 24 hours and the network-failure scan after 10 days', () => {
    expect(lines[0]).toBe('designated, assigned: assigned');
    expect(lines[1]).toBe('approval missing after 25 hours: market due 2025-05-16T10:00:00.000+08:00');
    expect(lines[2]).toBe('scan-ins not made up by 2025-05-26: t1 due 2025-05-25');
    expect(lines[3]).toBe('after approval and make-up: 0 approvals, 0 scans missing');
  });

  it('lists an unreachable target within 10 working days of the visit (2025-05-15 → 05-29) and removes it', () => {
    expect(lines[4]).toBe('listing of t1 due 2025-05-29');
    expect(lines[5]).toBe('listed on 2025-05-20, in time: true');
    expect(lines[6]).toBe('removed on 2025-08-01: 依法办理住所变更登记');
  });

  it('archives the task, with feedback, one 2025 inspection and the officer’s record', () => {
    expect(lines[7]).toBe('archived: archived; feedback for t1');
    expect(lines[8]).toBe('2025 inspections: 1');
    expect(lines[9]).toBe('accountability record: inspected 2025-05-15, published 2025-05-22');
  });

  it('publishes within 20 working days, counts the task as targeted, and announces it with the department’s name', () => {
    expect(lines.slice(10, 15)).toEqual([
      'published in time: true',
      'Outcome: no finding',
      'targeted tasks 1, random 0; on-time rate 1',
      'overdue results: 0; one visit planned: 1',
      'inspection records for the caps: 1',
    ]);
    expect(lines[15]).toBe(
      '1 | 12315投诉核查：某餐饮店 | 达拉特旗市场监督管理局 | 某餐饮店 | — | 2025-05-15 | 通过登记的住所（经营场所）无法联系',
    );
  });
});
