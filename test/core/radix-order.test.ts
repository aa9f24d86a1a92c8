import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiRows, MAX_ROW_TAG, releaseRows, rowOrder } from '../../src/core/radix-order.js';

/** The reference order: indexes sorted by the ids' bytes, as node's Buffer compares them. */
const byBytes = (ids: readonly string[]) =>
  ids
    .map((id, i) => ({ i, b: Buffer.from(id, 'utf8') }))
    .sort((x, y) => Buffer.compare(x.b, y.b) || x.i - y.i)
    .map((e) => e.i);

function order(ids: readonly string[], tags?: Int32Array): number[] {
  const rows = asciiRows(ids, Math.max(...ids.map((id) => id.length)), true, tags);
  if (rows === undefined) throw new Error('not ASCII rows');
  try {
    return Array.from(rowOrder(ids, rows));
  } finally {
    releaseRows(rows);
  }
}

describe('the radix order of ASCII id rows', () => {
  it('orders ids that share a prefix of any length as their bytes do', () => {
    const tail = fc.stringMatching(/^[0-9A-Z]{0,6}$/);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9A-Z]{0,13}$/),
        fc.uniqueArray(tail, { minLength: 256, maxLength: 400 }),
        (prefix, tails) => {
          // scrambled, so that the sort runs (an input already in order is returned as it is)
          const ids = tails.map((t) => `${prefix}${t}`).reverse();
          ids.push(ids.shift() as string);
          expect(order(ids)).toEqual(byBytes(ids));
          // a tag after each row's bytes is no part of its order
          const tags = Int32Array.from(ids, (_, i) => (i * 40503) & MAX_ROW_TAG);
          expect(order(ids, tags)).toEqual(byBytes(ids));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('orders the prefix itself, and ids shorter than the prefix the others share, first', () => {
    const shared = '91150621MA';
    const ids = Array.from(
      { length: 300 },
      (_, i) => `${shared}${String((i * 7919) % 300).padStart(3, '0')}`,
    );
    ids.push(shared, '9115', '91150621MB', '91150621M', '9');
    ids.reverse();
    expect(order(ids)).toEqual(byBytes(ids));
  });
});

describe('tagged id rows', () => {
  it('end each row with its tag and length, after the id bytes and their zero padding', () => {
    const ids = ['91150621MA0000001', 'B', '91150621MA00000012345'];
    const rows = asciiRows(ids, 21, false, Int32Array.of(0, 7, MAX_ROW_TAG));
    expect(rows?.width).toBe(28);
    const words = Array.from(rows?.words ?? []);
    // the row's last word, little or big endian alike: tag << 8 | length
    expect([words[6], words[13], words[20]]).toEqual([17, (7 << 8) | 1, (MAX_ROW_TAG << 8) | 21]);
    expect(Array.from(rows?.matrix.subarray(28, 32) ?? [])).toEqual([0x42, 0, 0, 0]);
  });
});

describe('ASCII id rows', () => {
  it('take every character from U+0001 to U+007F and no other', () => {
    const rows = (id: string) => asciiRows([id, 'a'], id.length);
    for (const c of [0x01, 0x41, 0x7e, 0x7f]) expect(rows(`x${String.fromCharCode(c)}`)?.matrix[1]).toBe(c);
    for (const c of [0x00, 0x80, 0xff, 0x100, 0xd800, 0xffff])
      expect(rows(`x${String.fromCharCode(c)}`)).toBeUndefined();
  });
});
