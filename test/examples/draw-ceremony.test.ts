import { describe, expect, it } from 'vitest';
import { ceremonyPool, main } from '../../examples/draw-ceremony.js';

describe('examples/draw-ceremony.ts', () => {
  const out = main();

  it('publishes a commitment, then draws from the revealed randomness and verifies', () => {
    expect(out).toMatch(/^commitment published: [0-9a-f]{64}$/m);
    expect(out).toMatch(/^seed: [0-9a-f]{64}$/m);
    expect(out).toContain('verification: valid (commitment matched)');
    expect(out).toContain(
      'randomness 1: drand quicknet round 7788475 (chain 52db9ba7…), published 2024-05-20T01:33:09Z: not-checked',
    );
    expect(out).toMatch(/^replaced \S+ by \S+: valid$/m);
  });

  it('draws the committed sizes: ceil(10% of 10) = 1 of class A, ceil(20% of 10) = 2 of B, 3 of C, all 10 of D (12 asked)', () => {
    const drawn = out.split('\n').filter((l) => l.startsWith('  drawn '));
    const per = (c: string) => drawn.filter((l) => l.startsWith(`  drawn ${c}#`)).length;
    expect([per('A'), per('B'), per('C'), per('D')]).toEqual([1, 2, 3, 10]);
    const excluded = ceremonyPool()[0]?.id ?? '';
    expect(out).not.toContain(`drawn A#1 ${excluded}`);
    expect(out).toContain('class A: 9 eligible of 10, 1 to draw');
    expect(out).toContain('class D: 2 fewer than asked (only 10 eligible)');
  });

  it('shows the tampered record failing verification with named problems', () => {
    expect(out).toContain('tampered record: INVALID');
    expect(out).toMatch(/^ {2}record-digest: /m);
    expect(out).toMatch(/^ {2}(extra-selection|missing-selection): /m);
  });
});
