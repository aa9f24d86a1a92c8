import { afterEach, describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../src/calendar/index.js';

const ZONES = ['America/New_York', 'UTC', 'Asia/Shanghai'] as const;
const original = process.env.TZ;

/** Moments near midnight in China, where a host-local reading would land on another day. */
const MOMENTS = [
  '2025-01-19T16:30:00Z', // 2025-01-20 00:30 in Beijing, a Monday; still Sunday in New York
  '2025-01-20T15:59:59Z', // 2025-01-20 23:59:59 in Beijing
  '2025-10-03T16:00:00Z', // Saturday 2025-10-04 00:00 in Beijing, 国庆节、中秋节
  '2026-02-12T20:00:00Z', // 2026-02-13 04:00 in Beijing
  '2026-09-18T03:00:00Z',
  '2026-02-27T17:00:00Z', // Saturday 2026-02-28 01:00 in Beijing, a make-up working day
];

function answersInZone(zone: string): unknown {
  process.env.TZ = zone;
  const calendar = createWorkCalendar();
  return MOMENTS.map((moment) => {
    const date = new Date(moment);
    return {
      info: calendar.dayInfo(date),
      plus10: calendar.addWorkdays(date, 10),
      plus20: calendar.deadline(date, 20),
      month: calendar.periodEnd(date, { months: 1 }),
      between: calendar.workdaysBetween(new Date('2025-01-01T00:00:00Z'), date),
    };
  });
}

describe('the same answers whatever the host time zone', () => {
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('the host zone really changes between runs (host-local getters disagree)', () => {
    const hours = ZONES.map((zone) => {
      process.env.TZ = zone;
      return new Date('2025-01-19T16:30:00Z').getHours();
    });
    expect(hours).toEqual([11, 16, 0]);
  });

  it('gives identical results in America/New_York, UTC and Asia/Shanghai', () => {
    const [first, ...others] = ZONES.map(answersInZone);
    for (const other of others) expect(other).toEqual(first);
  });

  it('reads a Date as the China civil date: 2025-01-19T16:30Z is Monday 2025-01-20, a working day', () => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      const calendar = createWorkCalendar();
      expect(calendar.dayInfo(new Date('2025-01-19T16:30:00Z'))).toMatchObject({
        date: '2025-01-20',
        workday: true,
      });
      expect(calendar.addWorkdays(new Date('2025-01-19T16:30:00Z'), 20)).toBe('2025-02-21');
      expect(calendar.isWorkday(new Date('2025-10-03T16:00:00Z'))).toBe(false);
    }
  });
});
