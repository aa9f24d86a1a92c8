import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  importRows,
  importTargets,
  importTargetsStream,
  TARGET_HEADER_MAP,
  type Target,
  targetRowSchema,
} from '../../../src/directories/index.js';
import { generateTargets } from '../../../src/testing/index.js';

const targets = generateTargets({ seed: 'import fast path', count: 40, kinds: ['enterprise'] });

/** The array import by the schema alone: every row mapped and parsed by the schema, the slow path. */
const bySchema = (rows: readonly unknown[], existingIds?: ReadonlySet<string>) =>
  importRows(rows, {
    headerMap: TARGET_HEADER_MAP,
    schema: targetRowSchema('enterprise'),
    idOf: (t) => t.id,
    firstRow: 2,
    ...(existingIds === undefined ? {} : { existingIds }),
  });

/** The columns of a row, each under one of the headers a sheet may give it (or an unmapped one). */
const column = fc.constantFrom(
  ['统一社会信用代码', (t: Target) => t.id],
  ['对象编号', (t: Target) => t.id],
  [' 统一社会信用代码 ', (t: Target) => t.id],
  ['企业名称', (t: Target) => t.name],
  ['name', (t: Target) => t.name],
  ['行政区划代码', (t: Target) => t.region],
  ['所在区域代码', (t: Target) => Number(t.region)],
  ['行业代码', (t: Target) => t.industry],
  ['信用风险分类', (t: Target) => t.creditClass],
  ['分类日期', (t: Target) => t.creditAsOf.replaceAll('-', '/')],
  ['登记状态', (t: Target) => t.status],
  ['经营异常名录', (t: Target) => (t.abnormal ? '是' : '否')],
  ['标签', (t: Target) => t.tags.join('、')],
  ['备注', () => '新录入'],
  ['经营规模', () => '小型'],
  ['企业规模', () => ''],
) as fc.Arbitrary<readonly [string, (t: Target) => unknown]>;

/** The columns every good row needs, in sheet order; rows add, drop, reorder and blank some. */
const baseColumns: readonly (readonly [string, (t: Target) => unknown])[] = [
  ['统一社会信用代码', (t) => t.id],
  ['企业名称', (t) => t.name],
  ['行政区划代码', (t) => t.region],
  ['行业代码', (t) => t.industry],
  ['信用风险分类', (t) => t.creditClass],
  ['分类日期', (t) => t.creditAsOf],
  ['登记状态', (t) => t.status],
];
const BASE = baseColumns.map(([header]) => header);

const row = fc
  .record({
    target: fc.nat(targets.length - 1),
    extra: fc.array(column, { maxLength: 3 }),
    blank: fc.array(
      fc.tuple(fc.constantFrom(...BASE, '对象编号'), fc.constantFrom('', ' ', '\u3000', '\ufeff', null)),
      {
        maxLength: 2,
      },
    ),
    drop: fc.option(fc.constantFrom(...BASE), { freq: 4 }),
    reversed: fc.boolean(),
  })
  .map(({ target, extra, blank, drop, reversed }) => {
    const t = targets[target] as Target;
    const columns = [...baseColumns, ...extra].filter(([h]) => h !== drop);
    const cells: Record<string, unknown> = {};
    for (const [h, cell] of reversed ? columns.reverse() : columns) cells[h] = cell(t);
    for (const [h, empty] of blank) cells[h] = empty;
    return cells;
  });

describe('the good-row path of the row importer', () => {
  it('gives what the schema alone gives, for sheets with any headers, blanks, repeats and orders (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), fc.boolean(), async (rows, existing) => {
        const existingIds = existing ? new Set([(targets[0] as Target).id]) : undefined;
        const options = {
          defaultKind: 'enterprise' as const,
          ...(existingIds === undefined ? {} : { existingIds }),
        };
        const expected = bySchema(rows, existingIds);
        const fromArray = importTargets(rows, options);
        expect(fromArray).toEqual(expected);
        expect(JSON.stringify(fromArray)).toBe(JSON.stringify(expected));
        expect(await importTargetsStream(rows, options)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('maps rows of more header lists than it keeps plans for, each by its own headers', () => {
    const rows = targets.map((t, i) => {
      const columns = baseColumns.map(([header, cellOf]) => [header, cellOf(t)] as const);
      const turned = [...columns.slice(i % columns.length), ...columns.slice(0, i % columns.length)];
      return Object.fromEntries(i % 2 === 0 ? turned : [...turned, [`备注${i}`, 'x']]);
    });
    const result = importTargets([...rows, ...rows.slice(0, 5)], { defaultKind: 'enterprise' });
    expect(result).toEqual(bySchema([...rows, ...rows.slice(0, 5)]));
    expect(result.accepted).toHaveLength(targets.length - 5);
    expect(result.unmappedHeaders).toHaveLength(targets.length / 2);
  });

  it('names the column that gave a repeated id, also when an earlier id column is blank', () => {
    const t = targets[1] as Target;
    const rest = Object.fromEntries(baseColumns.slice(1).map(([header, cellOf]) => [header, cellOf(t)]));
    const rows = [0, 1].map(() => ({ 统一社会信用代码: '', 对象编号: t.id, ...rest }));
    const { rejected } = importTargets(rows, { defaultKind: 'enterprise' });
    expect(rejected.map((r) => r.problems[0]?.path)).toEqual([['对象编号'], ['对象编号']]);
    expect(rejected).toEqual(bySchema(rows).rejected);
  });
});
