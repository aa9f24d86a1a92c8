/**
 * Reads a draw pool from a file: CSV with a header row naming `id` and optionally `stratum` (RFC 4180 quoting),
 * or JSON Lines with one `{ "id": …, "stratum": … }` object per line. Problems name the line.
 *
 * CSV headers are matched without regard to case or surrounding spaces, and the Chinese headers of the target
 * import are accepted: `统一社会信用代码` or `对象编号` for `id`, `信用风险分类` or `信用风险等级` (or `分层`) for
 * `stratum`.
 */
import { TARGET_HEADER_MAP } from '../src/directories/index.js';
import type { PoolEntry } from '../src/draw/index.js';

const headersOf = (field: string) =>
  Object.entries(TARGET_HEADER_MAP)
    .filter(([, f]) => f === field)
    .map(([h]) => h);

/** The headers accepted for each column of a pool, in lower case. */
export const POOL_HEADERS = {
  id: ['id', ...headersOf('id')],
  stratum: ['stratum', '分层', ...headersOf('creditClass')],
} as const;

/** The column of a field: the one header among its names, or -1; two such headers are an error. */
function columnOf(header: readonly string[], field: keyof typeof POOL_HEADERS): number {
  const names: readonly string[] = POOL_HEADERS[field];
  const at = header.flatMap((h, i) => (names.includes(h.trim().toLowerCase()) ? [i] : []));
  if (at.length > 1)
    throw new PoolFileError(
      1,
      `more than one column names the ${field}: ${at.map((i) => header[i]).join(', ')}`,
    );
  return at[0] ?? -1;
}

/** A problem with the pool file, with its 1-based line number. */
export class PoolFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** Splits one CSV line into fields (double quotes, "" as an escaped quote). */
function splitCsvLine(line: string, lineNo: number): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) throw new PoolFileError(lineNo, 'unterminated quoted field');
  fields.push(field);
  return fields;
}

function parseCsv(lines: readonly string[]): PoolEntry[] {
  const header = splitCsvLine((lines[0] ?? '').replace(/^\uFEFF/, ''), 1).map((h) => h.trim());
  const idAt = columnOf(header, 'id');
  const stratumAt = columnOf(header, 'stratum');
  if (idAt < 0)
    throw new PoolFileError(
      1,
      `the header must name an "id" column (or ${POOL_HEADERS.id.slice(1).join(', ')}), found: ${header.join(', ')}`,
    );
  const entries: PoolEntry[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const fields = splitCsvLine(line, i + 1);
    const id = fields[idAt];
    if (id === undefined || id === '') throw new PoolFileError(i + 1, 'empty id');
    const stratum = stratumAt >= 0 ? fields[stratumAt] : undefined;
    entries.push(stratum === undefined || stratum === '' ? { id } : { id, stratum });
  }
  return entries;
}

function parseJsonLines(lines: readonly string[]): PoolEntry[] {
  const entries: PoolEntry[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new PoolFileError(i + 1, 'not valid JSON');
    }
    const entry = value as { id?: unknown; stratum?: unknown };
    if (typeof value !== 'object' || value === null || typeof entry.id !== 'string') {
      throw new PoolFileError(i + 1, 'expected an object with a string "id"');
    }
    if (entry.stratum !== undefined && typeof entry.stratum !== 'string') {
      throw new PoolFileError(i + 1, '"stratum" must be a string');
    }
    entries.push(entry.stratum === undefined ? { id: entry.id } : { id: entry.id, stratum: entry.stratum });
  });
  return entries;
}

/** Parses pool file text; the format follows the file name (`.csv`, else JSON Lines). */
export function parsePoolFile(name: string, text: string): PoolEntry[] {
  const lines = text.split(/\r?\n/);
  return name.toLowerCase().endsWith('.csv') ? parseCsv(lines) : parseJsonLines(lines);
}

/** Writes a pool as CSV (`id,stratum`), quoting where needed: the form `verify-draw` reads back. */
export function formatPoolCsv(pool: readonly PoolEntry[]): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return `id,stratum\n${pool.map((e) => `${quote(e.id)},${quote(e.stratum ?? '')}`).join('\n')}\n`;
}
