import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTargetRow } from '../../../src/directories/import/target-row-check.js';
import {
  importInspectors,
  importInspectorsStream,
  importRows,
  importTargets,
  importTargetsStream,
  TARGET_HEADER_MAP,
  type Target,
  targetRowSchema,
} from '../../../src/directories/index.js';
import { generateTargets } from '../../../src/testing/index.js';

const targets = generateTargets({ seed: 'import-stream', count: 60 });
const row = (t: Target): Record<string, unknown> => ({
  统一社会信用代码: t.id,
  企业名称: t.name,
  对象类型: t.kind,
  行政区划代码: t.region,
  行业代码: t.industry,
  ...(t.scale === undefined
    ? {}
    : { 企业规模: { large: '大型', medium: '中型', small: '小型', micro: '微型' }[t.scale] }),
  信用风险分类: t.creditClass,
  分类日期: t.creditAsOf.replaceAll('-', '/'),
  登记状态: t.status,
  经营异常名录: t.abnormal ? '是' : '否',
  标签: t.tags.join('；'),
});
/** Good rows, then every kind of bad row: a wrong check character, a repeated id, an unknown column, two id columns. */
const rows: unknown[] = [
  ...targets.slice(0, 50).map(row),
  { ...row(targets[50] as Target), 统一社会信用代码: '91150621MA0Q000000' },
  row(targets[3] as Target),
  { ...row(targets[51] as Target), 备注: '新录入' },
  { ...row(targets[52] as Target), 对象编号: 'X-1' },
  { ...row(targets[53] as Target), 信用风险分类: ' b ', 行政区划代码: 150602, 登记状态: '吊销' },
  'not a row',
  null,
];
/** The array import by the schema alone: the path every row took before the good-row check. */
const bySchema = (input: readonly unknown[]) =>
  importRows(input, {
    headerMap: TARGET_HEADER_MAP,
    schema: targetRowSchema(),
    idOf: (t) => t.id,
    firstRow: 2,
  });

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe('the streaming target import', () => {
  it('gives what the array import gives, and what the schema alone gives, row for row', async () => {
    const fromArray = importTargets(rows);
    expect(fromArray.rejected.map((r) => r.row)).toEqual([5, 52, 53, 55, 57, 58]);
    expect(fromArray.unmappedHeaders).toEqual(['备注']);
    expect(fromArray).toEqual(bySchema(rows));
    expect(JSON.stringify(fromArray)).toBe(JSON.stringify(bySchema(rows)));
    expect(await importTargetsStream(slowly(rows))).toEqual(fromArray);
    expect(await importTargetsStream(rows)).toEqual(fromArray);
  });

  it('keeps the existing-id and first-row options', async () => {
    const existingIds = new Set([(targets[0] as Target).id]);
    const options = { existingIds, firstRow: 10 };
    const result = await importTargetsStream(slowly(rows.slice(0, 3)), options);
    expect(result).toEqual(importTargets(rows.slice(0, 3), options));
    expect(result.rejected).toEqual([expect.objectContaining({ row: 10, id: (targets[0] as Target).id })]);
  });

  it('fails, never returns a part, when the source fails', async () => {
    async function* broken() {
      yield row(targets[0] as Target);
      throw new Error('disk read failed');
    }
    await expect(importTargetsStream(broken())).rejects.toThrow('disk read failed');
  });

  it('refuses what is not a source of rows', () => {
    for (const bad of ['abc', 42, null, undefined, { rows: [] }])
      expect(() => importTargetsStream(bad as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    expect(() => importTargetsStream([], { headerMap: 'x' as never })).toThrow(
      expect.objectContaining({ code: 'IMPORT_OPTIONS_INVALID' }),
    );
  });
});

describe('the good-row check of the target import', () => {
  const fieldsOf = (t: Target) => ({
    id: t.id,
    kind: t.kind,
    name: t.name,
    region: t.region,
    industry: t.industry,
    creditClass: t.creditClass,
    creditAsOf: t.creditAsOf,
    status: t.status,
  });
  const cell = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '是',
      '否',
      'yes',
      '1',
      0,
      1,
      2,
      '大型',
      '微型',
      'tiny',
      'a',
      ' c ',
      'E',
      '存续',
      '\u3000存续',
      '\u3000A',
      '150621\u3000',
      '２０２４/1/1',
      'ß',
    ),
    fc.constantFrom('2024/2/29', '2024-02-30', '2023.12.1', ' 2024-01-05 ', '150621', 150621, 'H6220', 'h'),
    fc.constantFrom('enterprise', '个体工商户', 'product', '企业 ', 'bogus', '食品；餐饮', 'x'.repeat(51)),
    fc.string({ maxLength: 8 }),
    fc.constant(undefined),
  );
  const field = fc.constantFrom(
    'id',
    'kind',
    'name',
    'region',
    'industry',
    'scale',
    'creditClass',
    'creditAsOf',
    'status',
    'abnormal',
    'active',
    'tags',
    'history',
  );

  it('gives exactly the schema’s target whenever it gives one, for rows with any cell changed', () => {
    fc.assert(
      fc.property(
        fc.nat(targets.length - 1),
        fc.array(fc.tuple(field, cell), { maxLength: 4 }),
        fc.constantFrom(undefined, 'enterprise' as const, 'product' as const),
        (i, edits, kind) => {
          const fields: Record<string, unknown> = fieldsOf(targets[i] as Target);
          for (const [k, v] of edits) fields[k] = v;
          for (const k of Object.keys(fields)) if (fields[k] === undefined) delete fields[k];
          const fast = checkTargetRow(fields, kind);
          const schema = targetRowSchema(kind).safeParse(fields);
          if (fast === undefined) return;
          expect(schema.success).toBe(true);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.data));
          expect(Object.isFrozen(fast.tags)).toBe(Object.isFrozen(schema.data?.tags));
          expect(Object.isFrozen(fast.history)).toBe(Object.isFrozen(schema.data?.history));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes the good rows of a spreadsheet, so they skip the schema', () => {
    for (const t of targets)
      expect(checkTargetRow({ ...fieldsOf(t), tags: t.tags.join('、') }, undefined)).toBeDefined();
  });
});

describe('the streaming inspector import', () => {
  it('gives what the array import gives', async () => {
    const inspectorRows = [
      { 人员编号: 'samr-001', 姓名: '王明', 所属部门: 'samr', 人员类别: '执法人员' },
      { 人员编号: 'samr-002', 姓名: '', 所属部门: 'samr', 人员类别: '执法人员' },
      { 人员编号: 'samr-001', 姓名: '李华', 所属部门: 'samr', 人员类别: '监管人员' },
      { 人员编号: 'samr-003', 姓名: '赵强', 所属部门: 'samr', 人员类别: '执法人员', 备注: 'x' },
    ];
    const fromArray = importInspectors(inspectorRows);
    expect(fromArray.accepted.map((i) => i.id)).toEqual(['samr-003']);
    expect(await importInspectorsStream(slowly(inspectorRows))).toEqual(fromArray);
    expect(() => importInspectorsStream('rows' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
