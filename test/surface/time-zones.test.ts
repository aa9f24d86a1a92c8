import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Host time zones far apart, two with half-hour or +14 offsets, one with daylight saving. */
const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati', 'America/St_Johns'] as const;
const PROBE = fileURLToPath(new URL('./time-zone-probe.ts', import.meta.url));

const runUnder = (tz: string) => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', PROBE], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(out) as Record<string, unknown[]>;
};

describe('the same answers under every host time zone', () => {
  const answers = ZONES.map((tz) => [tz, runUnder(tz)] as const);

  it.each(ZONES.slice(1))('%s answers as UTC does', (tz) => {
    expect(answers.find(([z]) => z === tz)?.[1]).toEqual(answers[0]?.[1]);
  });

  it('answers China time, and refuses a date-time without an offset (values worked out by hand)', () => {
    const a = answers[0]?.[1] ?? {};
    expect(a.toChinaDate).toEqual([
      '2025-01-20', // 17:30Z is 01:30 the next day in Beijing
      '2025-01-19', // 15:59:59.999Z is 23:59:59.999 in Beijing
      '2025-01-20', // 00:00-12:00 is 12:00Z, 20:00 in Beijing
      '2024-02-29', // 16:00Z on 28 Feb 2024 is midnight of the leap day in Beijing
      { error: 'INVALID_INSTANT' },
    ]);
    expect(a.toChinaInstant).toEqual([
      '2025-01-20T09:30:00.000+08:00',
      '2025-01-20T08:00:00.000+08:00',
      { error: 'INVALID_INSTANT' },
      { error: 'INVALID_INSTANT' },
    ]);
    expect(a.clock).toEqual(['2025-12-31T23:59:59.000+08:00', '2026-01-01T00:00:00.000+08:00']);
    expect(a.dates).toEqual(['2025-03-01', '2025-02-20', 40, 1]);
  });
});
