import { describe, expect, it } from 'vitest';
import { remember } from '../../../src/directories/import/remembered-cells.js';

describe('remembered cell checks', () => {
  it('answer as the check does, however many distinct texts a column holds', () => {
    let calls = 0;
    const length = remember((t) => {
      calls++;
      return t.length % 3 === 0 ? undefined : t.length;
    });
    const texts = Array.from({ length: 10_000 }, (_, i) => 'x'.repeat(i % 300) + String(i % 6_000));
    for (const t of [...texts, ...texts]) expect(length(t)).toBe(t.length % 3 === 0 ? undefined : t.length);
    expect(calls).toBeLessThan(2 * texts.length);
    expect(length('ab')).toBe(2);
    const before = calls;
    expect(length('ab')).toBe(2);
    expect(length('abc')).toBeUndefined();
    expect(length('abc')).toBeUndefined();
    expect(calls).toBe(before + 1);
  });
});
