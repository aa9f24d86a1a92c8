import { describe, expect, it } from 'vitest';
import { main } from '../../examples/calendar-notice.js';

describe('examples/calendar-notice.ts', () => {
  it('reads the 2027 notice and turns 2027 answers from provisional into custom', () => {
    expect(main().split('\n')).toEqual([
      'read 7 periods for 2027, 0 warnings',
      // Fallback: 春节 is 02-05 (除夕) to 02-08 only, no make-up days: 20 working days end on Friday 02-19.
      '2027 is provisional: results due 2027-02-19 (provisional: true)',
      // The notice: 02-05 to 02-12 off, Sunday 01-31 and Saturday 02-20 worked: Tuesday 02-23.
      '2027 is custom: results due 2027-02-23 (provisional: false)',
      '2027-01-31 was weekend (provisional), is makeup-workday 春节 (custom)',
      'a mistyped copy: CALENDAR_INVALID_NOTICE at 二、春节: says 9 days, but 2027-02-05 to 2027-02-12 is 8 days',
    ]);
  });
});
