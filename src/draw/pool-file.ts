import { SsjError, type SsjIssue } from '../core/index.js';
import { expectDenseArray, expectOptions, expectString } from '../core/internal.js';
import { isWellFormedId } from './canonical-pool.js';
import { csvRecords } from './csv-records.js';
import { decodePoolBytes, ENCODINGS, type PoolFileEncoding } from './pool-file-decode.js';
import type { PoolEntry } from './types.js';

/** The two pool file formats (检查对象名录文件格式): RFC 4180 CSV with a header, or JSON Lines. */
export type PoolFileFormat = 'csv' | 'jsonl';

/** How to read a pool file: its format (else from the name, else from the first character) and encoding. */
export interface PoolFileOptions {
  /** `csv` or `jsonl`; when absent, `.csv` names are CSV, `.jsonl`/`.ndjson`/`.json` JSON Lines, else sniffed. */
  readonly format?: PoolFileFormat;
  /** The file name, used to choose the format. */
  readonly name?: string;
  /** For bytes: `utf-8` (default), `gbk` or `gb18030`. */
  readonly encoding?: PoolFileEncoding;
}

/**
 * The header names of a CSV pool file (表头), matched after trimming spaces and ignoring ASCII case: a column
 * for the id is required, one for the stratum optional; other columns are ignored. The Chinese names are those of
 * the target directory import.
 */
export const POOL_FILE_COLUMNS = {
  id: ['id', '统一社会信用代码', '对象编号'],
  stratum: ['stratum', '分层', '信用风险分类', '信用风险等级'],
} as const satisfies Record<'id' | 'stratum', readonly string[]>;

function columnOf(names: readonly string[], field: 'id' | 'stratum', line: number): number {
  const accepted: readonly string[] = POOL_FILE_COLUMNS[field];
  const at = names.flatMap((h, i) => (accepted.includes(h.trim().toLowerCase()) ? [i] : []));
  if (at.length > 1)
    fail(
      line,
      `more than one column names the ${field}: ${at.map((i) => names[i]).join(', ')}`,
      'one column',
    );
  return at[0] ?? -1;
}

function fail(line: number, message: string, expected: string): never {
  throw new SsjError('DRAW_POOL_FILE_INVALID', `Invalid pool file: line ${line}: ${message}`, {
    issues: [{ path: ['line', line], message, expected }],
  });
}

const entry = (id: string, stratum: string | undefined): PoolEntry =>
  stratum === undefined || stratum === '' ? { id } : { id, stratum };

function parseCsvPool(text: string): PoolEntry[] {
  const [header, ...rows] = csvRecords(text);
  if (header === undefined) return fail(1, 'the file is empty', 'a header row naming "id"');
  const names = header.fields;
  const idAt = columnOf(names, 'id', header.line);
  const stratumAt = columnOf(names, 'stratum', header.line);
  if (idAt < 0)
    fail(
      header.line,
      `the header names no id column (found ${names.join(', ')})`,
      POOL_FILE_COLUMNS.id.join(' or '),
    );
  return rows.map((row) => {
    if (row.fields.length !== names.length)
      fail(row.line, `${row.fields.length} fields, the header has ${names.length}`, `${names.length} fields`);
    const id = row.fields[idAt] as string;
    if (id === '') fail(row.line, 'empty id', 'a non-empty id');
    return entry(id, stratumAt < 0 ? undefined : row.fields[stratumAt]);
  });
}

function parseJsonLinesPool(text: string): PoolEntry[] {
  const entries: PoolEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      fail(i + 1, 'not valid JSON', 'one JSON object per line');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      fail(i + 1, 'not a JSON object', '{"id": "…", "stratum": "…"}');
    const { id, stratum } = value as { id?: unknown; stratum?: unknown };
    if (typeof id !== 'string' || id === '')
      fail(i + 1, '"id" is not a non-empty string', 'a non-empty string');
    if (stratum !== undefined && typeof stratum !== 'string')
      fail(i + 1, '"stratum" is not a string', 'a string');
    entries.push(entry(id as string, stratum as string | undefined));
  });
  return entries;
}

