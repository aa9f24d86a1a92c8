import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/index.js';
import { drawTargets } from '../../src/draw/index.js';
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

/** Ranks as a drawn record holds them, and the numbers a tampered one might. */
const rank = fc.oneof(
  fc.nat(),
  fc.integer({ min: -1000, max: -1 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(2 ** 53, 2 ** 53 + 2, 1e21, -0),
);

describe('the record digest written as bytes', () => {
  it('is the canonical digest of the body, whatever the ids, strata and other fields hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: text, stratum: text, key: text, rank }), { maxLength: 20 }),
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

  it('is the canonical digest of a drawn record, whose selection is written as bytes with its keys', () => {
    const id = fc.oneof(
      fc.stringMatching(/^[0-9A-Z]{1,18}$/),
      text.filter((t) => t.length > 0 && !/\p{Cs}/u.test(t) && t === t.normalize('NFC')),
    );
    const stratum = fc.constantFrom('A', 'B', '双随机', 'x"y', 'tab\t');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id, stratum }), { selector: (e) => e.id, minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (pool, count) => {
          const { digest, ...body } = drawTargets({ pool, sample: { count }, seed: 'cd'.repeat(32) });
          expect(body.selected.length).toBeGreaterThan(0);
          return digest === reference(body);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('makes room for ids and keys that escape to six bytes a character, wherever the window stands', () => {
    // a control character or a lone surrogate is written `\uXXXX`: six bytes for one UTF-16 unit
    const control = '\u0001'.repeat(20_000);
    const surrogates = '\ud800'.repeat(12_000);
    for (const before of [0, 1, 37, 400, 500, 523, 1000]) {
      const selected = [
        ...Array.from({ length: before }, (_, i) => ({
          id: `T${i}`,
          stratum: 'A',
          key: 'ab'.repeat(32),
          rank: i + 1,
        })),
        { id: control, stratum: 'A', key: surrogates, rank: before + 1 },
        { id: surrogates, stratum: 'B', key: control, rank: 1 },
      ];
      const body = { seed: 'ab', selected };
      expect(recordDigest(body), `${before} targets before`).toBe(reference(body));
    }
  });

  it('agrees on selections far larger than the window they are hashed through, with ids longer than it', () => {
    const long = `L${'x'.repeat(70_000)}`;
    const escaped = `"${'\\'.repeat(40_000)}双`;
    const pool = [
      ...Array.from({ length: 6000 }, (_, i) => ({ id: `91${String(i).padStart(16, '0')}`, stratum: 'A' })),
      ...Array.from({ length: 300 }, (_, i) => ({ id: `双随机-${i}-"q"`, stratum: 'x"y' })),
      { id: long, stratum: 'x"y' },
      { id: escaped, stratum: 'x"y' },
    ];
    const { digest, ...body } = drawTargets({
      pool,
      sample: { strata: { A: { count: 5000 }, 'x"y': { count: 302 } } },
      seed: 'cd'.repeat(32),
    });
    expect(body.selected.map((t) => t.id)).toContain(long);
    expect(body.selected.map((t) => t.id)).toContain(escaped);
    expect(digest).toBe(reference(body));
    expect(recordDigest(body)).toBe(reference(body));
    const reversed = { ...body, selected: [...body.selected].reverse() };
    expect(recordDigest(reversed)).toBe(reference(reversed));
  });
});
