import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessAccountability,
  deriveFacts,
  RESULT_PUBLICATION_DEADLINE,
} from '../../src/accountability/index.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { addDays, fixedClock, type IsoDate, isSsjError, parseIsoDate } from '../../src/core/index.js';
import { createWorkflowContext } from '../../src/workflow/index.js';

const d = (s: string): IsoDate => parseIsoDate(s);
const clockOn = (date: string) => fixedClock(`${date}T12:00:00+08:00`);
const calendar = createWorkCalendar();
/** The calendar and a clock well after every date below: "today" is always passed in. */
const env = { calendar, clock: clockOn('2025-12-01') };

describe('deriveFacts: late publication from the working-day calendar (三（九）: 20 working days)', () => {
  it('inspected 2025-01-20, due 2025-02-21 across 春节: published on the due date is in time', () => {
    const facts = deriveFacts({ inspectedOn: d('2025-01-20'), publishedOn: d('2025-02-21') }, env);
    expect(facts.resultsNotPublishedInTime).toBe(false);
  });

  it('inspected 2025-01-20, published 2025-02-24 (the next working day after the due date) is late', () => {
    const facts = deriveFacts({ inspectedOn: d('2025-01-20'), publishedOn: d('2025-02-24') }, env);
    expect(facts.resultsNotPublishedInTime).toBe(true);
  });

  it('unpublished results are late once the due date has passed, as of the clock', () => {
    const record = { inspectedOn: d('2025-01-20') };
    expect(deriveFacts(record, { calendar, clock: clockOn('2025-02-21') }).resultsNotPublishedInTime).toBe(
      false,
    );
    expect(deriveFacts(record, { calendar, clock: clockOn('2025-02-22') }).resultsNotPublishedInTime).toBe(
      true,
    );
  });

  it('without an inspection date, lateness is unknown', () => {
    expect(deriveFacts({ publishedOn: d('2025-02-24') }, env).resultsNotPublishedInTime).toBe('unknown');
  });

  it('reads the deadline rule as data: a host rule of 10 working days makes the same publication late', () => {
    const rule = { ...RESULT_PUBLICATION_DEADLINE, value: 10, source: '本地细则' };
    const record = { inspectedOn: d('2025-03-03'), publishedOn: d('2025-03-20') };
    expect(deriveFacts(record, env).resultsNotPublishedInTime).toBe(false);
    expect(deriveFacts(record, env, { publicationDeadline: rule }).resultsNotPublishedInTime).toBe(true);
  });

  it('published on day n is late exactly when n is after the calendar due date (property)', () => {
    // 2025-09-26 + 20 working days, across 国庆节、中秋节 with the make-up days 09-28 and 10-11.
    const due = parseIsoDate('2025-10-30');
    expect(calendar.deadline(d('2025-09-26'), 20).due).toBe(due);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (n) => {
        const publishedOn = addDays(d('2025-09-26'), n);
        const late = deriveFacts(
          { inspectedOn: d('2025-09-26'), publishedOn },
          env,
        ).resultsNotPublishedInTime;
        expect(late).toBe(publishedOn > due);
      }),
      { numRuns: 61 },
    );
  });

  it('takes the workflow context as it is: one WorkCalendar and the clock, the same answer on every replay', () => {
    const ctx = createWorkflowContext({ calendar, clock: clockOn('2025-02-24') });
    const record = { inspectedOn: d('2025-01-20') };
    expect(deriveFacts(record, ctx).resultsNotPublishedInTime).toBe(true);
    expect(deriveFacts(record, ctx).resultsNotPublishedInTime).toBe(true);
  });

  it('refuses to run without the calendar or the clock (no system-clock default)', () => {
    const record = { inspectedOn: d('2025-01-20') };
    for (const bad of [undefined, { calendar }, { clock: clockOn('2025-02-24') }]) {
      let error: unknown;
      try {
        deriveFacts(record, bad as never);
      } catch (e) {
        error = e;
      }
      expect(isSsjError(error, 'INVALID_INPUT')).toBe(true);
    }
  });
});

describe('deriveFacts: crime leads, the assignment and the findings', () => {
  it('a crime lead without a transfer date is an untransferred lead', () => {
    const leads = [
      { foundOn: d('2025-03-01'), transferredOn: d('2025-03-05') },
      { foundOn: d('2025-03-02') },
    ];
    expect(deriveFacts({ crimeLeads: leads }, env).crimeLeadNotTransferred).toBe(true);
    expect(deriveFacts({ crimeLeads: leads.slice(0, 1) }, env).crimeLeadNotTransferred).toBe(false);
  });

  it('no leads found is known; no record of leads is unknown', () => {
    expect(deriveFacts({ crimeLeads: [] }, env).crimeLeadNotTransferred).toBe(false);
    expect(deriveFacts({}, env).crimeLeadNotTransferred).toBe('unknown');
  });

  it('an assignment not carried out means the inspection was not as required', () => {
    expect(deriveFacts({ assignmentCarriedOut: false }, env).inspectionNotAsRequired).toBe(true);
    expect(deriveFacts({ assignmentCarriedOut: true }, env).inspectionNotAsRequired).toBe(false);
    expect(deriveFacts({}, env).inspectionNotAsRequired).toBe('unknown');
  });

  it('no problem found gives nothingFound', () => {
    expect(deriveFacts({ problemsFound: false }, env).nothingFound).toBe(true);
    expect(deriveFacts({ problemsFound: true }, env).nothingFound).toBe(false);
  });

  it('derived facts feed the assessment: an untransferred lead is accountable (问责情形3)', () => {
    const facts = deriveFacts(
      {
        inspectedOn: d('2025-01-20'),
        publishedOn: d('2025-02-10'),
        assignmentCarriedOut: true,
        problemsFound: true,
        crimeLeads: [{ foundOn: d('2025-01-20') }],
      },
      env,
    );
    const a = assessAccountability(facts);
    expect(a.outcome).toBe('accountable');
    expect(a.grounds.map((g) => g.clause)).toEqual(['四（二）问责情形3']);
  });
});

describe('deriveFacts: validation', () => {
  it.each([
    ['a date that does not exist', { inspectedOn: '2025-02-30' }, ['inspectedOn']],
    [
      'publication before the inspection',
      { inspectedOn: '2025-03-02', publishedOn: '2025-03-01' },
      ['publishedOn'],
    ],
    [
      'a transfer before the lead was found',
      { crimeLeads: [{ foundOn: '2025-03-02', transferredOn: '2025-03-01' }] },
      ['crimeLeads', 0, 'transferredOn'],
    ],
    ['leads that are not a list', { crimeLeads: 'none' }, ['crimeLeads']],
  ])('rejects %s', (_, record, path) => {
    let error: unknown;
    try {
      deriveFacts(record as never, env);
    } catch (e) {
      error = e;
    }
    expect(isSsjError(error, 'ACCOUNTABILITY_TASK_RECORD_INVALID')).toBe(true);
    if (isSsjError(error)) expect(error.issues[0]?.path).toEqual(path);
  });
});
