import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idOrder } from '../../../src/directories/snapshots/id-order.js';

/** Indexes in id order by code units, ties in input order: the order the specification defines. */
function expectedOrder(ids: readonly string[]): number[] {
  const order = ids.map((_, i) => i);
  return order.sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    if (x === y) return a - b;
    return x < y ? -1 : 1;
  });
}

const orderOf = (ids: readonly string[]) => {
  const order = idOrder(ids.map((id) => ({ id })));
  return order === undefined ? ids.map((_, i) => i) : Array.from(order);
};

// Enough ids to leave the small-pool path; short alphabets so prefixes and repeats are common.
const many = (char: fc.Arbitrary<string>, maxLength: number) =>
  fc.array(fc.string({ unit: char, maxLength }), { minLength: 256, maxLength: 600 });
const ascii = fc.constantFrom('0', '1', 'A', 'Z', 'a', '~', '\x01');

describe('the id order of a directory digest', () => {
  it('is code-unit order for pools of ASCII ids, prefixes and repeats included, short or long', () => {
    fc.assert(
      fc.property(fc.oneof(many(ascii, 40), many(ascii, 60)), (ids) => {
        expect(orderOf(ids)).toEqual(expectedOrder(ids));
      }),
      { numRuns: 40 },
    );
  });

  it('is code-unit order when every id has the same odd length, its last byte a digit of its own', () => {
    const tail = fc.string({ unit: ascii, minLength: 2, maxLength: 2 });
    const sameLength = fc.array(
      tail.map((t) => `91150621MA0000000${t}`),
      {
        minLength: 256,
        maxLength: 400,
      },
    );
    fc.assert(
      fc.property(sameLength, (ids) => {
        expect(orderOf(ids)).toEqual(expectedOrder(ids));
      }),
      { numRuns: 20 },
    );
  });

  it('is code-unit order when a few long ids share their first bytes with short ones and with each other', () => {
    const short = fc.string({ unit: fc.constantFrom('0', '1', 'A'), minLength: 18, maxLength: 18 });
    const pools = fc
      .tuple(
        fc.array(short, { minLength: 300, maxLength: 500 }),
        fc.array(fc.tuple(fc.nat(), ascii, fc.nat(12))),
      )
      .map(([ids, longs]) => [
        ...ids,
        ...longs.map(([k, c, n]) => `${ids[k % ids.length]}${c.repeat(n + 1)}`),
        ...ids.slice(0, 5),
      ]);
    fc.assert(
      fc.property(pools, fc.nat(), (ids, turn) => {
        const turned = [...ids.slice(turn % ids.length), ...ids.slice(0, turn % ids.length)];
        expect(orderOf(turned)).toEqual(expectedOrder(turned));
      }),
      { numRuns: 40 },
    );
  });

  it('is code-unit order, not UTF-8 order, when ids hold NUL, non-ASCII or lone surrogates', () => {
    fc.assert(
      fc.property(
        many(fc.constantFrom('a', '\x00', 'é', '\ue000', '\ud83d', '\ude00', '\ud83d\ude00'), 30),
        (ids) => {
          expect(orderOf(ids)).toEqual(expectedOrder(ids));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('puts "\\ue000" after "😀" (code units d83d de00), although its code point is smaller', () => {
    const ids = Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? '\ue000' : '😀'));
    expect(
      orderOf(ids)
        .slice(0, 150)
        .every((i) => i % 2 === 1),
    ).toBe(true);
  });

  it('says nothing needs moving when the ids are in order already', () => {
    expect(idOrder(['a', 'b', 'b', 'c'].map((id) => ({ id })))).toBeUndefined();
  });
});
