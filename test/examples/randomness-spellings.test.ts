import { describe, expect, it } from 'vitest';
import { main } from '../../examples/randomness-spellings.js';

describe('examples/randomness-spellings.ts', () => {
  it('gives one seed for four spellings of 4-7-2 and refuses "47 2"', () => {
    const out = main();
    const seeds = new Set(out.slice(0, 4).map((l) => l.split(' -> ')[1]));
    expect(seeds.size).toBe(1);
    expect(out[4]).toMatch(/^"47 2" -> DRAW_RANDOMNESS_MISMATCH: .*2 numbers \(expected exactly 3\)$/);
  });
});
