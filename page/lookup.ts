/**
 * "Was my enterprise drawn, and with which key?" (我的企业是否被抽中): answered from the pool and the record held in
 * the worker, so the id never leaves the reader's browser.
 */
import type { PoolEntry } from '../src/draw/index.js';
import { targetKey } from '../src/draw/target-key.js';
import type { Lookup } from './protocol.js';
import type { Checked } from './verify-files.js';

/** What a look-up reads: the last check's record, pool and assignment. */
export type LookupIndex = Checked;

/**
 * Finds an id's stratum by walking the pool (a few milliseconds for a million entries, so the report is not
 * held back by building an index): the id as typed, then, for non-ASCII ids, as NFC.
 */
function stratumOf(pool: readonly PoolEntry[], id: string): string | undefined {
  const exact = pool.find((e) => e.id === id);
  if (exact !== undefined) return exact.stratum ?? '';
  if (!/[^\p{ASCII}]/u.test(id)) return undefined;
  const composed = pool.find((e) => e.id.normalize('NFC') === id);
  return composed === undefined ? undefined : (composed.stratum ?? '');
}

/**
 * Looks an id up.
 *
 * @param index - the last check
 * @param query - the id as typed (trimmed and NFC-normalised here)
 * @returns where the id stands: in the pool or not, excluded, selected with rank and key, or its key and cut-off
 */
export function lookup(index: LookupIndex, query: string): Lookup {
  const id = query.trim().normalize('NFC');
  const { record, assignment, pool = [] } = index;
  const stratum = stratumOf(pool, id);
  if (stratum === undefined || record === undefined) return { query: id, inPool: false };
  const excluded = record.exclusions.find((e) => e.id === id);
  const selected = record.selected.find((t) => t.id === id);
  const replaced = record.replacements.find((r) => r.id === id);
  const teams = assignment?.visits
    .find((v) => v.targetId === id)
    ?.teams.map((t) => ({
      department: t.department,
      lead: t.lead,
      members: t.members.map((m) => m.inspectorId),
    }));
  return {
    query: id,
    inPool: true,
    stratum,
    ...(excluded === undefined
      ? {}
      : {
          excluded: {
            reason: excluded.reason,
            ...(excluded.code === undefined ? {} : { code: excluded.code }),
          },
        }),
    ...(selected === undefined ? {} : { selected: { rank: selected.rank, key: selected.key } }),
    ...(replaced === undefined
      ? {}
      : { replaced: { reason: replaced.reason, replacedBy: replaced.replacedBy } }),
    ...(excluded === undefined ? { key: targetKey(record.seed, stratum, id) } : {}),
    cutoff: record.strata[stratum]?.nextKey ?? null,
    ...(teams === undefined ? {} : { teams }),
  };
}
