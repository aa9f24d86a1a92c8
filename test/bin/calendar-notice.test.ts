import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, type YearSchedule } from '../../src/calendar/index.js';
import { parseIsoDate } from '../../src/core/index.js';
import { cli } from './run-cli.js';

const notices = join(import.meta.dirname, '..', 'calendar', 'fixtures', 'notices');
const example2027 = join(import.meta.dirname, '..', '..', 'examples', 'calendar-notice', 'notice-2027.txt');

describe('shuangsuiji calendar notice', () => {
  it('prints the YearSchedule JSON that turns 2027 from provisional into custom', async () => {
    const run = await cli(['calendar', 'notice', example2027]);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    const schedule = JSON.parse(run.out) as YearSchedule;
    expect(schedule.periods.find((p) => p.name === '春节')).toEqual({
      name: '春节',
      from: '2027-02-05',
      to: '2027-02-12',
      makeupWork: ['2027-01-31', '2027-02-20'],
    });
    const calendar = createWorkCalendar({ schedules: [schedule] });
    expect(calendar.coverage(2027)).toBe('custom');
    expect(calendar.deadline(parseIsoDate('2027-01-20'), 20)).toMatchObject({
      due: '2027-02-23',
      provisional: false,
    });
  });

  it('prints 第七条 warnings on stderr, and with --json the warnings beside the schedule', async () => {
    const run = await cli(['calendar', 'notice', join(notices, '2023.txt')]);
    expect(run.code).toBe(0);
    expect(run.err.trim().split('\n')).toEqual([
      'warning [long-working-stretch] 二、春节: 7 working days in a row after the holiday (from 2023-01-28)',
      'warning [long-working-stretch] 六、中秋节、国庆节: 7 working days in a row after the holiday (from 2023-10-07)',
    ]);
    const json = JSON.parse((await cli(['calendar', 'notice', join(notices, '2023.txt'), '--json'])).out);
    expect(json.schedule.year).toBe(2023);
    expect(json.warnings).toHaveLength(2);
  });

  it('applies an amendment with --amend, and cites the number given with --notice', async () => {
    const run = await cli([
      'calendar',
      'notice',
      join(notices, '2020.txt'),
      '--amend',
      join(notices, '2020-spring-festival-extension.txt'),
      '--notice',
      '国办发明电〔2019〕16号',
    ]);
    const schedule = JSON.parse(run.out) as YearSchedule;
    expect(schedule.notice).toBe('国办发明电〔2019〕16号');
    expect(
      schedule.periods.filter((p) => p.name === '春节').map((p) => [p.from, p.to, p.makeupWork]),
    ).toEqual([
      ['2020-01-24', '2020-01-30', ['2020-01-19']],
      ['2020-01-31', '2020-02-02', undefined],
    ]);
  });

  it('refuses a mistyped notice with exit code 3, the code and the paragraph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssj-notice-'));
    const file = join(dir, 'bad.txt');
    const { readFileSync } = await import('node:fs');
    writeFileSync(
      file,
      readFileSync(join(notices, '2026.txt'), 'utf8').replace('5月9日（周六）', '5月6日（周三）'),
    );
    const run = await cli(['calendar', 'notice', file, '--json']);
    expect(run.code).toBe(3);
    const error = JSON.parse(run.out).error;
    expect(error.code).toBe('CALENDAR_INVALID_NOTICE');
    expect(JSON.stringify(error)).toContain('四、劳动节');
  });
});

describe('workday and deadline on a provisional year', () => {
  it('warn on stderr, and answer from the notice with --schedule', async () => {
    const provisional = await cli(['deadline', '2027-01-20', '20']);
    expect(provisional.out).toBe(
      '20 working days from 2027-01-20: due 2027-02-19 (provisional: no official schedule for that year yet)\n',
    );
    expect(provisional.err).toMatch(
      /^warning: provisional answer — no official holiday schedule for 2027 yet/,
    );
    expect((await cli(['workday', '2027-01-31'])).err).toMatch(/^warning: provisional answer/);
    expect((await cli(['workday', '2026-01-31'])).err).toBe('');

    const dir = mkdtempSync(join(tmpdir(), 'ssj-schedule-'));
    const file = join(dir, '2027.json');
    writeFileSync(file, (await cli(['calendar', 'notice', example2027])).out);
    expect(await cli(['deadline', '2027-01-20', '20', '--schedule', file])).toEqual({
      code: 0,
      out: '20 working days from 2027-01-20: due 2027-02-23\n',
      err: '',
    });
    expect((await cli(['workday', '2027-01-31', '--schedule', file])).out).toBe(
      '2027-01-31: working day (make-up working day, 春节; a schedule the host passed in)\n',
    );
  });
});
