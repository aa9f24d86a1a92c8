import type { IssuePath } from '../../core/index.js';
import { safeParseWith } from '../../core/internal.js';
import type { ImportOptions, ImportProblem, ImportResult, RejectedRow } from './types.js';

/**
 * The row-by-row engine of every import (internal): rows go in one at a time, in any number (an array or a
 * stream), and the result comes out at the end, when duplicate ids can be judged. A good row costs one pass
 * over its cells and, where the import has one, the good-row check instead of the schema; only a row that
 * fails it is mapped again with every header remembered and parsed by the schema, which names each problem.
 */

/** Takes rows one at a time; `finish` gives the result. */
export interface RowImporter<T> {
  /** Adds the row at `index` (0-based, counted from the first row given). */
  add(raw: unknown, index: number): void;
  finish(): ImportResult<T>;
}

/** The entry of a mapped row that is plainly good, or `undefined` to ask the schema. */
export type GoodRowCheck<T> = (fields: Readonly<Record<string, unknown>>) => T | undefined;

type Mapped = { fields: Record<string, unknown>; headerOf: Map<string, string>; problems: ImportProblem[] };

const isEmptyCell = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const fieldOf = (key: string, headerMap: Readonly<Record<string, string>>, fields: ReadonlySet<string>) =>
  Object.hasOwn(headerMap, key) ? headerMap[key] : fields.has(key) ? key : undefined;

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
    const field = fieldOf(header.trim(), headerMap, fields);
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

/** The field of each header seen (`null`: unmapped), so a million rows look each header up once. */
type HeaderFields = Map<string, string | null>;

/**
 * {@link mapRow} for a row without problems, remembering only the header of the id: the fields and that
 * header, or `undefined` when the row has a problem (then `mapRow` reports it).
 */
function mapPlainRow(
  raw: unknown,
  resolve: (header: string) => string | null,
  idField: string,
): { fields: Record<string, unknown>; idHeader: string | undefined } | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const out: Record<string, unknown> = {};
  let idHeader: string | undefined;
  for (const header of Object.keys(raw)) {
    const field = resolve(header);
    if (field === null) continue;
    if (field === idField) idHeader ??= header;
    const cell = (raw as Record<string, unknown>)[header];
    if (isEmptyCell(cell)) continue;
    if (Object.hasOwn(out, field)) return undefined;
    out[field] = cell;
  }
  return { fields: out, idHeader };
}

function withHeader(path: IssuePath, headerOf: Map<string, string>): IssuePath {
  const [first, ...rest] = path;
  const header = typeof first === 'string' ? headerOf.get(first) : undefined;
  return header === undefined ? path : [header, ...rest];
}

/** A row importer for checked `options`, with the good-row check `good` when the import has one. */
export function createRowImporter<T>(options: ImportOptions<T>, good?: GoodRowCheck<T>): RowImporter<T> {
  const first = options.firstRow ?? 1;
  const idField = options.idField ?? 'id';
  const { headerMap } = options;
  const fields = new Set(Object.values(headerMap));
  fields.add(idField);
  const unmapped = new Set<string>();
  const headerFields: HeaderFields = new Map();
  const resolve = (header: string): string | null => {
    let field = headerFields.get(header);
    if (field === undefined) {
      field = fieldOf(header.trim(), headerMap, fields) ?? null;
      if (headerFields.size < 4096) headerFields.set(header, field);
    }
    if (field === null) unmapped.add(header);
    return field;
  };
  const rejected: RejectedRow[] = [];
  // The rows that passed, as columns: no object per row beyond the entry itself.
  const rows: number[] = [];
  const entries: T[] = [];
  const ids: string[] = [];
  /** The header of each passed row's id, `undefined` where the id had no column header. */
  const idHeaders: (string | undefined)[] = [];
  /** Row number of each id's first good row, or every row number once an id repeats. */
  const seen = new Map<string, number | number[]>();
  const pass = (row: number, entry: T, idHeader: string | undefined) => {
    const id = options.idOf(entry);
    const earlier = seen.get(id);
    seen.set(
      id,
      earlier === undefined ? row : typeof earlier === 'number' ? [earlier, row] : [...earlier, row],
    );
    rows.push(row);
    entries.push(entry);
    ids.push(id);
    idHeaders.push(idHeader);
  };
  const slow = (raw: unknown, row: number) => {
    const mapped = mapRow(raw, headerMap, fields, unmapped);
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
    pass(row, result.data, mapped.headerOf.get(idField));
  };
  return {
    add(raw, index) {
      const row = first + index;
      const plain = good === undefined ? undefined : mapPlainRow(raw, resolve, idField);
      const entry = plain === undefined ? undefined : (good as GoodRowCheck<T>)(plain.fields);
      if (plain === undefined || entry === undefined) slow(raw, row);
      else pass(row, entry, plain.idHeader);
    },
    finish() {
      const accepted: T[] = [];
      const late: RejectedRow[] = [];
      for (let i = 0; i < entries.length; i++) {
        const id = ids[i] as string;
        const same = seen.get(id);
        const header = idHeaders[i];
        const idPath: IssuePath = [header ?? idField];
        const problems: ImportProblem[] = [];
        if (typeof same !== 'number' && same !== undefined) {
          problems.push({
            path: idPath,
            message: `Id "${id}" appears in rows ${same.join(', ')}; rows are never merged`,
          });
        }
        if (options.existingIds?.has(id) === true) {
          problems.push({
            path: idPath,
            message: `Id "${id}" is already in the directory; use an update change`,
          });
        }
        if (problems.length === 0) accepted.push(entries[i] as T);
        else late.push({ row: rows[i] as number, id, problems });
      }
      const all = late.length === 0 ? rejected : [...rejected, ...late].sort((a, b) => a.row - b.row);
      return { accepted, rejected: all, unmappedHeaders: [...unmapped] };
    },
  };
}
