import { describe, expect, it } from 'vitest';
import { main } from '../../examples/sample-sizes.js';

describe('examples/sample-sizes.ts', () => {
  const out = main();
  it('keeps a count, takes 3 of 100 at 3 %, rounds 4.35 up to 5 by default and down to 4 when asked', () => {
    expect(out.slice(0, 4)).toEqual(['count: 20', '3% of 100: 3', '5% of 87: 5', '5% of 87, floor: 4']);
  });
  it('refuses a ratio above 1, naming the field', () => {
    expect(out[4]).toBe('DRAW_INVALID_REQUEST: size.ratio');
  });
});
