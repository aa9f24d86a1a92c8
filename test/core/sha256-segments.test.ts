import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Segments } from '../../src/core/internal.js';

const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** Lengths around every padding edge (55/56 bytes left in a block, whole blocks) and some long ones. */
const length = fc.oneof(
  fc.constantFrom(0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129),
  fc.integer({ min: 0, max: 300 }),
  fc.integer({ min: 1000, max: 5000 }),
);

describe('SHA-256 of many segments at once', () => {
  it('gives each segment the digest node:crypto gives it, however many and however long', () => {
    fc.assert(
      fc.property(
        fc.array(length, { minLength: 1, maxLength: 40 }),
        fc.nat(70),
        fc.integer(),
        (lengths, start, salt) => {
          const total = start + lengths.reduce((a, b) => a + b, 0);
          const bytes = Uint8Array.from({ length: total + 7 }, (_, i) => (i * 131 + salt) & 255);
          const ends: number[] = [];
          let at = start;
          for (const n of lengths) {
            at += n;
            ends.push(at);
          }
          const out = sha256Segments(bytes, start, ends);
          expect(out.length).toBe(32 * lengths.length);
          let from = start;
          ends.forEach((end, i) => {
            expect(hex(out.subarray(32 * i, 32 * i + 32))).toBe(reference(bytes.subarray(from, end)));
            from = end;
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hashes a megabyte segment beside small ones, growing the core memory it needs', () => {
    const bytes = Uint8Array.from({ length: 3_000_000 }, (_, i) => (i * 7) & 255);
    const ends = [10, 2_500_000, 2_500_064, 3_000_000];
    const out = sha256Segments(bytes, 0, ends);
    let from = 0;
    ends.forEach((end, i) => {
      expect(hex(out.subarray(32 * i, 32 * i + 32))).toBe(reference(bytes.subarray(from, end)));
      from = end;
    });
  });
});
