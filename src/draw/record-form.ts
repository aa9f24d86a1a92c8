import { recordDigest } from './record-digest.js';
import type { DrawForm, DrawRecord } from './types.js';

/**
 * Makes an engine record (built as `ssj-draw/1`) an `ssj-draw/2` record of the given form, with its digest
 * recomputed; records of a `ssj-draw/1` commitment stay `ssj-draw/1` (internal).
 */
export function withForm(record: DrawRecord, version: DrawRecord['algorithm'], form: DrawForm): DrawRecord {
  if (version === 'ssj-draw/1') return record;
  const { digest: _digest, ...rest } = record;
  const body = { ...rest, algorithm: 'ssj-draw/2' as const, form };
  return { ...body, digest: recordDigest(body) };
}
