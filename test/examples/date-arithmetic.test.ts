import { describe, expect, it } from 'vitest';
import { main } from '../../examples/date-arithmetic.js';

describe('examples/date-arithmetic.ts', () => {
  const out = main();
  it('adds days and months, counts days, sorts, and names the weekday and year', () => {
    // 2025-01-20 + 10 days; 2025-01-31 + 1 month is the last day of February; 11 days of January + 21 of February.
    expect(out[0]).toBe('2025-01-30 2025-02-28 32 2025-01-20,2025-03-01 1 2025');
  });
  it('knows 2024 is a leap year and where February ends', () => {
    expect(out[1]).toBe('true 29 2025-02-28 2025-02-28');
  });
  it('refuses 2025-02-30 instead of rolling it into March', () => {
    expect(out[2]).toBe('INVALID_DATE');
  });
});
