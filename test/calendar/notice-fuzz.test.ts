import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amendHolidaySchedule, OFFICIAL_SCHEDULES, parseHolidayNotice } from '../../src/calendar/index.js';
import { SsjError } from '../../src/core/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'notices');
const texts = ['2019', '2024', '2025', '2026'].map((y) => readFileSync(join(dir, `${y}.txt`), 'utf8'));
const PIECES = [
  '日',
  '月',
  '至',
  '、',
  '，',
  '。',
  '（',
  '）',
  '周三',
  '星期日',
  '农历',
  '除夕',
  '共',
  '天',
  '1',
  '9',
  '31',
];

/** Either a checked schedule or an `SsjError`: never another exception, never a hang. */
function outcome(run: () => unknown): 'ok' | 'refused' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof SsjError) return 'refused';
    throw error;
  }
}

describe('the notice reader on damaged text', () => {
  it('accepts or refuses with SsjError any notice with a piece replaced, inserted or removed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.nat(),
        fc.nat({ max: 3 }),
        fc.constantFrom('', ...PIECES),
        (text, at, cut, piece) => {
          const i = at % text.length;
          const damaged = text.slice(0, i) + piece + text.slice(i + cut);
          expect(['ok', 'refused']).toContain(outcome(() => parseHolidayNotice(damaged)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('accepts or refuses with SsjError any string, and any value, as the text or the options', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.anything(), (text, options) => {
        expect(['ok', 'refused']).toContain(outcome(() => parseHolidayNotice(`${text}`)));
        expect(outcome(() => parseHolidayNotice(options as string))).toBe('refused');
        expect(outcome(() => parseHolidayNotice(texts[0] ?? '', options as never))).toMatch(/ok|refused/);
        const base = OFFICIAL_SCHEDULES[0];
        if (base !== undefined) expect(outcome(() => amendHolidaySchedule(base, text))).toBe('refused');
        expect(outcome(() => amendHolidaySchedule(options as never, text))).toBe('refused');
      }),
      { numRuns: 200 },
    );
  });
});
