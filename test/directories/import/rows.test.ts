import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isSsjError } from '../../../src/core/index.js';
import {
  importRows,
  importTargets,
  TARGET_KINDS,
  TARGET_SCALES,
  TARGET_STATUSES,
  type Target,
} from '../../../src/directories/index.js';
import { generateTargets } from '../../../src/testing/index.js';

/** A target as a spreadsheet row with the Chinese headers of TARGET_HEADER_MAP and Chinese labels. */
function toRow(t: Target): Record<string, unknown> {
  return {
    统一社会信用代码: t.id,
    企业名称: t.name,
    对象类型: TARGET_KINDS.find((k) => k.kind === t.kind)?.name,
    行政区划代码: t.region,
    行业代码: t.industry,
    ...(t.scale === undefined ? {} : { 企业规模: TARGET_SCALES.find((s) => s.scale === t.scale)?.name }),
    信用风险分类: t.creditClass,
    分类日期: t.creditAsOf.replaceAll('-', '/'),
    登记状态: TARGET_STATUSES.find((s) => s.status === t.status)?.names[0],
    经营异常名录: t.abnormal ? '是' : '否',
    标签: t.tags.join('；'),
  };
}

/** Ways to make a row invalid. */
const CORRUPTIONS: readonly ((row: Record<string, unknown>) => Record<string, unknown>)[] = [
  (r) => ({ ...r, 行政区划代码: '1506' }),
  (r) => ({ ...r, 统一社会信用代码: '' }),
  (r) => ({ ...r, 对象类型: '企业', 统一社会信用代码: `${String(r.统一社会信用代码).slice(0, 17)}I` }),
  (r) => ({ ...r, 登记状态: '营业中' }),
  (r) => ({ ...r, 企业名称: '  ' }),
  (r) => ({ ...r, 信用风险分类: 'E' }),
  (r) => ({ ...r, 分类日期: '2024-13-01' }),
  (r) => ({ ...r, 行业代码: '5212' }),
  (r) => ({ ...r, 经营异常名录: '也许' }),
];

const withoutHistory = (t: Target) => ({ ...t, history: [] });

describe('importRows / importTargets (导入)', () => {
  it('property: never loses a valid row and never accepts an invalid one', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 0, max: 25 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: CORRUPTIONS.length - 1 })), { maxLength: 8 }),
        (seed, n, corruptions) => {
          const targets = generateTargets({ seed, count: n });
          const rows = targets.map(toRow);
          const bad = new Set<number>();
          for (const [at, how] of corruptions) {
            if (n === 0) break;
            const i = at % n;
            rows[i] = (CORRUPTIONS[how] as (r: Record<string, unknown>) => Record<string, unknown>)(
              rows[i] ?? {},
            );
            bad.add(i);
          }
          const result = importTargets(rows);
          const good = targets.filter((_, i) => !bad.has(i)).map(withoutHistory);
          expect(result.accepted).toEqual(good);
          expect(result.rejected.map((r) => r.row)).toEqual([...bad].sort((a, b) => a - b).map((i) => i + 2));
          for (const r of result.rejected) expect(r.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('property: duplicate ids are reported on every row that has them, never merged', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 15 }), fc.nat(), fc.nat(), (seed, n, from, to) => {
        const rows = generateTargets({ seed, count: n }).map(toRow);
        const original = rows[from % n] as Record<string, unknown>;
        const copy = { ...original, 企业名称: '重复行' };
        const at = to % (n + 1);
        const withDup = [...rows.slice(0, at), copy, ...rows.slice(at)];
        const result = importTargets(withDup);
        expect(result.accepted).toHaveLength(n - 1);
        expect(result.rejected).toHaveLength(2);
        for (const r of result.rejected) {
          expect(r.id).toBe(original.统一社会信用代码);
          expect(r.problems[0]?.message).toContain('never merged');
        }
      }),
      { numRuns: 50 },
    );
  });

  it('reports each problem of a bad row with its row number and column header', () => {
    const [t] = generateTargets({ seed: 'one', count: 1, kinds: ['enterprise'] });
    if (t === undefined) throw new Error('fixture');
    const row = { ...toRow(t), 行政区划代码: '15', 信用风险分类: 'E' };
    const result = importTargets([toRow({ ...t, id: t.id.replace(/^91/, '92') as never }), row]);
    expect(result.rejected).toHaveLength(2);
    const second = result.rejected[1];
    expect(second?.row).toBe(3);
    expect(second?.id).toBe(t.id);
    expect(second?.problems.map((p) => p.path[0]).sort()).toEqual(['信用风险分类', '行政区划代码']);
  });

  it('lists headers it does not know and ignores their cells', () => {
    const [t] = generateTargets({ seed: 'two', count: 1 });
    if (t === undefined) throw new Error('fixture');
    const result = importTargets([{ ...toRow(t), 备注: '无' }]);
    expect(result.accepted).toHaveLength(1);
    expect(result.unmappedHeaders).toEqual(['备注']);
  });

  it('rejects ids already in the directory (an update is a change, not an import)', () => {
    const [t] = generateTargets({ seed: 'three', count: 1 });
    if (t === undefined) throw new Error('fixture');
    const result = importTargets([toRow(t)], { existingIds: new Set([t.id]) });
    expect(result.accepted).toEqual([]);
    expect(result.rejected[0]?.problems[0]?.message).toContain('already in the directory');
  });

  it('never throws for bad rows, even rows that are not objects', () => {
    const result = importTargets([null, 'x', 3, [], {}]);
    expect(result.accepted).toEqual([]);
    expect(result.rejected.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
  });

  it('works with any schema and header map, and reports two columns for one field', () => {
    const schema = z.object({ id: z.string(), n: z.coerce.number().int() });
    const result = importRows(
      [
        { 编号: 'a', 数量: '3' },
        { 编号: 'b', id: 'b2', 数量: '1' },
      ],
      { headerMap: { 编号: 'id', 数量: 'n' }, schema, idOf: (r) => r.id },
    );
    expect(result.accepted).toEqual([{ id: 'a', n: 3 }]);
    expect(result.rejected[0]?.problems[0]?.message).toContain('both give id');
  });

  it('throws IMPORT_OPTIONS_INVALID only for malformed options', () => {
    try {
      importRows([], { headerMap: { a: 1 } as never, schema: {} as never, idOf: 'id' as never });
      expect.unreachable();
    } catch (e) {
      expect(isSsjError(e, 'IMPORT_OPTIONS_INVALID')).toBe(true);
    }
  });
});
