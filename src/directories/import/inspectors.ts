import * as z from 'zod/mini';
import { compareDates, isIsoDate, isoDateSchema } from '../../core/index.js';
import { type Inspector, inspectorSchema } from '../inspectors/inspector.js';
import { DEPARTMENTS } from '../shared/departments.js';
import { checkImportOptions, checkRows } from './boundary.js';
import { booleanCell, dateCell, labelCell, listCell, textCell } from './cells.js';
import { affiliationOf, checkInspectorRow, departmentOf, roleOf } from './inspector-row-check.js';
import { createRowImporter } from './row-importer.js';
import { expectRowSource, importArray, importSource, type RowSource } from './row-source.js';
import { checkOptions, type ImportOptions, type ImportResult } from './rows.js';

/**
 * The documented header map of the inspector import (执法检查人员导入表头). One certificate per row; English
 * field names are accepted as headers too.
 *
 * | 表头 | field |
 * |---|---|
 * | 人员编号, 执法人员编号 | `id` |
 * | 姓名 | `name` |
 * | 所属部门, 部门 | `department` (id such as `samr`, or the name in {@link DEPARTMENTS}) |
 * | 人员类别 | `role` (行政执法人员 / 执法人员, 日常监管人员 / 监管人员, 专家) |
 * | 执法证号 | `certificateNumber` |
 * | 执法证有效期起 | `certificateValidFrom` |
 * | 执法证有效期止 | `certificateValidTo` |
 * | 业务专长 | `specialties` (list) |
 * | 负责区域 | `regions` (list of 行政区划代码) |
 * | 是否在岗 | `active` (absent means 是) |
 * | 专家来源 | `affiliationKind` (检测机构, 科研院所, 行业) |
 * | 专家所在单位 | `affiliationName` |
 * @example
 * ```ts
 * INSPECTOR_HEADER_MAP.执法证号; // 'certificateNumber'
 * ```
 */
export const INSPECTOR_HEADER_MAP = {
  人员编号: 'id',
  执法人员编号: 'id',
  姓名: 'name',
  所属部门: 'department',
  部门: 'department',
  人员类别: 'role',
  执法证号: 'certificateNumber',
  执法证有效期起: 'certificateValidFrom',
  执法证有效期止: 'certificateValidTo',
  业务专长: 'specialties',
  负责区域: 'regions',
  是否在岗: 'active',
  专家来源: 'affiliationKind',
  专家所在单位: 'affiliationName',
} as const satisfies Readonly<Record<string, string>>;

const certificateColumns = z
  .looseObject({
    certificateNumber: z.optional(z.string().check(z.trim(), z.minLength(1))),
    certificateValidFrom: z.optional(isoDateSchema),
    certificateValidTo: z.optional(isoDateSchema),
  })
  .check(
    z.superRefine((c, ctx) => {
      const given = [c.certificateNumber, c.certificateValidFrom, c.certificateValidTo].filter(
        (v) => v !== undefined,
      );
      if (given.length > 0 && given.length < 3) {
        for (const key of ['certificateNumber', 'certificateValidFrom', 'certificateValidTo'] as const) {
          if (c[key] === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: 'A certificate needs its number and both dates',
              input: undefined,
            });
          }
        }
      } else if (isIsoDate(c.certificateValidFrom) && isIsoDate(c.certificateValidTo)) {
        // A date that is not a real date has its own issue; only two real dates are compared.
        if (compareDates(c.certificateValidFrom, c.certificateValidTo) > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['certificateValidTo'],
            message: 'A certificate cannot end before it starts',
            input: c.certificateValidTo,
          });
        }
      }
    }),
  );

/**
 * The row schema of the inspector import: converts cells (Chinese role and department names, 是/否, lists,
 * dates) and validates the result as an {@link Inspector}.
 *
 * @returns a zod schema of a mapped row
 * @example
 * ```ts
 * inspectorRowSchema().safeParse({ id: 'samr-001', name: '王明', department: '旗市场监管局', role: '执法人员' });
 * ```
 */
