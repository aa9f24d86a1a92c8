import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { parseIsoDate as d } from '../../src/core/index.js';
import {
  type AuditEvent,
  chainAuditEvent,
  createWorkflowContext,
  type InspectionTask,
  PUBLICATION_FORMAT,
  publishTask,
  verifyAuditLog,
} from '../../src/workflow/index.js';
import { settableClock, walkTo } from './fixtures.js';

/** A log written by the library before publication records had a format: the walk of fixtures.ts, as stored. */
const v1Log = JSON.parse(
  readFileSync(new URL('./publication-v1-log.json', import.meta.url), 'utf8'),
) as AuditEvent[];
type PublishEvent = Omit<AuditEvent, 'payload'> & {
  readonly payload: { readonly [key: string]: unknown; readonly publications: readonly object[] };
};
const v1Publish = v1Log.at(-1) as unknown as PublishEvent;

/** The reviewed task of the walk, its inspections moved to December 2026 (as a task inspected then would be). */
function inspectedInDecember2026(): InspectionTask {
  const { task } = walkTo('reviewed');
  if (task.state.status !== 'reviewed') throw new Error('expected a reviewed task');
  const results = task.state.results.map((r) => ({ ...r, inspectionDate: d('2026-12-21') }));
  return { ...task, state: { ...task.state, results } };
}

describe('publication records, format shuangsuiji/publication/v2', () => {
  it('a log stored with version 1 records keeps verifying, and can be carried on', () => {
    expect(v1Publish.type).toBe('task.publish');
    expect(v1Publish.payload.publications[0]).not.toHaveProperty('format');
    expect(v1Publish.payload.publications[0]).not.toHaveProperty('provisional');
    expect(verifyAuditLog(v1Log)).toEqual({ valid: true, problems: [] });
    const head = { seq: 14, hash: 'b3e101fcc88f3e39b72d3e60d1deb7003702ee4205ec49b73ca61347e3b1084d' };
    expect(verifyAuditLog(v1Log, { head }).valid).toBe(true);
    const next = chainAuditEvent(v1Publish as unknown as AuditEvent, {
      at: '2025-05-20T09:00:00+08:00' as AuditEvent['at'],
      actor: 'health',
      type: 'task.recordFollowUp',
      subject: 'task_1',
      payload: { measureId: 'measure_2' },
    });
    expect(verifyAuditLog([...v1Log, next]).valid).toBe(true);
  });

  it('a version 1 record cannot be upgraded in place: adding the flag to a stored event breaks its hash', () => {
    const publications = v1Publish.payload.publications.map((p) => ({ ...p, provisional: false }));
    const edited = [...v1Log.slice(0, -1), { ...v1Publish, payload: { ...v1Publish.payload, publications } }];
    expect(verifyAuditLog(edited).problems).toEqual([
      { kind: 'hash-mismatch', index: 13, seq: 14, message: 'Event #13 (seq 14) was altered' },
    ]);
  });

  it('a task published now carries the format and a provisional flag in its state and in its event', () => {
    const { task, log } = walkTo('published');
    if (task.state.status !== 'published') throw new Error('expected a published task');
    expect(PUBLICATION_FORMAT).toBe('shuangsuiji/publication/v2');
    // Inspected 2025-04-14: 20 working days, across 劳动节 (05-01 … 05-05) and the make-up Sunday 04-27.
    expect(task.state.publications[0]).toMatchObject({
      format: 'shuangsuiji/publication/v2',
      inspectionDate: '2025-04-14',
      dueOn: '2025-05-14',
      onTime: true,
      provisional: false,
    });
    const event = log.at(-1) as AuditEvent & { readonly payload: { readonly publications: unknown[] } };
    expect(event.payload.publications).toEqual(task.state.publications);
    expect(verifyAuditLog(log).valid).toBe(true);
  });

  it('a result inspected in December 2026 is published with a provisional due date, final once 2027 is known', () => {
    const task = inspectedInDecember2026();
    const clock = settableClock('2027-01-15T10:00:00+08:00');
    const ctx = createWorkflowContext({ clock: clock.now });
    const { task: published, event } = publishTask(task, { actor: 'market-officer' }, ctx);
    if (published.state.status !== 'published') throw new Error('expected a published task');
    // 2026-12-22 … 2027-01-19: 8 working days in December, 01-01 off, 12 in January (no make-up days known).
    for (const p of published.state.publications)
      expect(p).toMatchObject({ dueOn: '2027-01-19', onTime: true, provisional: true });
    expect(JSON.stringify(event.payload)).toContain('"provisional":true');

    const calendar = createWorkCalendar({
      schedules: [{ year: 2027, notice: '2027 notice', periods: [{ name: '元旦', from: '2027-01-01' }] }],
    });
    const known = publishTask(task, { actor: 'market-officer' }, { ...ctx, calendar }).task;
    if (known.state.status !== 'published') throw new Error('expected a published task');
    expect(known.state.publications.every((p) => p.provisional === false)).toBe(true);
  });
});
