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

/** Whether a character code is plainly not white space to `String.prototype.trim` (printable ASCII, CJK, …). */
const isPlainCharacter = (c: number) => (c > 32 && c < 127) || (c > 0x3000 && c !== 0xfeff);

const isEmptyCell = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && !isPlainCharacter(v.charCodeAt(0)) && v.trim() === '');

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

/**
 * How the rows with one list of headers map (internal): per header its field (`null`: unmapped), which headers
 * give the id, and whether two headers give the same field. A million rows from one sheet share one plan, so
 * each header is looked up once, not once a row.
 */
interface HeaderPlan {
  readonly headers: readonly string[];
  readonly fields: readonly (string | null)[];
  /** The positions of the headers that give the id field. */
  readonly idAt: readonly number[];
  /** Whether some field has two headers (then a row giving both has a problem). */
  readonly shared: boolean;
}

/** The most plans kept: rows from one sheet have one header list, or a few when empty cells are left out. */
const PLANS = 16;

const sameHeaders = (a: readonly string[], b: readonly string[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

function makePlan(
  headers: readonly string[],
  fieldOfHeader: (header: string) => string | null,
  idField: string,
) {
  const fields = headers.map(fieldOfHeader);
  const idAt = fields.flatMap((f, i) => (f === idField ? [i] : []));
  const named = fields.filter((f) => f !== null);
  return { headers, fields, idAt, shared: new Set(named).size < named.length };
}

/**
 * {@link mapRow} for a row without problems, by its plan: the fields, or `undefined` when two headers of the
 * row give one field (then `mapRow` reports it).
 */
function mapByPlan(raw: Readonly<Record<string, unknown>>, plan: HeaderPlan) {
  const out: Record<string, unknown> = {};
  const { headers, fields, shared } = plan;
  for (let i = 0; i < headers.length; i++) {
    const field = fields[i];
    if (field === null || field === undefined) continue;
    const cell = raw[headers[i] as string];
    if (isEmptyCell(cell)) continue;
    if (shared && Object.hasOwn(out, field)) return undefined;
    out[field] = cell;
  }
  return out;
}

/** The header of a mapped row's id, as {@link mapRow} remembers it: the one with a cell, else the first. */
function idHeaderOf(raw: Readonly<Record<string, unknown>>, plan: HeaderPlan): string | undefined {
  const { idAt, headers } = plan;
  if (idAt.length > 1) {
    for (const i of idAt) if (!isEmptyCell(raw[headers[i] as string])) return headers[i];
  }
  return idAt.length === 0 ? undefined : headers[idAt[0] as number];
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
  const fieldOfHeader = (header: string): string | null => {
    const field = fieldOf(header.trim(), headerMap, fields) ?? null;
    if (field === null) unmapped.add(header);
    return field;
  };
  const plans: HeaderPlan[] = [];
  const planOf = (headers: readonly string[]): HeaderPlan => {
    for (let i = plans.length - 1; i >= 0; i--) {
      const plan = plans[i] as HeaderPlan;
      if (!sameHeaders(plan.headers, headers)) continue;
      if (i !== plans.length - 1) plans.push(...plans.splice(i, 1));
      return plan;
    }
    const plan = makePlan(headers, fieldOfHeader, idField);
    if (plans.push(plan) > PLANS) plans.shift();
    return plan;
  };
  const rejected: RejectedRow[] = [];
  // The rows that passed, as columns: no object per row beyond the entry itself.
  const rows: number[] = [];
  const entries: T[] = [];
  const ids: string[] = [];
  /** The header of each passed row's id, `undefined` where the id had no column header. */
  const idHeaders: (string | undefined)[] = [];
  /** The ids of the passed rows, and those given by more than one of them. */
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const pass = (row: number, entry: T, idHeader: string | undefined) => {
    const id = options.idOf(entry);
    const before = seen.size;
    if (seen.add(id).size === before) repeated.add(id);
    rows.push(row);
    entries.push(entry);
    ids.push(id);
    idHeaders.push(idHeader);
  };
  /** The problems of the passed row `i` that only the whole import shows: a repeated or existing id. */
  const lateProblems = (i: number, rowsOf: ReadonlyMap<string, readonly number[]>): ImportProblem[] => {
    const id = ids[i] as string;
    const path: IssuePath = [idHeaders[i] ?? idField];
    const problems: ImportProblem[] = [];
    const same = rowsOf.get(id);
    if (same !== undefined)
      problems.push({
        path,
        message: `Id "${id}" appears in rows ${same.join(', ')}; rows are never merged`,
      });
    if (options.existingIds?.has(id) === true)
      problems.push({ path, message: `Id "${id}" is already in the directory; use an update change` });
    return problems;
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
  const fast = (raw: unknown, row: number, check: GoodRowCheck<T>): boolean => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
    const cells = raw as Readonly<Record<string, unknown>>;
    const plan = planOf(Object.keys(cells));
    const mapped = mapByPlan(cells, plan);
    const entry = mapped === undefined ? undefined : check(mapped);
    if (entry === undefined) return false;
    pass(row, entry, idHeaderOf(cells, plan));
    return true;
  };
  return {
    add(raw, index) {
      const row = first + index;
      if (good === undefined || !fast(raw, row, good)) slow(raw, row);
    },
    finish() {
      const rowsOf = new Map<string, number[]>();
      if (repeated.size > 0) {
        ids.forEach((id, i) => {
          if (!repeated.has(id)) return;
          const same = rowsOf.get(id);
          if (same === undefined) rowsOf.set(id, [rows[i] as number]);
          else same.push(rows[i] as number);
        });
      }
      const existing = options.existingIds;
      const late: RejectedRow[] = [];
      const keep: boolean[] = [];
      if (rowsOf.size > 0 || (existing !== undefined && existing.size > 0)) {
        ids.forEach((id, i) => {
          const problems = rowsOf.has(id) || existing?.has(id) === true ? lateProblems(i, rowsOf) : [];
          keep[i] = problems.length === 0;
          if (!keep[i]) late.push({ row: rows[i] as number, id, problems });
        });
      }
      const accepted = late.length === 0 ? entries : entries.filter((_, i) => keep[i]);
      const all = late.length === 0 ? rejected : [...rejected, ...late].sort((a, b) => a.row - b.row);
      return { accepted, rejected: all, unmappedHeaders: [...unmapped] };
    },
  };
}
