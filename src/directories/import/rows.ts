import { SsjError, type SsjIssue } from '../../core/index.js';
import { expectOptions, expectRecord, isPlainObject } from '../../core/internal.js';
import { checkRows } from './boundary.js';
import { createRowImporter } from './row-importer.js';
import { importArray } from './row-source.js';

export type { ImportOptions, ImportProblem, ImportResult, RejectedRow } from './types.js';

import type { ImportOptions, ImportResult } from './types.js';

const ROW_OPTION_KEYS = [
  'headerMap',
  'schema',
  'idOf',
  'existingIds',
  'firstRow',
  'idField',
] as const satisfies readonly (keyof ImportOptions<unknown>)[];

/** Refuses malformed import options (`IMPORT_OPTIONS_INVALID`). */
export function checkOptions<T>(options: ImportOptions<T>): void {
  const issues: SsjIssue[] = [];
  const map: unknown = options.headerMap;
  if (!isPlainObject(map) || Object.values(map).some((v) => typeof v !== 'string')) {
    issues.push({
      path: ['headerMap'],
      message: 'Expected an object of header → field name',
      expected: 'object',
    });
  }
  if (typeof options.schema !== 'object' || options.schema === null || !('_zod' in options.schema)) {
    issues.push({ path: ['schema'], message: 'Expected a zod schema', expected: 'zod schema' });
  }
  if (options.existingIds !== undefined && !(options.existingIds instanceof Set))
    issues.push({ path: ['existingIds'], message: 'Expected a Set of ids', expected: 'Set<string>' });
  if (typeof options.idOf !== 'function') issues.push({ path: ['idOf'], message: 'Expected a function' });
  if (options.idField !== undefined && (typeof options.idField !== 'string' || options.idField === ''))
    issues.push({ path: ['idField'], message: 'Expected a field name', expected: 'non-empty string' });
  if (options.firstRow !== undefined && !(Number.isSafeInteger(options.firstRow) && options.firstRow >= 0)) {
    issues.push({ path: ['firstRow'], message: 'Expected an integer row number', expected: 'integer' });
  }
  if (issues.length > 0) {
    throw new SsjError(
      'IMPORT_OPTIONS_INVALID',
      `Invalid import options: ${issues.map((i) => i.message).join('; ')}`,
      { issues },
    );
  }
}

/**
 * Imports rows a host parsed from CSV or Excel (导入): maps headers to fields, validates each row, and returns
 * the good rows and every bad row with its row number and each problem. Never throws for bad rows; duplicate
 * ids are reported (every row with that id is rejected), never merged.
 *
 * @param rows - one object per row, header → cell
 * @param options - the header map, the row schema, the id function ({@link ImportOptions})
 * @returns `{ accepted, rejected, unmappedHeaders }`
 * @throws {SsjError} `IMPORT_ROWS_INVALID` when the rows are not an array without holes
 * @throws {SsjError} `IMPORT_OPTIONS_INVALID` when the options themselves are malformed or name an unknown key
 * @example
 * ```ts
 * const { accepted, rejected } = importRows(rows, { headerMap: TARGET_HEADER_MAP, schema: targetRowSchema, idOf: (t) => t.id });
 * ```
 */
export function importRows<T>(rows: readonly unknown[], options: ImportOptions<T>): ImportResult<T> {
  checkRows(rows);
  expectRecord(options, 'import options', 'IMPORT_OPTIONS_INVALID', ['options']);
  expectOptions(options, ROW_OPTION_KEYS, 'importRows', 'IMPORT_OPTIONS_INVALID');
  checkOptions(options);
  return importArray(rows, createRowImporter(options));
}
