import { canonicalDigest, canonicalJson, createSha256 } from '../core/index.js';
import { type BuiltRun, hashSelection } from './selection-json.js';
import type { SelectedTarget } from './types.js';

/**
 * The digest of a draw record (记录摘要) without building its whole canonical JSON as one string: the same
 * bytes as `canonicalDigest(body)` (RFC 8785), with the selection, which is most of a large record, written
 * straight into the hash. Everything else goes through {@link canonicalJson} around a marker that stands for the
 * selection; should the marker's text occur twice (a host's string holding it), the general path is taken.
 */

const MARK = '\u0000ssj:selected\u0000';
const MARK_JSON = JSON.stringify(MARK);

/** A record body: JSON data with its selection. */
export type RecordBody = { readonly selected: readonly SelectedTarget[] } & {
  readonly [key: string]: unknown;
};

/**
 * The hex SHA-256 of the canonical JSON of `body`, as `canonicalDigest(body)`. `built` holds the runs the
 * record's assembly built the selection in (its keys' digits at hand); without it, the selection is checked first.
 */
export function recordDigest(body: RecordBody, built?: readonly BuiltRun[]): string {
  const text = canonicalJson({ ...body, selected: MARK });
  const at = text.indexOf(MARK_JSON);
  if (at < 0 || text.indexOf(MARK_JSON, at + 1) >= 0) return canonicalDigest(body);
  if (built === undefined && !isPlainSelection(body.selected)) return canonicalDigest(body);
  const hash = createSha256().update(text.slice(0, at));
  hashSelection(hash, body.selected, built);
  return hash.update(text.slice(at + MARK_JSON.length)).digestHex();
}

/**
 * Whether every selected target is exactly `{ id, key, rank, stratum }` with a string, string, number and string
 * (as a record read from JSON holds): only then are the bytes {@link writeSelected} writes its canonical JSON. A
 * tampered record with another field or type takes the general path, so its digest changes as it must.
 */
function isPlainSelection(selected: unknown): selected is readonly SelectedTarget[] {
  if (!Array.isArray(selected)) return false;
  for (const t of selected as unknown[]) {
    if (typeof t !== 'object' || t === null || Object.getPrototypeOf(t) !== Object.prototype) return false;
    const { id, key, rank, stratum } = t as Record<string, unknown>;
    if (typeof id !== 'string' || typeof key !== 'string' || typeof stratum !== 'string') return false;
    if (typeof rank !== 'number' || Object.keys(t).length !== 4) return false;
  }
  return true;
}
