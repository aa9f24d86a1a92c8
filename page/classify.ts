/**
 * Recognises what each dropped file is by its content, so the reader can drop the published files in any order and
 * under any name: a draw record, a commitment, a pool (CSV or JSON Lines), an inspector assignment with its
 * inspector and target lists, or a drand beacon.
 */
import type { FileRole } from './protocol.js';

const POOL_NAME = /\.(csv|tsv|txt|jsonl|ndjson)$/i;

/**
 * Whether the name alone says the file is a pool (so its text need not be decoded twice).
 *
 * @param name - the file name
 * @returns `true` for `.csv`, `.tsv`, `.txt`, `.jsonl`, `.ndjson`
 */
export const isPoolName = (name: string): boolean => POOL_NAME.test(name);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const has = (v: Record<string, unknown>, ...keys: string[]) => keys.every((k) => k in v);

/** The role of a parsed JSON document, by the fields it carries. */
function roleOfJson(value: unknown): FileRole {
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    if (!isObject(first)) return 'unknown';
    if (has(first, 'round', 'signature')) return 'beacon';
    if (has(first, 'id', 'department', 'role')) return 'inspectors';
    if (has(first, 'id', 'departments')) return 'targets';
    return 'unknown';
  }
  if (!isObject(value)) return 'unknown';
  if (has(value, 'seed', 'selected', 'strata')) return 'record';
  if (has(value, 'sizes', 'randomnessSource') || has(value, 'sizes', 'randomness')) return 'commitment';
  if (has(value, 'visits', 'inputs')) return 'assignment';
  if (has(value, 'round', 'signature')) return 'beacon';
  if (has(value, 'inspectors', 'targets')) return 'inspectors';
  if (typeof value.id === 'string') return 'pool';
  return 'unknown';
}

/**
 * Tells what a file is.
 *
 * @param name - the file name (a pool's extension is enough)
 * @param text - the file's text, decoded
 * @returns the role, and the parsed JSON for JSON documents
 */
export function classify(name: string, text: string): { role: FileRole; json?: unknown } {
  if (isPoolName(name)) return { role: 'pool' };
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const json: unknown = JSON.parse(text);
      return { role: roleOfJson(json), json };
    } catch {
      // Not one JSON document: JSON Lines starts with an object per line.
      return { role: trimmed.startsWith('{"') || trimmed.startsWith('{ "') ? 'pool' : 'unknown' };
    }
  }
  const header = trimmed.slice(0, trimmed.search(/\r?\n|$/));
  return { role: /(^|,)\s*"?id"?\s*(,|$)/.test(header) ? 'pool' : 'unknown' };
}
