import { SsjError } from '../core/index.js';
import { nfc } from './canonical-pool.js';
import { compareIdBytes } from './id-order.js';
import type { Exclusion } from './types.js';

/**
 * Normalises exclusions (排除名单): NFC ids, sorted by id bytes, each kept with its reason and code. Exclusions
 * of ids not in the pool are kept on record (they change nothing).
 *
 * @param exclude - the exclusions as given
 * @returns the list and the set of excluded ids
 * @throws {SsjError} `DRAW_DUPLICATE_EXCLUSIONS` when an id is excluded twice
 */
export function normalizeExclusions(exclude: readonly Exclusion[] | undefined): {
  list: Exclusion[];
  ids: Set<string>;
} {
  const list = (exclude ?? []).map((e) => ({ ...e, id: nfc(e.id) }));
  list.sort((a, b) => compareIdBytes(a.id, b.id));
  const ids = new Set<string>();
  const duplicates: string[] = [];
  for (const e of list) {
    if (ids.has(e.id)) duplicates.push(e.id);
    ids.add(e.id);
  }
  if (duplicates.length > 0)
    throw new SsjError('DRAW_DUPLICATE_EXCLUSIONS', `Excluded more than once: ${duplicates.join(', ')}`, {
      issues: duplicates.map((id) => ({
        path: ['exclude'],
        message: `duplicate exclusion ${JSON.stringify(id)}`,
      })),
    });
  return { list, ids };
}
