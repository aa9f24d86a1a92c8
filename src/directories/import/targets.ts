import * as z from 'zod/mini';
import { TARGET_KIND_IDS, type TargetKind, targetKindFromLabel } from '../targets/kinds.js';
import { targetStatusFromLabel } from '../targets/status.js';
import { type Target, targetSchema } from '../targets/target.js';
import { checkImportOptions, checkRows } from './boundary.js';
import { booleanCell, dateCell, labelCell, listCell, textCell } from './cells.js';
import { createRowImporter } from './row-importer.js';
import { expectRowSource, importArray, importSource, type RowSource } from './row-source.js';
import { checkOptions, type ImportOptions, type ImportResult } from './rows.js';
import { checkTargetRow, scaleOf } from './target-row-check.js';

/**
 * The documented header map of the target import (检查对象导入表头): the Chinese headers a spreadsheet
 * usually has, and the field each fills. English field names (`id`, `name`, …) are accepted as headers too.
 *
 * | 表头 | field |
 * |---|---|
 * | 统一社会信用代码, 对象编号 | `id` |
 * | 企业名称, 名称, 对象名称, 主体名称 | `name` |
 * | 对象类型, 主体类型 | `kind` (企业, 个体工商户, … or the id) |
 * | 行政区划代码, 所在区域代码 | `region` |
 * | 行业代码, 国民经济行业代码 | `industry` |
 * | 企业规模, 经营规模 | `scale` (大型, 中型, 小型, 微型) |
 * | 信用风险分类, 信用风险等级 | `creditClass` |
 * | 分类日期, 信用分类日期 | `creditAsOf` |
 * | 登记状态, 经营状态 | `status` (在营, 存续, 停业, 注销, 吊销, 撤销, 迁出) |
 * | 经营异常名录, 是否列入经营异常名录 | `abnormal` (是/否; absent means 否) |
 * | 标签 | `tags` (separated by ；, ， or 、) |
 * | 是否有效 | `active` (absent means 是) |
 * @example
 * ```ts
 * TARGET_HEADER_MAP.统一社会信用代码; // 'id'
 * ```
 */
export const TARGET_HEADER_MAP = {
  统一社会信用代码: 'id',
  对象编号: 'id',
  企业名称: 'name',
  名称: 'name',
  对象名称: 'name',
  主体名称: 'name',
  对象类型: 'kind',
  主体类型: 'kind',
  行政区划代码: 'region',
  所在区域代码: 'region',
  行业代码: 'industry',
  国民经济行业代码: 'industry',
  企业规模: 'scale',
  经营规模: 'scale',
  信用风险分类: 'creditClass',
  信用风险等级: 'creditClass',
  分类日期: 'creditAsOf',
  信用分类日期: 'creditAsOf',
  登记状态: 'status',
  经营状态: 'status',
  经营异常名录: 'abnormal',
  是否列入经营异常名录: 'abnormal',
  标签: 'tags',
  是否有效: 'active',
} as const satisfies Readonly<Record<string, keyof Target>>;

/**
 * The row schema of the target import: converts spreadsheet cells (Chinese labels, 是/否, list cells,
 * `YYYY/M/D` dates) and validates the result as a {@link Target}.
 *
 * @param defaultKind - the kind of rows that have no kind column (e.g. `enterprise` for a 企业 list)
 * @returns a zod schema of a mapped row
 * @example
 * ```ts
 * targetRowSchema('enterprise').safeParse({ id: '91150621MA0Q7C1X0B', name: '达拉特旗某商贸有限公司', ... });
 * ```
 */
export function targetRowSchema(defaultKind?: TargetKind): z.ZodMiniType<Target, unknown> {
  return z.pipe(
    z.transform((input) => {
      if (typeof input !== 'object' || input === null) return input;
      const r = input as Record<string, unknown>;
      return {
        ...r,
        id: textCell(r.id),
        kind: r.kind === undefined ? defaultKind : labelCell(r.kind, targetKindFromLabel),
        region: textCell(r.region),
        ...(r.scale === undefined ? {} : { scale: labelCell(r.scale, scaleOf) }),
        creditAsOf: dateCell(r.creditAsOf),
        status: labelCell(r.status, targetStatusFromLabel),
        abnormal: r.abnormal === undefined ? false : booleanCell(r.abnormal),
        active: r.active === undefined ? true : booleanCell(r.active),
        tags: r.tags === undefined ? [] : listCell(r.tags),
        history: [],
      };
    }),
    targetSchema,
  );
}

