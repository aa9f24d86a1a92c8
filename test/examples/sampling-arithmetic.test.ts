import { describe, expect, it } from 'vitest';
import { main } from '../../examples/sampling-arithmetic.js';

describe('examples/sampling-arithmetic.ts', () => {
  const lines = main().split('\n');

  it('rounds 107 × 5% = 5.35 up to 6, and a class minimum of 8 raises it to 8', () => {
    expect(lines[1]).toBe('applyRatio(107, 5%, ceil): raw 5.35, rounded 6');
    expect(lines[2]).toBe('class B of 107: ceil(107 × 5% = 5.35) = 6; min → 8 → 8');
  });

  it('caps a target inspected earlier in the same year, not one inspected the year before', () => {
    expect(lines[3]).toMatch(/^inspected 2025-03-01, again 2025-09-01: frequency-cap /);
    expect(lines[4]).toBe('inspected 2024-03-01, again 2025-09-01: may be drawn');
  });

  it('refuses a ratio of 200%, raises C from 20% to 25% after 14 problems in 40', () => {
    expect(lines[7]).toBe('a ratio of 200%: SAMPLING_POLICY_INVALID');
    expect(lines[8]).toMatch(/ratio 20% → 25%.*now 0\.25$/);
  });

  it('projects ceil(80 × 2%) + ceil(15 × 5%) + ceil(5 × 20%) = 2 + 1 + 1 inspections, and refuses 2025-02-30', () => {
    expect(lines[9]).toBe('one April round of samr over 100 targets: 4 inspections');
    expect(lines[10]).toBe('filter 150621: 150621 true, 150602 false');
    expect(lines[11]).toBe('a plan dated 2025-02-30: SAMPLING_INPUT_INVALID');
  });
});
