import { canonicalJson } from '../core/index.js';
import type { DrawProblem, DrawRecord } from './types.js';

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** Whether two selections list the same targets, field for field, in the same order. */
function sameSelection(a: readonly unknown[], b: DrawRecord['selected']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Record<string, unknown> | null;
    const y = b[i] as DrawRecord['selected'][number];
    if (typeof x !== 'object' || x === null) return false;
    if (x.id !== y.id || x.key !== y.key || x.rank !== y.rank || x.stratum !== y.stratum) return false;
  }
  return true;
}

/**
 * Compares the selection of a record with the replayed one (internal): one pass when they agree, as they do for
 * every honest record; only a selection that differs is looked at target by target to name each problem.
 */
export function compareSelections(record: DrawRecord, expected: DrawRecord, problems: DrawProblem[]): void {
  if (Array.isArray(record.selected) && sameSelection(record.selected, expected.selected)) return;
  const want = new Map(expected.selected.map((t) => [t.id, t]));
  const got = new Map(record.selected.map((t) => [t.id, t]));
  const excluded = new Set(expected.exclusions.map((e) => e.id));
  for (const t of record.selected) {
    const w = want.get(t.id);
    if (w === undefined) {
      const code = excluded.has(t.id) ? 'excluded-selected' : 'extra-selection';
      problems.push({ code, id: t.id, stratum: t.stratum, message: `${t.id} should not be selected` });
      continue;
    }
    if (w.key !== t.key)
      problems.push({
        code: 'wrong-key',
        id: t.id,
        stratum: t.stratum,
        message: `${t.id} has the wrong key`,
      });
    if (w.rank !== t.rank || w.stratum !== t.stratum)
      problems.push({
        code: 'wrong-rank',
        id: t.id,
        stratum: t.stratum,
        message: `${t.id} has rank ${t.rank}, expected ${w.rank}`,
      });
  }
  for (const t of expected.selected)
    if (!got.has(t.id))
      problems.push({
        code: 'missing-selection',
        id: t.id,
        stratum: t.stratum,
        message: `${t.id} should be selected`,
      });
  const order = (r: DrawRecord) => r.selected.map((t) => t.id).filter((id) => want.has(id) && got.has(id));
  if (!same(order(record), order(expected)))
    problems.push({ code: 'wrong-order', message: 'the selection is not in stratum and key order' });
}

/** Compares pool, strata, replacements and exclusions of a record with the replayed one (internal). */
export function compareRest(record: DrawRecord, expected: DrawRecord, problems: DrawProblem[]): void {
  if (record.pool.digest !== expected.pool.digest)
    problems.push({
      code: 'pool-digest',
      message: `the pool digest is ${expected.pool.digest}, not ${record.pool.digest}`,
    });
  if (record.pool.count !== expected.pool.count)
    problems.push({
      code: 'pool-count',
      message: `the pool has ${expected.pool.count} entries, not ${record.pool.count}`,
    });
  for (const name of new Set([...Object.keys(record.strata), ...Object.keys(expected.strata)])) {
    const a = record.strata[name];
    const b = expected.strata[name];
    if (a?.nextKey !== b?.nextKey)
      problems.push({
        code: 'next-key',
        stratum: name,
        message: `the next key of stratum ${JSON.stringify(name)} is wrong`,
      });
    if (a === undefined || b === undefined || !same({ ...a, nextKey: null }, { ...b, nextKey: null }))
      problems.push({
        code: 'stratum-counts',
        stratum: name,
        message: `the counts of stratum ${JSON.stringify(name)} are wrong`,
      });
  }
  if (!same(record.replacements, expected.replacements))
    problems.push({ code: 'replacement', message: 'the replacements do not follow the key order' });
  if (!same(record.exclusions, expected.exclusions))
    problems.push({ code: 'exclusions', message: 'the exclusions are not in canonical form' });
}