export function inspectorRowSchema(): z.ZodMiniType<Inspector, unknown> {
  return z.pipe(
    z.transform((input) => {
      if (typeof input !== 'object' || input === null) return input;
      const r = input as Record<string, unknown>;
      return {
        ...r,
        certificateNumber: textCell(r.certificateNumber),
        certificateValidFrom: dateCell(r.certificateValidFrom),
        certificateValidTo: dateCell(r.certificateValidTo),
      };
    }),
    z.pipe(
      z.pipe(
        certificateColumns,
        z.transform((r: Record<string, unknown>): unknown => {
          const number = r.certificateNumber;
          const kind = labelCell(r.affiliationKind, affiliationOf);
          return {
            id: textCell(r.id),
            name: r.name,
            department: labelCell(r.department, departmentOf),
            role: labelCell(r.role, roleOf),
            certificates:
              number === undefined
                ? []
                : [{ number, validFrom: r.certificateValidFrom, validTo: r.certificateValidTo }],
            specialties: r.specialties === undefined ? [] : listCell(r.specialties),
            regions: r.regions === undefined ? [] : listCell(textCell(r.regions)),
            active: r.active === undefined ? true : booleanCell(r.active),
            ...(kind === undefined && r.affiliationName === undefined
              ? {}
              : { affiliation: { kind, name: r.affiliationName } }),
          };
        }),
      ),
      inspectorSchema,
    ),
  );
}

/** Options of {@link importInspectors}. */
export interface ImportInspectorsOptions {
  /** Header → field; default {@link INSPECTOR_HEADER_MAP}. */
  readonly headerMap?: Readonly<Record<string, string>>;
  /** Ids already in the directory (rejected: use an update change). */
  readonly existingIds?: ReadonlySet<string>;
  /** The number of the first row (default 2: row 1 is the header line). */
  readonly firstRow?: number;
}

/**
 * Imports inspectors (导入执法检查人员) from rows a host parsed from CSV or Excel, with Chinese headers through
 * {@link INSPECTOR_HEADER_MAP}. Never throws for bad rows; duplicate ids are reported, never merged.
 *
 * @param rows - one object per row, header → cell
 * @param options - {@link ImportInspectorsOptions}
 * @returns `{ accepted, rejected, unmappedHeaders }`
 * @throws {SsjError} `IMPORT_ROWS_INVALID` when the rows are not an array without holes
 * @throws {SsjError} `IMPORT_OPTIONS_INVALID` when the options are malformed or name a key the import does not read
 * @example
 * ```ts
 * const { accepted, rejected } = importInspectors([{ 人员编号: 'samr-001', 姓名: '王明', 所属部门: 'samr', 人员类别: '执法人员' }]);
 * ```
 */
export function importInspectors(
  rows: readonly unknown[],
  options: ImportInspectorsOptions = {},
): ImportResult<Inspector> {
  checkRows(rows);
  checkImportOptions(options, {}, 'importInspectors');
  return importArray(rows, inspectorImporter(options));
}

/**
 * Imports inspectors from a stream of rows (流式导入执法检查人员): the same result as {@link importInspectors},
 * with the rows read one at a time.
 *
 * @param rows - an async iterable (or iterable) of row objects, header → cell
 * @param options - {@link ImportInspectorsOptions}
 * @returns a promise of `{ accepted, rejected, unmappedHeaders }`
 * @throws {SsjError} `INVALID_INPUT` when `rows` is not iterable (the promise is not even made)
 * @throws {SsjError} `IMPORT_OPTIONS_INVALID` when the options are malformed
 * @example
 * {@includeCode ../../../examples/import-stream.ts#inspectors}
 */
export function importInspectorsStream(
  rows: RowSource,
  options: ImportInspectorsOptions = {},
): Promise<ImportResult<Inspector>> {
  expectRowSource(rows);
  checkImportOptions(options, {}, 'importInspectorsStream');
  return importSource(rows, inspectorImporter(options));
}

function inspectorImporter(options: ImportInspectorsOptions) {
  const rowOptions: ImportOptions<Inspector> = {
    headerMap: options.headerMap ?? INSPECTOR_HEADER_MAP,
    schema: inspectorRowSchema(),
    idOf: (i) => i.id,
    firstRow: options.firstRow ?? 2,
    ...(options.existingIds === undefined ? {} : { existingIds: options.existingIds }),
  };
  checkOptions(rowOptions);
  return createRowImporter(rowOptions, checkInspectorRow);
}
