import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiRows, releaseRows, rowOrder } from '../../src/core/radix-order.js';

/** The reference order: indexes sorted by the ids' bytes, as node's Buffer compares them. */
const byBytes = (ids: readonly string[]) =>
  ids
    .map((id, i) => ({ i, b: Buffer.from(id, 'utf8') }))
    .sort((x, y) => Buffer.compare(x.b, y.b) || x.i - y.i)
    .map((e) => e.i);

function order(ids: readonly string[]): number[] {
  const rows = asciiRows(ids, Math.max(...ids.map((id) => id.length)), true);
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
