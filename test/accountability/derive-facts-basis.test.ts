import { describe, expect, it } from 'vitest';
import { provisionalBasis } from '../../examples/accountability.js';
import { deriveFacts, deriveFactsWithBasis } from '../../src/accountability/index.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { fixedClock, type IsoDate, isSsjError, parseIsoDate } from '../../src/core/index.js';

const d = (s: string): IsoDate => parseIsoDate(s);
const clock = fixedClock('2027-01-25T09:00:00+08:00');
/** Inspected on Monday 2026-12-21, published on 2027-01-20: the count runs through 2027. */
const december = { inspectedOn: d('2026-12-21'), publishedOn: d('2027-01-20'), crimeLeads: [] };

describe('deriveFactsWithBasis: what the lateness fact rests on', () => {
  it('a count into 2027 without its notice: due 2027-01-19 (hand-counted, 1 January off), late, provisional', () => {
    const { facts, publicationDeadline } = deriveFactsWithBasis(december, {
      calendar: createWorkCalendar(),
      clock,
    });
    expect(facts.resultsNotPublishedInTime).toBe(true);
    expect(publicationDeadline).toEqual({
      inspectedOn: '2026-12-21',
      due: '2027-01-19',
      seen: '2027-01-20',
      provisional: true,
      source: '达政办发〔2023〕70号 三（九）',
    });
  });

  it('once the 2027 schedule is given the answer is firm, and may differ: a day off on 4 January makes it in time', () => {
    const calendar = createWorkCalendar({
      schedules: [
        {
          year: 2027,
          notice: 'a hand-written schedule for this test, not the real notice',
          periods: [{ name: '元旦', from: '2027-01-01', to: '2027-01-04' }],
        },
      ],
    });
    const { facts, publicationDeadline } = deriveFactsWithBasis(december, { calendar, clock });
    expect(publicationDeadline?.provisional).toBe(false);
    expect(publicationDeadline?.due).toBe('2027-01-20');
    expect(facts.resultsNotPublishedInTime).toBe(false);
  });

  it('a count inside an official year is not provisional; unpublished results are seen as of the clock', () => {
    const { publicationDeadline } = deriveFactsWithBasis(
      { inspectedOn: d('2025-01-20') },
      { calendar: createWorkCalendar(), clock: fixedClock('2025-03-01T09:00:00+08:00') },
    );
    expect(publicationDeadline).toMatchObject({ due: '2025-02-21', seen: '2025-03-01', provisional: false });
  });

  it('without an inspection date there is no deadline to rest on', () => {
    const out = deriveFactsWithBasis({ crimeLeads: [] }, { calendar: createWorkCalendar(), clock });
    expect(out).toEqual({
      facts: {
        resultsNotPublishedInTime: 'unknown',
        crimeLeadNotTransferred: false,
        inspectionNotAsRequired: 'unknown',
        nothingFound: 'unknown',
      },
    });
  });

  it('gives deriveFacts its facts unchanged', () => {
    const env = { calendar: createWorkCalendar(), clock };
    expect(deriveFactsWithBasis(december, env).facts).toEqual(deriveFacts(december, env));
  });

  it('refuses what deriveFacts refuses, with the same codes', () => {
    const env = { calendar: createWorkCalendar(), clock };
    expect(() => deriveFactsWithBasis(december, env, { deadline: 5 } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    let error: unknown;
    try {
      deriveFactsWithBasis({ inspectedOn: 'soon' } as never, env);
    } catch (e) {
      error = e;
    }
    expect(isSsjError(error, 'ACCOUNTABILITY_TASK_RECORD_INVALID')).toBe(true);
  });

  it('runs its example in examples/accountability.ts', () => {
    expect(provisionalBasis()).toBe(
      'published late: true; due 2027-01-19 (provisional: 2027 has no official schedule yet); rule 达政办发〔2023〕70号 三（九）',
    );
  });
});
