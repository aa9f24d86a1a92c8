import { describe, expect, it } from 'vitest';
import { borrowBuffer, returnBuffer } from '../../src/core/scratch.js';

// Buffers are compared by identity (`toBe`): `toEqual` holds any two ArrayBuffers equal.
describe('scratch buffers', () => {
  it('lends two borrowers of one purpose two buffers, and keeps both when they come back', () => {
    const a = borrowBuffer('test-two', 64);
    const b = borrowBuffer('test-two', 64);
    expect(a).not.toBe(b);
    returnBuffer('test-two', a);
    returnBuffer('test-two', b);
    const again = [borrowBuffer('test-two', 64), borrowBuffer('test-two', 64)];
    expect(again).toContain(a);
    expect(again).toContain(b);
  });

  it('lends a buffer handed back twice only once', () => {
    const a = borrowBuffer('test-twice', 32);
    returnBuffer('test-twice', a);
    returnBuffer('test-twice', a);
    expect(borrowBuffer('test-twice', 32)).toBe(a);
    expect(borrowBuffer('test-twice', 32)).not.toBe(a);
  });

  it('lends the smallest kept buffer that is large enough, and a new one when none is', () => {
    const small = new ArrayBuffer(16);
    const large = new ArrayBuffer(1024);
    returnBuffer('test-fit', large);
    returnBuffer('test-fit', small);
    const fresh = borrowBuffer('test-fit', 2048);
    expect(fresh.byteLength).toBe(2048);
    expect([small, large]).not.toContain(fresh);
    expect(borrowBuffer('test-fit', 10)).toBe(small);
    expect(borrowBuffer('test-fit', 10)).toBe(large);
  });

  it('zeroes what it lends when asked, and only the bytes asked for', () => {
    const a = new ArrayBuffer(8);
    new Uint8Array(a).fill(7);
    returnBuffer('test-zero', a);
    const lent = borrowBuffer('test-zero', 4, true);
    expect(lent).toBe(a);
    expect([...new Uint8Array(lent)]).toEqual([0, 0, 0, 0, 7, 7, 7, 7]);
  });

  it('keeps at most eight buffers of a purpose, the largest', () => {
    const buffers = Array.from({ length: 10 }, (_, i) => new ArrayBuffer(8 * (i + 1)));
    for (const b of buffers) returnBuffer('test-keep', b);
    const lent = Array.from({ length: 9 }, () => borrowBuffer('test-keep', 1));
    // smallest first: the eight largest, then a new one
    for (let i = 0; i < 8; i++) expect(lent[i]).toBe(buffers[i + 2]);
    expect(buffers).not.toContain(lent[8]);
  });
});
