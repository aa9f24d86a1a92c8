import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drainSelect, keySelect, offerSelect } from '../../src/draw/key-select.js';

type Entry = { words: number[]; seq: number; id: string };

/** The model: every entry sorted by its words (unsigned), then by sequence, the first `capacity` kept. */
function smallest(entries: readonly Entry[], capacity: number): Entry[] {
  const key = (e: Entry) => e.words.map((w) => (w >>> 0).toString(16).padStart(8, '0')).join('');
  return [...entries]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.seq - b.seq))
    .slice(0, capacity);
}

function run(entries: readonly Entry[], capacity: number) {
  const s = keySelect(capacity);
  for (const e of entries) offerSelect(s, Int32Array.from(e.words), 0, e.seq, e.id);
  const out = drainSelect(s);
  return out.ids.map((id, i) => ({ id, words: Array.from(out.keys.subarray(i * 8, i * 8 + 8)) }));
}

// First words from a small set force ties on the word the selection counts by, so the later words and the
// sequence number must decide; full-range words exercise both 16-bit digits.
const word = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));

describe('radix selection of the smallest keys', () => {
  it('keeps exactly the smallest keys, in key then sequence order, like a full sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 7, maxLength: 7 })), {
          maxLength: 400,
        }),
        fc.integer({ min: 1, max: 60 }),
        (rows, capacity) => {
          const entries = rows.map(([first, rest], i) => ({
            words: [first, ...rest],
            seq: (i * 37) % 1009,
            id: `e${i}`,
          }));
          const want = smallest(entries, capacity).map((e) => ({
            id: e.id,
            words: e.words.map((w) => w | 0),
          }));
          expect(run(entries, capacity)).toEqual(want);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every entry when more than the capacity share one first word', () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({
      words: [7, 0, 0, 0, 0, 0, 0, 50 - i],
      seq: i,
      id: `t${i}`,
    }));
    expect(run(entries, 4).map((e) => e.id)).toEqual(['t49', 't48', 't47', 't46']);
  });

  it('orders first words as unsigned numbers (0x80000000 after 0x7fffffff)', () => {
    const entries = [
      { words: [-1, 0, 0, 0, 0, 0, 0, 0], seq: 0, id: 'ffffffff' },
      { words: [-(2 ** 31), 0, 0, 0, 0, 0, 0, 0], seq: 1, id: '80000000' },
      { words: [2 ** 31 - 1, 0, 0, 0, 0, 0, 0, 0], seq: 2, id: '7fffffff' },
      { words: [0, 0, 0, 0, 0, 0, 0, 0], seq: 3, id: '00000000' },
    ];
    expect(run(entries, 3).map((e) => e.id)).toEqual(['00000000', '7fffffff', '80000000']);
  });
});
