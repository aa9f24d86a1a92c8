import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  isIsoDate,
  isoWeekday,
  parseInstant,
  parseIsoDate,
  SsjError,
  toChinaDate,
  toChinaInstant,
} from '../../src/core/index.js';
import { fromDayNumber, toDayNumber } from '../../src/core/internal.js';

const ZONES = ['America/New_York', 'UTC', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('IsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });

  it('throws INVALID_DATE with the path and what was expected', () => {
    try {
      parseIsoDate('2025-02-30', ['tasks', 0, 'inspectedOn']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SsjError);
      const e = error as SsjError;
      expect(e.code).toBe('INVALID_DATE');
      expect(e.issues).toEqual([
        {
          path: ['tasks', 0, 'inspectedOn'],
          message: expect.stringContaining('"2025-02-30"'),
          expected: 'YYYY-MM-DD',
        },
      ]);
    }
  });

  it('day numbers agree with UTC Date arithmetic (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 2_900_000 }), (n) => {
        const date = fromDayNumber(n);
        expect(date).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(toDayNumber(date)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('knows weekdays: 2025-01-20 was a Monday, 2025-10-04 a Saturday', () => {
    expect(isoWeekday(parseIsoDate('2025-01-20'))).toBe(1);
    expect(isoWeekday(parseIsoDate('2025-10-04'))).toBe(6);
  });

  it('adds days and months (a missing day becomes the month end, 民法典 art. 202)', () => {
    expect(addDays(parseIsoDate('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addMonths(parseIsoDate('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonths(parseIsoDate('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(parseIsoDate('2025-11-15'), 3)).toBe('2026-02-15');
  });
});

describe('toChinaDate', () => {
  it('gives the Beijing civil date of an instant whatever the host time zone', () => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(toChinaDate('2025-01-19T17:30:00Z')).toBe('2025-01-20');
      expect(toChinaDate('2025-01-19T15:59:59Z')).toBe('2025-01-19');
      expect(toChinaDate(new Date(Date.UTC(2025, 0, 19, 16, 0, 0)))).toBe('2025-01-20');
      expect(toChinaDate('2025-01-20T00:30:00+08:00')).toBe('2025-01-20');
      expect(toChinaDate('2025-01-20')).toBe('2025-01-20');
    }
  });

  it('agrees across host time zones for any moment (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        (d) => {
          const answers = ZONES.map((zone) => {
            process.env.TZ = zone;
            return toChinaDate(d);
          });
          expect(new Set(answers).size).toBe(1);
          expect(answers[0]).toBe(new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects an instant without an offset and an invalid Date', () => {
    expect(() => toChinaDate('2025-01-20T09:30:00')).toThrow(/offset/);
    expect(() => toChinaDate(new Date(Number.NaN))).toThrow(SsjError);
    expect(() => parseInstant('2025-02-30T00:00:00Z')).toThrow(/INSTANT|instant/);
  });

  it('writes instants in China time', () => {
    expect(toChinaInstant(new Date(Date.UTC(2025, 0, 20, 1, 30)))).toBe('2025-01-20T09:30:00.000+08:00');
  });
});
