import type * as z from 'zod/mini';
import { type IssuePath, SsjError, type SsjIssue } from '../../core/index.js';
import { expectOptions, expectRecord, isPlainObject, safeParseWith } from '../../core/internal.js';
import { checkRows } from './boundary.js';

/** One problem with one imported row: the column (header) and what was wrong. */
export type ImportProblem = SsjIssue;

/** A row that was not imported (被拒绝的行), with every problem found in it. */
export interface RejectedRow {
  /** The row number (1-based, counted from `firstRow`). */
  readonly row: number;
  /** The row's id, when it could be read. */
  readonly id?: string;
  /** Every problem found. */
  readonly problems: readonly ImportProblem[];
}

/** What an import gives back: the good rows, and each bad row with why. */
export interface ImportResult<T> {
  /** The rows that passed, in input order. */
  readonly accepted: readonly T[];
  /** The rows that did not, in input order. */
  readonly rejected: readonly RejectedRow[];
  /** Column headers that the header map does not know (their cells were ignored). */
  readonly unmappedHeaders: readonly string[];
}

/** How to read rows: which header is which field, how to validate, and how to find a row's id. */
export interface ImportOptions<T> {
  /** Column header → field name (e.g. `统一社会信用代码` → `id`). Headers equal to a field name pass through. */
  readonly headerMap: Readonly<Record<string, string>>;
  /** Validates the mapped fields of a row (cells already mapped; empty cells left out): a `zod/mini` or `zod` schema. */
  readonly schema: z.core.$ZodType<T, unknown>;
  /** The id of an accepted entry, for duplicate detection. */
  readonly idOf: (entry: T) => string;
  /** Ids already in the directory: rows with these ids are rejected (use a change to update instead). */
  readonly existingIds?: ReadonlySet<string>;
  /** The number of the first row (default 1; use 2 when the sheet's header is row 1). */
  readonly firstRow?: number;
  /** The field whose raw cell names a rejected row (default `id`). */
  readonly idField?: string;
}

type Mapped = { fields: Record<string, unknown>; headerOf: Map<string, string>; problems: ImportProblem[] };

const isEmptyCell = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function mapRow(
  raw: unknown,
  headerMap: Readonly<Record<string, string>>,
  fields: ReadonlySet<string>,
  unmapped: Set<string>,
): Mapped {
  const out: Mapped = { fields: {}, headerOf: new Map(), problems: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    out.problems.push({ path: [], message: 'Expected a row object (header → cell)', expected: 'object' });
    return out;
  }
  for (const [header, cell] of Object.entries(raw)) {
    const key = header.trim();
    const field = Object.hasOwn(headerMap, key) ? headerMap[key] : fields.has(key) ? key : undefined;
    if (field === undefined) {
      unmapped.add(header);
      continue;
    }
    if (isEmptyCell(cell)) {
      if (!out.headerOf.has(field)) out.headerOf.set(field, header);
      continue;
    }
    const earlier = Object.hasOwn(out.fields, field) ? out.headerOf.get(field) : undefined;
    if (earlier !== undefined) {
      out.problems.push({
        path: [header],
        message: `Columns "${earlier}" and "${header}" both give ${field}`,
      });
      continue;
    }
    out.headerOf.set(field, header);
    out.fields[field] = cell;
  }
  return out;
}

function withHeader(path: IssuePath, headerOf: Map<string, string>): IssuePath {
  const [first, ...rest] = path;
  const header = typeof first === 'string' ? headerOf.get(first) : undefined;
  return header === undefined ? path : [header, ...rest];
}

const ROW_OPTION_KEYS = [
  'headerMap',
  'schema',
  'idOf',
  'existingIds',
  'firstRow',
  'idField',
] as const satisfies readonly (keyof ImportOptions<unknown>)[];

function checkOptions<T>(options: ImportOptions<T>): void {
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
  const first = options.firstRow ?? 1;
  const idField = options.idField ?? 'id';
  const fields = new Set(Object.values(options.headerMap));
  fields.add(idField);
  const unmapped = new Set<string>();
  const passed: { row: number; entry: T; id: string; idPath: IssuePath }[] = [];
  const rejected: RejectedRow[] = [];
  rows.forEach((raw, index) => {
    const row = first + index;
    const mapped = mapRow(raw, options.headerMap, fields, unmapped);
    const rawId = mapped.fields[idField];
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).trim() : undefined;
    const result = safeParseWith(options.schema, mapped.fields, 'row');
    const problems = [...mapped.problems];
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ ...issue, path: withHeader(issue.path, mapped.headerOf) });
    }
    if (problems.length > 0 || !result.success) {
      rejected.push(id === undefined ? { row, problems } : { row, id, problems });
      return;
    }
    passed.push({
      row,
      entry: result.data,
      id: options.idOf(result.data),
      idPath: withHeader([idField], mapped.headerOf),
    });
  });
  const rowsOf = new Map<string, number[]>();
  for (const p of passed) rowsOf.set(p.id, [...(rowsOf.get(p.id) ?? []), p.row]);
  const accepted: T[] = [];
  for (const p of passed) {
    const same = rowsOf.get(p.id) ?? [];
    const problems: ImportProblem[] = [];
    if (same.length > 1) {
      problems.push({
        path: p.idPath,
        message: `Id "${p.id}" appears in rows ${same.join(', ')}; rows are never merged`,
      });
    }
    if (options.existingIds?.has(p.id) === true) {
      problems.push({
        path: p.idPath,
        message: `Id "${p.id}" is already in the directory; use an update change`,
      });
    }
    if (problems.length === 0) accepted.push(p.entry);
    else rejected.push({ row: p.row, id: p.id, problems });
  }
  rejected.sort((a, b) => a.row - b.row);
  return { accepted, rejected, unmappedHeaders: [...unmapped] };
}
