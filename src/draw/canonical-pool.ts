import { SsjError, type SsjIssue } from '../core/index.js';
import { compareIdBytes, compareUtf16, hasSurrogate } from './id-order.js';
import type { PoolEntry } from './types.js';

/** The NFC form of a string, skipping the work for ASCII. */
export function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return text.normalize('NFC');
  return text;
}

/** A pool grouped by stratum, each group's NFC ids sorted by bytes (internal). */
export interface GroupedPool {
  readonly strata: readonly string[];
  readonly groups: readonly (readonly string[])[];
  readonly count: number;
  readonly compare: (a: string, b: string) => number;
}

/**
 * Validates a pool, normalises ids and strata to NFC, and groups and sorts it by id bytes. Duplicate ids (after
 * NFC) are found while merging, by {@link forEachInOrder}.
 *
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when an entry is not `{ id: non-empty string, stratum?: string }`
 */
export function groupPool(pool: unknown, path: readonly (string | number)[] = ['pool']): GroupedPool {
  if (!Array.isArray(pool)) {
    const message = 'the pool must be an array of { id, stratum? }';
    throw new SsjError('DRAW_INVALID_REQUEST', message, { issues: [{ path, message, expected: 'array' }] });
  }
  const issues: SsjIssue[] = [];
  const byStratum = new Map<string, string[]>();
  let surrogates = false;
  for (let i = 0; i < pool.length; i++) {
    const e: unknown = pool[i];
    const id = typeof e === 'object' && e !== null ? (e as { id?: unknown }).id : undefined;
    const st = typeof e === 'object' && e !== null ? (e as { stratum?: unknown }).stratum : undefined;
    if (typeof id !== 'string' || id.length === 0 || (st !== undefined && typeof st !== 'string')) {
      if (issues.length < 100)
        issues.push({
          path: [...path, i],
          message: 'not a pool entry',
          expected: '{ id: non-empty string, stratum?: string }',
        });
      continue;
    }
    const nid = nfc(id);
    const ns = st === undefined ? '' : nfc(st);
    if (!surrogates && hasSurrogate(nid)) surrogates = true;
    let group = byStratum.get(ns);
    if (group === undefined) {
      group = [];
      byStratum.set(ns, group);
    }
    group.push(nid);
  }
  if (issues.length > 0)
    throw new SsjError(
      'DRAW_INVALID_REQUEST',
      `Invalid pool: ${issues.length} bad entries, first at pool[${issues[0]?.path[1]}]`,
      { issues },
    );
  const compare = surrogates ? compareIdBytes : compareUtf16;
  const strata = [...byStratum.keys()].sort(compareIdBytes);
  const groups = strata.map((s) => {
    const g = byStratum.get(s) as string[];
    return surrogates ? g.sort(compareIdBytes) : g.sort();
  });
  return { strata, groups, count: pool.length, compare };
}

/**
 * Calls `visit(id, stratumIndex)` for every entry in id byte order.
 *
 * @throws {SsjError} `DRAW_DUPLICATE_IDS` listing every id that occurs more than once
 */
export function forEachInOrder(pool: GroupedPool, visit: (id: string, stratum: number) => void): void {
  const { groups, compare } = pool;
  const heads = groups.map(() => 0);
  const duplicates: string[] = [];
  let previous: string | undefined;
  for (;;) {
    let best = -1;
    let bestId = '';
    for (let s = 0; s < groups.length; s++) {
      const g = groups[s] as readonly string[];
      const h = heads[s] as number;
      if (h >= g.length) continue;
      const id = g[h] as string;
      if (best < 0 || compare(id, bestId) < 0) {
        best = s;
        bestId = id;
      }
    }
    if (best < 0) break;
    heads[best] = (heads[best] as number) + 1;
    if (bestId === previous) {
      if (duplicates[duplicates.length - 1] !== bestId) duplicates.push(bestId);
      continue;
    }
    previous = bestId;
    visit(bestId, best);
  }
  if (duplicates.length > 0) throw duplicateIds(duplicates);
}

/** The error for duplicate ids, naming each. */
export function duplicateIds(ids: readonly string[]): SsjError {
  const shown = ids.slice(0, 10).join(', ');
  return new SsjError('DRAW_DUPLICATE_IDS', `The pool lists ${ids.length} id(s) more than once: ${shown}`, {
    issues: ids.map((id) => ({
      path: ['pool'],
      message: `duplicate id ${JSON.stringify(id)}`,
      expected: 'unique ids',
    })),
  });
}

/** Sorted, NFC pool entries as plain data (for tests and small pools). */
export function canonicalEntries(pool: readonly PoolEntry[]): { id: string; stratum: string }[] {
  const g = groupPool(pool);
  const out: { id: string; stratum: string }[] = [];
  forEachInOrder(g, (id, s) => out.push({ id, stratum: g.strata[s] as string }));
  return out;
}
