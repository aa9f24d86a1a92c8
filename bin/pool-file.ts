/**
 * Reads a draw pool from a file: CSV with a header row naming `id` and optionally `stratum` (RFC 4180 quoting),
 * or JSON Lines with one `{ "id": …, "stratum": … }` object per line. Problems name the line.
 */
import type { PoolEntry } from '../src/draw/index.js';

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
  const idAt = header.indexOf('id');
  const stratumAt = header.indexOf('stratum');
  if (idAt < 0)
    throw new PoolFileError(1, `the header must name an "id" column, found: ${header.join(', ')}`);
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
