import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate, parseIsoDate, yearOf } from '../../src/core/index.js';
import { type ClassRule, checkHistory } from '../../src/sampling/index.js';

const d = (s: string): IsoDate => parseIsoDate(s);

describe('checkHistory: exclusion windows (回避期) and frequency caps (抽查频次)', () => {
  it('a B target inspected in March 2025 is at its once-a-year cap in September 2025', () => {
    const rule: ClassRule = { label: 'B', ratio: 0.05, frequencyCap: { max: 1, years: 1 } };
    expect(checkHistory([d('2025-03-01')], rule, d('2025-09-01'))?.code).toBe('frequency-cap');
    expect(checkHistory([d('2025-03-01')], rule, d('2026-01-02'))).toBeUndefined();
  });

  it('an A target under "less than once a year" (1 in 2 calendar years) waits until the year after next', () => {
    const rule: ClassRule = { label: 'A', ratio: 0.05, frequencyCap: { max: 1, years: 2 } };
    expect(checkHistory([d('2024-12-20')], rule, d('2025-11-01'))?.reason).toBe(
      'inspected 1 time(s) in 2024–2025; cap 1 per 2 calendar year(s)',
    );
    expect(checkHistory([d('2024-12-20')], rule, d('2026-01-05'))).toBeUndefined();
  });

  it('a 180-day window excludes day 179 and frees day 180', () => {
    const rule: ClassRule = { label: 'C', ratio: 0.2, exclusionWindow: { kind: 'days', days: 180 } };
    const last = d('2025-01-10');
    expect(checkHistory([last], rule, addDays(last, 179))?.code).toBe('exclusion-window');
    expect(checkHistory([last], rule, addDays(last, 180))).toBeUndefined();
  });

  it('class A is not re-inspected in the same calendar year (Guangdong 2025 practice)', () => {
    const rule: ClassRule = { label: 'A', ratio: 0.02, exclusionWindow: { kind: 'same-calendar-year' } };
    expect(checkHistory([d('2025-01-02')], rule, d('2025-12-31'))?.code).toBe('exclusion-window');
    expect(checkHistory([d('2025-12-31')], rule, d('2026-01-01'))).toBeUndefined();
  });

  it('a cap of 0 keeps the class out of every draw; no cap and no window exclude nothing', () => {
    expect(
      checkHistory([], { label: 'A', ratio: 0.1, frequencyCap: { max: 0, years: 1 } }, d('2025-05-05'))?.code,
    ).toBe('frequency-cap');
    const dates = [d('2025-05-01'), d('2025-05-02'), d('2025-05-03')];
    expect(checkHistory(dates, { label: 'D', ratio: 1 }, d('2025-05-04'))).toBeUndefined();
  });

  it('allows a target exactly when the inspections in its cap window number fewer than the cap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (offsets, planOffset, max, years) => {
          const base = d('2022-01-01');
          const dates = offsets.map((o) => addDays(base, o));
          const asOf = addDays(base, planOffset);
          const inWindow = dates.filter((x) => yearOf(x) <= yearOf(asOf) && yearOf(x) > yearOf(asOf) - years);
          const result = checkHistory(dates, { label: 'x', ratio: 0.1, frequencyCap: { max, years } }, asOf);
          expect(result === undefined).toBe(inWindow.length < max);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('checkHistory input', () => {
  it('refuses a date that is not real, naming where it is', () => {
    try {
      checkHistory(['2025-02-30' as IsoDate], { label: 'x', ratio: 0.1 }, d('2025-03-01'));
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'SAMPLING_INPUT_INVALID' });
      expect((error as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['inspectionDates', 0]);
    }
  });
});