/** Options of {@link importTargets}. */
export interface ImportTargetsOptions {
  /** Header → field; default {@link TARGET_HEADER_MAP}. */
  readonly headerMap?: Readonly<Record<string, string>>;
  /** Kind of rows without a kind column. */
  readonly defaultKind?: TargetKind;
  /** Ids already in the directory (rejected: use an update change). */
  readonly existingIds?: ReadonlySet<string>;
  /** The number of the first row (default 2: row 1 is the header line). */
  readonly firstRow?: number;
}

const TARGET_OPTIONS = { defaultKind: z.optional(z.enum(TARGET_KIND_IDS)) };

/**
 * Imports targets (导入检查对象) from rows a host parsed from CSV or Excel, with Chinese headers through
 * {@link TARGET_HEADER_MAP}. Never throws for bad rows: each is reported with its row number and every problem
 * (the path names the column); duplicate ids are reported, never merged. Inspection history is not imported.
 *
 * @param rows - one object per row, header → cell
 * @param options - {@link ImportTargetsOptions}
 * @returns `{ accepted, rejected, unmappedHeaders }`
 * @throws {SsjError} `IMPORT_ROWS_INVALID` when the rows are not an array without holes
 * @throws {SsjError} `IMPORT_OPTIONS_INVALID` when the options are malformed or name a key the import does not read
 * @example
 * ```ts
 * const { accepted, rejected } = importTargets(rows, { defaultKind: 'enterprise' });
 * ```
 *
 * @example
 * The whole flow, from `examples/import-with-bad-rows.ts`:
 *
 * {@includeCode ../../../examples/import-with-bad-rows.ts#import}
 */
export function importTargets(
  rows: readonly unknown[],
  options: ImportTargetsOptions = {},
): ImportResult<Target> {
  checkRows(rows);
  checkImportOptions(options, TARGET_OPTIONS, 'importTargets');
  return importArray(rows, targetImporter(options));
}

/**
 * Imports targets from a stream of rows (流式导入检查对象): the same result as {@link importTargets}, row numbers,
 * problems and duplicate checks included, but the rows are read one at a time, so a province's million rows
 * need never be held at once. Only the accepted targets are kept.
 *
 * @param rows - an async iterable (or iterable) of row objects, header → cell, e.g. a CSV parser's stream
 * @param options - {@link ImportTargetsOptions}
 * @returns a promise of `{ accepted, rejected, unmappedHeaders }`
 * @throws {SsjError} `INVALID_INPUT` when `rows` is not iterable (the promise is not even made)
 * @throws {SsjError} `IMPORT_OPTIONS_INVALID` when the options are malformed
 * @example
 * {@includeCode ../../../examples/import-stream.ts#stream}
 */
export function importTargetsStream(
  rows: RowSource,
  options: ImportTargetsOptions = {},
): Promise<ImportResult<Target>> {
  expectRowSource(rows);
  checkImportOptions(options, TARGET_OPTIONS, 'importTargetsStream');
  return importSource(rows, targetImporter(options));
}

/** The importer of both target imports: options checked, good rows checked without the schema. */
function targetImporter(options: ImportTargetsOptions) {
  const rowOptions: ImportOptions<Target> = {
    headerMap: options.headerMap ?? TARGET_HEADER_MAP,
    schema: targetRowSchema(options.defaultKind),
    idOf: (t) => t.id,
    firstRow: options.firstRow ?? 2,
    ...(options.existingIds === undefined ? {} : { existingIds: options.existingIds }),
  };
  checkOptions(rowOptions);
  return createRowImporter(rowOptions, (fields) => checkTargetRow(fields, options.defaultKind));
}
