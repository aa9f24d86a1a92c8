import { describe, expect, it } from 'vitest';
import { main } from '../../examples/import-with-bad-rows.js';

describe('examples/import-with-bad-rows.ts', () => {
  const out = main();
  const lines = out.split('\n');

  it('keeps the one good row and rejects the five bad ones', () => {
    expect(lines[0]).toBe('accepted 1 rows, rejected 5');
    expect(lines.filter((l) => l.startsWith('row ')).map((l) => l.split(' ')[1])).toEqual([
      '2',
      '4',
      '5',
      '6',
      '7',
    ]);
  });

  it('reports the duplicated 统一社会信用代码 on both rows, never merged', () => {
    expect(lines.filter((l) => l.includes('rows are never merged'))).toHaveLength(2);
    expect(out).toMatch(/统一社会信用代码: Id "[0-9A-Z]{18}" appears in rows 2, 6/);
  });

  it('names the column and the reason of each problem', () => {
    expect(out).toContain('行政区划代码: Expected a 6-digit 行政区划代码');
    expect(out).toMatch(
      /统一社会信用代码: A 企业 \(enterprise\) is keyed by its 统一社会信用代码: Check character/,
    );
    expect(out).toContain('信用风险分类: Expected a credit-risk class A, B, C or D');
    expect(out).toContain('登记状态: Expected a status');
    expect(out).toContain('企业名称: Missing name');
    expect(out).toContain('分类日期: Expected a real date');
    expect(out).toContain('ignored columns: 备注');
  });

  it('snapshots the accepted rows with a digest', () => {
    expect(out).toMatch(/snapshot v1 [0-9a-f]{64}/);
    expect(lines.at(-1)).toBe('operating enterprises for a directed draw: 1');
  });
});
