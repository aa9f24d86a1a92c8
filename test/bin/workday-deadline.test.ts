import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

describe('shuangsuiji workday and deadline', () => {
  it('answers working-day questions from the official schedule', async () => {
    expect((await cli(['workday', '2026-02-14'])).out).toBe(
      '2026-02-14: working day (make-up working day, 春节; the State Council notice)\n',
    );
    expect((await cli(['workday', '2025-10-04'])).out).toMatch(
      /^2025-10-04: day off \(public holiday, 国庆节/,
    );
    expect(await cli(['deadline', '2025-01-20', '20'])).toEqual({
      code: 0,
      out: '20 working days from 2025-01-20: due 2025-02-21\n',
      err: '',
    });
    expect(JSON.parse((await cli(['deadline', '2026-09-18', '10', '--json'])).out)).toMatchObject({
      due: '2026-10-09',
    });
  });

  it('counts back for a negative number of working days', async () => {
    // Monday 2025-01-20: Friday 17th, Thursday 16th, Wednesday 15th.
    expect(await cli(['deadline', '2025-01-20', '-3'])).toEqual({
      code: 0,
      out: '3 working days before 2025-01-20: 2025-01-15\n',
      err: '',
    });
    expect((await cli(['deadline', '2025-01-20', '-3', '--lang', 'zh'])).out).toBe(
      '2025-01-20 之前第 3 个工作日：2025-01-15\n',
    );
  });

  it('says when an answer is provisional', async () => {
    expect((await cli(['deadline', '2031-03-02', '5'])).out).toMatch(
      /\(provisional: no official schedule for that year yet\)\n$/,
    );
  });

  it('rejects a bad date with exit code 3 and a bad count with exit code 2', async () => {
    const bad = await cli(['workday', '2025-02-30']);
    expect(bad.code).toBe(3);
    expect(bad.err).toBe(
      'error: invalid input (INVALID_DATE): Expected a real date as YYYY-MM-DD, received "2025-02-30"\n',
    );
    const count = await cli(['deadline', '2025-01-20', 'twenty']);
    expect(count.code).toBe(2);
    expect(count.err).toMatch(/^error: <n> must be a whole number, got "twenty"\n/);
  });
});
