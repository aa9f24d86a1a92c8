/**
 * "Was my enterprise drawn, and with which key?" (我的企业是否被抽中): answered from the pool and the record held in
 * the worker, so the id never leaves the reader's browser.
 */
import { targetKey } from '../src/draw/target-key.js';
import type { Lookup } from './protocol.js';
import type { Checked } from './verify-files.js';

/** The indexes a look-up needs, built once per check. */
export interface LookupIndex {
  readonly strata: ReadonlyMap<string, string>;
  readonly checked: Checked;
}

/**
 * Indexes the checked files for look-ups.
 *
 * @param checked - the result of the page's check
 * @returns the index
 */
export function indexChecked(checked: Checked): LookupIndex {
  const strata = new Map<string, string>();
  for (const e of checked.pool ?? []) strata.set(e.id.normalize('NFC'), e.stratum ?? '');
  return { strata, checked };
}

/**
 * Looks an id up.
 *
 * @param index - the indexes of the last check
 * @param query - the id as typed (trimmed and NFC-normalised here)
 * @returns where the id stands: in the pool or not, excluded, selected with rank and key, or its key and cut-off
 */
export function lookup(index: LookupIndex, query: string): Lookup {
  const id = query.trim().normalize('NFC');
  const { record, assignment } = index.checked;
  const stratum = index.strata.get(id);
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
