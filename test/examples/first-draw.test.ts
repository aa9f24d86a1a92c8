import { describe, expect, it } from 'vitest';
import { main } from '../../examples/first-draw.js';

describe('the README first example', () => {
  it('draws 3% of class A and 5 of class D, verifies, and counts the deadline across 清明节 and 劳动节', () => {
    const [drawn, verdict] = main();
    // ceil(450 × 3%) = 14 in A, 5 in D.
    expect(drawn?.match(/target-\d+/g)?.length).toBe(19);
    // 2026-04-04..06 (清明节) and 05-01..05 (劳动节) are off; 18 working days in April, then 05-06 and 05-07.
    expect(verdict).toBe('verified: true; results due 2026-05-07');
  });

  it('gives the same draw every time', () => {
    expect(main()).toEqual(main());
  });
});
