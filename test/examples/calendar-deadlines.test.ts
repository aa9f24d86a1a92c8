import { describe, expect, it } from 'vitest';
import { main } from '../../examples/calendar-deadlines.js';

describe('examples/calendar-deadlines.ts', () => {
  it('prints the worked deadlines, a provisional 2027 answer, the strict refusal and the custom answer', () => {
    expect(main().split('\n')).toEqual([
      'inspection 2025-01-20, results due 2025-02-21 (provisional: false)',
      'checklist change 2026-02-12, entered by 2026-03-04',
      'plans filed by 2026-02-28',
      '2025-10-04: holiday (国庆节、中秋节), next working day 2025-10-09',
      // Fallback: 春节 2027 is 02-05 to 02-08 only, with no make-up days.
      'inspection 2027-01-20, results due 2027-02-19 (provisional: true)',
      'strict calendar: CALENDAR_YEAR_NOT_OFFICIAL',
      // The schedule passed in: 02-05 to 02-12 off, Saturday 02-20 worked.
      'with the 2027 schedule (custom): due 2027-02-24 (provisional: false)',
    ]);
  });
});
