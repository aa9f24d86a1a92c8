import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/index.js';
import { type DrawRecord, drawTargets, type PoolEntry, verifyDraw } from '../../src/draw/index.js';
import { referenceKey } from './helpers.js';

const SEED = '5e'.repeat(32);

/** A pool of `n` ids of `width` characters (a prefix, then the index), over strata A and B. */
const pool = (n: number, width: number, prefix: string): PoolEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${String(i * 7919).padStart(width - prefix.length, '0')}`,
    stratum: i % 3 === 0 ? 'A' : 'B',
  }));

/** Per stratum, the `count` ids with the smallest keys computed from the spec with node:crypto. */
function expected(entries: readonly PoolEntry[], count: number): Record<string, string[]> {
  const by: Record<string, { id: string; key: string }[]> = {};
  for (const e of entries) {
    const stratum = e.stratum ?? '';
    const list = by[stratum] ?? [];
    list.push({ id: e.id, key: referenceKey(SEED, stratum, e.id) });
    by[stratum] = list;
  }
  const out: Record<string, string[]> = {};
  for (const [stratum, list] of Object.entries(by))
    out[stratum] = list
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, count)
      .map((t) => t.id);
  return out;
}

function selected(entries: readonly PoolEntry[], count: number): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of drawTargets({ pool: entries, sample: { count }, seed: SEED }).selected)
    out[t.stratum] = [...(out[t.stratum] ?? []), t.id];
  return out;
}

/**
 * Verifies `record` against `outer` and, from its progress callback in the middle of the pass, draws `count` a
 * stratum from `inner` `times` times; checks the verification and returns what the inner draws selected.
 */
function drawnDuringVerification(
  record: DrawRecord,
  outer: readonly PoolEntry[],
  inner: readonly PoolEntry[],
  count: number,
  times: number,
): Record<string, string[]>[] {
  const drawn: Record<string, string[]>[] = [];
  const result = verifyDraw(record, outer, {
    allowDirect: true,
    onProgress: (done) => {
      if (done > 0 && done < outer.length && drawn.length < times) drawn.push(selected(inner, count));
    },
  });
  expect(result.problems).toEqual([]);
  return drawn;
}

describe('the scratch memory a draw reuses', () => {
  it('leaves each of several draws in turn, of pools of other sizes and id lengths, what the spec selects', () => {
    const pools = [
      pool(70_000, 7, 'T'),
      pool(5_000, 30, 'LONG-'),
      pool(90_000, 12, 'X'),
      pool(1_000, 4, 'S'),
    ];
    for (const entries of [...pools, ...pools]) expect(selected(entries, 40)).toEqual(expected(entries, 40));
  });

  it('leaves large samples in turn, whose selections and digits are scratch memory too, what the spec selects', () => {
    // 5000 a stratum is past the heap: the kept keys are selected in columns, then listed as hex digits
    const pools = [pool(30_000, 8, 'H'), pool(21_000, 14, 'K'), pool(30_000, 8, 'H')];
    for (const [i, entries] of pools.entries()) {
      const count = 5000 - 400 * i;
      const record = drawTargets({ pool: entries, sample: { count }, seed: SEED });
      const by: Record<string, string[]> = {};
      for (const t of record.selected) {
        by[t.stratum] = [...(by[t.stratum] ?? []), t.id];
        expect(t.key).toBe(referenceKey(SEED, t.stratum, t.id));
      }
      expect(by).toEqual(expected(entries, count));
      const { digest, ...body } = record;
      expect(digest).toBe(createHash('sha256').update(canonicalJson(body)).digest('hex'));
      expect(verifyDraw(record, entries, { allowDirect: true }).problems).toEqual([]);
    }
  });

  it('is not shared with a large-sample draw that a host starts in the middle of another', () => {
    // both past the heap: the outer replay's key columns are live while the inner draws borrow their own
    const outer = pool(140_000, 9, 'P');
    const inner = pool(30_000, 9, 'Q');
    const record = drawTargets({ pool: outer, sample: { count: 12_000 }, seed: SEED });
    expect(drawnDuringVerification(record, outer, inner, 5000, 2)).toEqual([
      expected(inner, 5000),
      expected(inner, 5000),
    ]);
    const { digest, ...body } = drawTargets({ pool: outer, sample: { count: 12_000 }, seed: SEED });
    expect(digest).toBe(createHash('sha256').update(canonicalJson(body)).digest('hex'));
    expect(digest).toBe(record.digest);
  });

  it('is not shared with a draw that a host starts in the middle of another', () => {
    // in the middle of the pass, while the outer draw reads its rows
    const outer = pool(140_000, 9, 'O');
    const inner = pool(70_000, 9, 'I');
    const record = drawTargets({ pool: outer, sample: { count: 30 }, seed: SEED });
    expect(drawnDuringVerification(record, outer, inner, 30, 1)).toEqual([expected(inner, 30)]);
    expect(selected(outer, 30)).toEqual(expected(outer, 30));
  });
});