function formatOf(text: string, options: PoolFileOptions): PoolFileFormat {
  if (options.format !== undefined) return options.format;
  const name = options.name?.toLowerCase() ?? '';
  if (name.endsWith('.csv')) return 'csv';
  if (/\.(jsonl|ndjson|json)$/.test(name)) return 'jsonl';
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

const POOL_FILE_OPTION_KEYS = [
  'format',
  'name',
  'encoding',
] as const satisfies readonly (keyof PoolFileOptions)[];

/**
 * Reads a pool file (读取检查对象名录文件) as specified in the draw spec: RFC 4180 CSV with a header row naming
 * `id` and optionally `stratum` (quoted fields may hold commas, quotes and newlines), or JSON Lines with one
 * `{ "id", "stratum"? }` object per line. Bytes are decoded as UTF-8 (invalid UTF-8 is refused with its byte
 * offset), GBK or GB18030; a UTF-8 byte-order mark is dropped. Values are kept exactly as written; an empty
 * stratum means the single stratum `""`. Runs in browsers (no Node built-ins).
 *
 * @param input - the file's bytes, or its text already decoded
 * @param options - format, file name and encoding
 * @returns the pool entries in file order
 * @throws {SsjError} `DRAW_POOL_FILE_ENCODING` when the bytes are not valid in the encoding
 * @throws {SsjError} `DRAW_POOL_FILE_INVALID` naming the line of a malformed record or header, or when the
 *   options are not an object or name a key other than `format`, `name` and `encoding`
 * @example
 * {@includeCode ../../examples/pool-file.ts#parse}
 */
export function parsePoolFile(input: Uint8Array | string, options: PoolFileOptions = {}): PoolEntry[] {
  if (typeof input !== 'string' && !(input instanceof Uint8Array))
    throw new SsjError('DRAW_POOL_FILE_INVALID', 'Invalid pool file: expected bytes (Uint8Array) or text', {
      issues: [{ path: [], message: 'not bytes or text', expected: 'Uint8Array or string' }],
    });
  expectOptions(options, POOL_FILE_OPTION_KEYS, 'parsePoolFile', 'DRAW_POOL_FILE_INVALID');
  checkChoice(options.format, ['csv', 'jsonl'], 'format');
  checkChoice(options.encoding, ENCODINGS, 'encoding');
  if (options.name !== undefined)
    expectString(options.name, 'file name', 'DRAW_POOL_FILE_INVALID', ['options', 'name']);
  const raw = typeof input === 'string' ? input : decodePoolBytes(input, options.encoding ?? 'utf-8');
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const format = formatOf(text, options);
  if (format !== 'csv' && format !== 'jsonl')
    throw new SsjError('DRAW_POOL_FILE_INVALID', `Unknown pool file format ${String(format)}`, {
      issues: [{ path: ['options', 'format'], message: 'unknown format', expected: '"csv" or "jsonl"' }],
    });
  return format === 'csv' ? parseCsvPool(text) : parseJsonLinesPool(text);
}

/**
 * Writes a pool as CSV (写出检查对象名录): header `id,stratum`, CRLF-free LF lines, a field quoted when it holds a
 * comma, a quote, CR or LF — the form {@link parsePoolFile} reads back exactly.
 *
 * @param pool - the entries
 * @returns the CSV text
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when the pool is not an array without holes of
 *   `{ id: non-empty string, stratum?: string }` in well-formed Unicode
 * @example
 * {@includeCode ../../examples/pool-file.ts#format}
 */
export function formatPoolCsv(pool: readonly PoolEntry[]): string {
  checkEntries(pool);
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return `id,stratum\n${pool.map((e) => `${quote(e.id)},${quote(e.stratum ?? '')}`).join('\n')}\n`;
}

/** Refuses a pool that would write a CSV no reader gives back: a non-entry, an empty id, a lone surrogate. */
function checkEntries(pool: unknown): asserts pool is readonly PoolEntry[] {
  expectDenseArray(pool, 'pool', 'DRAW_INVALID_REQUEST');
  const issues: SsjIssue[] = [];
  for (let i = 0; i < pool.length && issues.length < 100; i++) {
    const e: unknown = pool[i];
    const id = typeof e === 'object' && e !== null ? (e as { id?: unknown }).id : undefined;
    const st = typeof e === 'object' && e !== null ? (e as { stratum?: unknown }).stratum : undefined;
    if (typeof id !== 'string' || id.length === 0 || (st !== undefined && typeof st !== 'string'))
      issues.push({
        path: [i],
        message: 'not a pool entry',
        expected: '{ id: non-empty string, stratum?: string }',
      });
    else if (!isWellFormedId(id) || (st !== undefined && !isWellFormedId(st)))
      issues.push({
        path: [i],
        message: 'a lone surrogate is not a character',
        expected: 'well-formed Unicode',
      });
  }
  if (issues.length > 0)
    throw new SsjError('DRAW_INVALID_REQUEST', `Invalid pool: ${issues.length} bad entries`, { issues });
}

/** Refuses an option that is given but not one of its values (a bytes-only option is checked for text too). */
function checkChoice(value: unknown, allowed: readonly string[], key: 'format' | 'encoding'): void {
  if (value === undefined || allowed.includes(value as string)) return;
  const message = `Unknown pool file ${key}: expected ${allowed.join(', ')}`;
  throw new SsjError(key === 'format' ? 'DRAW_POOL_FILE_INVALID' : 'DRAW_POOL_FILE_ENCODING', message, {
    issues: [{ path: ['options', key], message, expected: allowed.join(' | ') }],
  });
}
