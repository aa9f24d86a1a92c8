import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assignInspectors } from '../../src/assign/index.js';
import { seedBlock, uniformStream, unitKey } from '../../src/assign/keys.js';
import { randomOrder } from '../../src/assign/order.js';
import { toHex } from '../../src/core/index.js';
import { DATE, officers, SAMR, SEED } from './fixtures.js';

// An independent implementation of docs/assignment-spec.md with node:crypto, to check the library byte by byte.
const h = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const lp = (s: string) => Buffer.concat([u32(Buffer.byteLength(s)), Buffer.from(s, 'utf8')]);
const specSeedBlock = (seed: string) =>
  Buffer.concat([h(Buffer.from('shuangsuiji/assign/v1'), lp(seed)), Buffer.alloc(32)]);
const specUnitKey = (seed: string, target: string, dept: string) =>
  h(specSeedBlock(seed), lp(target), lp(dept));

/** The spec's ranking: sampling without replacement from the id-sorted list, words with rejection. */
function specRanking(seed: string, target: string, dept: string, pool: string, ids: string[], take: number) {
  const key = specUnitKey(seed, target, dept);
  const words: number[] = [];
  for (let j = 0; words.length < 64; j++) {
    const block = h(key, Buffer.from(pool), u32(j));
    for (let w = 0; w < 8; w++) words.push(block.readUInt32BE(w * 4));
  }
  const remaining = [...ids].sort();
  const out: { id: string; rank: number; key: string }[] = [];
  for (const w of words) {
    if (out.length === take) break;
    const m = remaining.length;
    if (w >= 2 ** 32 - (2 ** 32 % m)) continue;
    const [id] = remaining.splice(w % m, 1);
    out.push({ id: id as string, rank: out.length + 1, key: w.toString(16).padStart(8, '0') });
  }
  return out;
}

describe('assignment specification v1 (docs/assignment-spec.md)', () => {
  it('the seed block and unit key are the documented hashes', () => {
    expect(toHex(seedBlock(SEED))).toBe(specSeedBlock(SEED).toString('hex'));
    expect(toHex(unitKey(SEED, 'T001', SAMR))).toBe(specUnitKey(SEED, 'T001', SAMR).toString('hex'));
  });

  it('golden vectors for the all-zero seed', () => {
    const zero = '00'.repeat(32);
    expect(toHex(unitKey(zero, '91150621MA0Q5XYZ0A', SAMR))).toBe(
      specUnitKey(zero, '91150621MA0Q5XYZ0A', SAMR).toString('hex'),
    );
    const next = uniformStream(unitKey(zero, '91150621MA0Q5XYZ0A', SAMR), 'officers');
    const first = h(
      specUnitKey(zero, '91150621MA0Q5XYZ0A', SAMR),
      Buffer.from('officers'),
      u32(0),
    ).readUInt32BE(0);
    expect(next(5)).toEqual({ index: first % 5, word: first.toString(16).padStart(8, '0') });
  });

  it('pinned vectors of the specification (all-zero seed, 91150621MA0Q5XYZ0A, 市场监管局, A01…A05)', () => {
    const zero = '00'.repeat(32);
    const key = unitKey(zero, '91150621MA0Q5XYZ0A', SAMR);
    expect(toHex(seedBlock(zero))).toBe(
      `2e4533d2766083fc309ec1b33fa2bd01991b9b98084a3f002f287889d4e515f3${'0'.repeat(64)}`,
    );
    expect(toHex(key)).toBe('f7465e1cc694fe6c5d3e2610a34f0c1859d23c8d8619a00b5aec151ab019a54d');
    const order = randomOrder(['A01', 'A02', 'A03', 'A04', 'A05'], key, 'officers');
    expect([0, 1, 2, 3, 4].map((i) => order.at(i))).toEqual([
      { id: 'A04', rank: 1, key: '02583eab' },
      { id: 'A03', rank: 2, key: '9234ca82' },
      { id: 'A01', rank: 3, key: '77b30be4' },
      { id: 'A05', rank: 4, key: '777d839b' },
      { id: 'A02', rank: 5, key: '38ed60a7' },
    ]);
    expect(order.at(5)).toBeUndefined();
  });

  it('teams are the first ranks of the documented order, with the documented keys', () => {
    const people = officers('A', SAMR, 7);
    const list = Array.from({ length: 20 }, (_, i) => ({ id: `T${i}`, departments: [SAMR] }));
    const record = assignInspectors({ seed: SEED, date: DATE, inspectors: people, targets: list });
    for (const v of record.visits) {
      const expected = specRanking(
        SEED,
        v.targetId,
        SAMR,
        'officers',
        people.map((p) => p.id),
        2,
      );
      expect(
        v.teams[0]?.members.map(({ inspectorId, rank, key }) => ({ id: inspectorId, rank, key })),
      ).toEqual(expected);
    }
  });

  it('units are processed in the order of their unit keys', () => {
    const people = officers('A', SAMR, 7);
    const list = Array.from({ length: 20 }, (_, i) => ({ id: `T${i}`, departments: [SAMR] }));
    const record = assignInspectors({ seed: SEED, date: DATE, inspectors: people, targets: list });
    const byKey = [...list]
      .map((t) => ({ id: t.id, key: specUnitKey(SEED, t.id, SAMR).toString('hex') }))
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .map((t) => t.id);
    const byOrder = record.visits
      .map((v) => ({ id: v.targetId, order: v.teams[0]?.order ?? -1 }))
      .sort((a, b) => a.order - b.order)
      .map((t) => t.id);
    expect(byOrder).toEqual(byKey);
  });
});
