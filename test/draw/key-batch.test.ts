import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawTargets, drawTargetsFromStream } from '../../src/draw/index.js';

const SEED = '5a'.repeat(32);

/** The key by the spec, with node:crypto: SHA-256(SHA-256(tag ‖ lp(stratum)) ‖ seed ‖ utf8(id)). */
function referenceKey(stratum: string, id: string): string {
  const s = Buffer.from(stratum, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(s.length);
  const tagged = createHash('sha256').update('shuangsuiji/stratum/v1').update(len).update(s).digest();
  return createHash('sha256')
    .update(tagged)
    .update(Buffer.from(SEED, 'hex'))
    .update(id, 'utf8')
    .digest('hex');
}

describe('keys computed a batch at a time', () => {
  // 40 strata: more than the first batch's 16 midstates, so the batch is rebuilt mid-pass; 5,000 entries:
  // several batches; ids of 1 to 60 bytes: both the one-block path and the longer general one.
  const pool = Array.from({ length: 5000 }, (_, i) => ({
    id: `${'x'.repeat(i % 61)}${i}`,
    stratum: `S${(i * 7) % 40}`,
  }));
  const expected = (() => {
    const by = new Map<string, { id: string; key: string }[]>();
    for (const e of pool) {
      const list = by.get(e.stratum) ?? [];
      list.push({ id: e.id, key: referenceKey(e.stratum, e.id) });
      by.set(e.stratum, list);
    }
    return [...by.entries()].map(
      ([stratum, list]) => [stratum, list.sort((a, b) => (a.key < b.key ? -1 : 1)).slice(0, 3)] as const,
    );
  })();

  it('gives each stratum its three smallest keys by the spec, in memory', () => {
    const record = drawTargets({ pool, sample: { count: 3 }, seed: SEED });
    for (const [stratum, top] of expected)
      expect(record.selected.filter((t) => t.stratum === stratum).map((t) => [t.id, t.key])).toEqual(
        top.map((e) => [e.id, e.key]),
      );
  });

  it('gives the same record streamed in id byte order', async () => {
    const sorted = [...pool].sort((a, b) => Buffer.compare(Buffer.from(a.id), Buffer.from(b.id)));
    const streamed = await drawTargetsFromStream({ entries: sorted, sample: { count: 3 }, seed: SEED });
    expect(streamed).toEqual(drawTargets({ pool, sample: { count: 3 }, seed: SEED }));
  });
});

describe('keys of a pool of byte rows, ids of every length in one batch slot after another', () => {
  // 5,000 ASCII ids of 1 to 40 bytes in a scrambled order: the pool is written as byte rows and radix-sorted, and
  // each block slot of the 2,048-entry batch holds ids of different lengths in turn.
  const pool = Array.from({ length: 5000 }, (_, i) => ({
    id: `${'y'.repeat((i * 13) % 37)}${(i * 7919) % 5000}`,
    stratum: `S${i % 3}`,
  }));

  it('gives each stratum its five smallest keys by the spec', () => {
    const record = drawTargets({ pool, sample: { count: 5 }, seed: SEED });
    for (const stratum of ['S0', 'S1', 'S2']) {
      const top = pool
        .filter((e) => e.stratum === stratum)
        .map((e) => [e.id, referenceKey(stratum, e.id)] as const)
        .sort((a, b) => (a[1] < b[1] ? -1 : 1))
        .slice(0, 5);
      expect(record.selected.filter((t) => t.stratum === stratum).map((t) => [t.id, t.key])).toEqual(top);
    }
  });
});

describe('a large sample (radix selection instead of the heap)', () => {
  // 12,000 entries in 2 strata, half of one drawn: 3,000 + 1 keys kept by a heap, 6,000 + 1 by the selection.
  const pool = Array.from({ length: 12_000 }, (_, i) => ({
    id: `91${String(i * 7919).padStart(16, '0')}`,
    stratum: i % 2 ? 'B' : 'A',
  }));
  const sample = { strata: { A: { ratio: 0.5 }, B: { ratio: 0.25 } } };

  it('selects each stratum by the spec: the smallest keys in key order, and the next key', () => {
    const record = drawTargets({ pool, sample, seed: SEED });
    for (const [stratum, share] of [
      ['A', 0.5],
      ['B', 0.25],
    ] as const) {
      const all = pool
        .filter((e) => e.stratum === stratum)
        .map((e) => ({ id: e.id, key: referenceKey(stratum, e.id) }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      const n = 6000 * share;
      expect(record.selected.filter((t) => t.stratum === stratum).map((t) => [t.id, t.key])).toEqual(
        all.slice(0, n).map((e) => [e.id, e.key]),
      );
      expect(record.strata[stratum]?.nextKey).toBe(all[n]?.key);
    }
  });
});
