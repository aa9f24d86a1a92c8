import { describe, expect, it } from 'vitest';
import { main } from '../../examples/joint-inspection.js';

describe('examples/joint-inspection.ts', async () => {
  const lines = (await main()).split('\n');

  it('publishes the joint plan before the end of March', () => {
    expect(lines[0]).toBe('plan jp-2025-dalate: published 2025-03-20 (due 2025-03-31), filed 2025-03-20');
  });

  it('replaces the deregistered target through the draw and merges three departments into one visit per target', () => {
    expect(lines[1]).toMatch(/^drawn 4 of 30; pre-check replaced 91150621MA0Q\w{6} → 91150621MA0Q\w{6}$/);
    expect(lines[2]).toBe('joint visits: 4 instead of 12 (saved 8)');
  });

  it('publishes each result with its due date, in time and not provisional (2025 has its notice)', () => {
    // Inspected 2025-05-12: 14 working days to 05-30, 端午节 05-31 … 06-02 off, then 06-03 … 06-10.
    expect(lines).toContain('publication: due 2025-06-10, on time true, provisional false');
  });

  it('prints the announcement: one line per target and department with USCC, date and result', () => {
    const rows = lines.filter((l) => /^\d+ \| /.test(l));
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row.split(' | ')).toHaveLength(7);
    expect(rows.filter((r) => r.endsWith('发现问题已责令改正'))).toHaveLength(1);
    expect(rows.filter((r) => r.endsWith('通过登记的住所（经营场所）无法联系'))).toHaveLength(3);
  });

  it('starts the abnormal-operation clock and prints the statistics and a valid audit trail', () => {
    const listings = lines.filter((l) => l.startsWith('经营异常名录: '));
    expect(listings).toHaveLength(1);
    expect(listings[0]).toMatch(/by 2025-05-29, found by 3 departments/);
    expect(lines.find((l) => l.startsWith('overall |'))).toBe('overall | 1 | 1 | 8 | 12 | 33% | 100% | 8/12');
    expect(lines.at(-1)).toMatch(/^audit: 28 events, head [0-9a-f]{16}…, valid true$/);
  });
});
