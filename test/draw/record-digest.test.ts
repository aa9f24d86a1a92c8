import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/index.js';
import { recordDigest } from '../../src/draw/record-digest.js';

/** The reference: node:crypto over the canonical JSON text of the whole body. */
const reference = (body: unknown) => createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '"',
    '\\',
    '\u0000',
    '\u007f',
    '\u2028',
    '双随机',
    '\ud83d\ude00',
    '\u0000ssj:selected\u0000',
  ),
);

describe('the record digest written as bytes', () => {
  it('is the canonical digest of the body, whatever the ids, strata and other fields hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: text, stratum: text, key: text, rank: fc.nat() }), { maxLength: 20 }),
        fc.dictionary(fc.string(), fc.oneof(text, fc.integer(), fc.array(text))),
        (selected, rest) => {
          const body = { ...rest, seed: 'ab', selected, strata: { A: { size: 1 } } };
          return recordDigest(body) === reference(body);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('takes the general path when another field holds the marker text, and still agrees', () => {
    const body = {
      note: '\u0000ssj:selected\u0000',
      selected: [{ id: 'T1', stratum: 'A', key: 'ff', rank: 1 }],
    };
    expect(recordDigest(body)).toBe(reference(body));
  });

  it('covers every field of a selected target, also one a tampered record adds or retypes', () => {
    const plain = { id: 'T1', stratum: 'A', key: 'ff', rank: 1 };
    const bodies = [
      { selected: [{ ...plain, note: 'added' }] },
      { selected: [{ ...plain, rank: '1' }] },
      { selected: [{ ...plain, key: null }] },
      { selected: [{ id: 'T1', stratum: 'A', key: 'ff' }] },
      { selected: 'not a list' },
    ];
    for (const body of bodies) {
      expect(recordDigest(body as never)).toBe(reference(body));
      expect(recordDigest(body as never)).not.toBe(reference({ selected: [plain] }));
    }
  });
});
